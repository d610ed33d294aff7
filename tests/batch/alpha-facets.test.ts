// Cronbach's alpha per facet in the team summary, against figures worked out by hand, on
// both of the batch's scoring lanes (score() and the compiled arrays).
import { describe, expect, it } from "vitest";
import { SummaryAccumulator } from "../../src/batch/stats/summary.ts";
import type { Entry, Scored } from "../../src/batch/types.ts";
import { sheetScorer } from "../../src/engine/compiled/index.ts";
import { score } from "../../src/engine/score.ts";
import { recordTargets, resultSheet } from "../../src/engine/sheet.ts";
import { loadObject } from "../engine/load.ts";

const band = [{ id: "all", range: "[0, 100]", label: "all" }];
const likert = (id: string, facet: string) => ({
  id,
  type: "likert",
  scale: "five",
  dimension: "service",
  facet,
  text: id,
});
const model = loadObject(
  {
    id: "facets",
    version: 1,
    languages: ["en"],
    title: "Facets",
    scales: { five: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` })) } },
    dimensions: [
      {
        id: "service",
        name: "Service",
        bands: band,
        facets: [
          { id: "speed", name: "Speed" },
          { id: "warmth", name: "Warmth" },
        ],
      },
    ],
    items: [
      likert("q1", "speed"),
      likert("q2", "speed"),
      likert("q3", "warmth"),
      likert("q4", "warmth"),
    ],
  },
  "facets",
);

// Four people: (q1, q2, q3, q4).
const SHEETS = [
  [1, 2, 5, 4],
  [2, 2, 4, 4],
  [3, 4, 2, 1],
  [4, 5, 1, 2],
];
// speed: var(q1) = 5/3, var(q2) = 6.75/3, var(q1 + q2) = 22.75/3 (totals 3, 4, 7, 9):
//   alpha = 2 × (1 − 11.75 / 22.75) = 88/91.
// warmth: var(q3) = 10/3, var(q4) = 6.75/3, var(q3 + q4) = 30.75/3 (totals 9, 8, 3, 3):
//   alpha = 2 × (1 − 16.75 / 30.75) = 112/123.
// service: Σ var(item) = 28.5/3, var(q1 + … + q4) = 3/3 = 1 (totals 12, 12, 10, 12):
//   alpha = 4/3 × (1 − 28.5/3) < 0, as items of opposite facets cancel out.
const EXPECTED = { speed: 88 / 91, warmth: 112 / 123, service: (4 / 3) * (1 - 28.5 / 3) };

const entry = (row: number[], i: number): Entry => ({
  participant: `p${i}`,
  generated: false,
  file: "team.csv",
  line: i + 2,
  answers: {
    q1: row[0] as number,
    q2: row[1] as number,
    q3: row[2] as number,
    q4: row[3] as number,
  },
  lang: null,
});

describe("Cronbach's alpha per facet", () => {
  const sheetOf = sheetScorer(model);
  const lanes = {
    "score()": (e: Entry): Scored => ({
      entry: e,
      participant: e.participant,
      sheet: resultSheet(model, score(model, e.answers), recordTargets(model)),
    }),
    "compiled arrays": (e: Entry): Scored => ({
      entry: e,
      participant: e.participant,
      sheet: sheetOf(e, e.participant),
    }),
  };
  for (const [lane, scoreOf] of Object.entries(lanes)) {
    it(`is given for each facet as for its dimension (${lane})`, () => {
      const acc = new SummaryAccumulator(model, false);
      SHEETS.forEach((row, i) => {
        const e = entry(row, i);
        acc.add(scoreOf(e));
      });
      const summary = acc.finish({ scored: 4, rejected: 0, flagged: 0 }, 2);
      const alpha = Object.fromEntries(summary.targets.map((t) => [t.id, t.reliability?.alpha]));
      for (const [id, value] of Object.entries(EXPECTED))
        expect(alpha[id], id).toBeCloseTo(value, 12);
      const speed = summary.targets.find((t) => t.id === "speed");
      expect(speed?.reliability?.items.map((i) => i.id)).toEqual(["q1", "q2"]);
      expect(speed?.reliability?.n).toBe(4);
    });
  }
});
