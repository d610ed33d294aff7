// The batch's fast lane writes what the ordinary lane writes: the same records, the same JSON
// lines byte for byte, the same team summary, and the same Result when a sink asks for one.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { batchScorer, leanRecord } from "../../src/batch/lean.ts";
import { LeanJson } from "../../src/batch/output/json-lines.ts";
import { toRecord } from "../../src/batch/output/record.ts";
import { SummaryAccumulator } from "../../src/batch/stats/summary.ts";
import type { Entry, Scored } from "../../src/batch/types.ts";
import { rowScorer } from "../../src/engine/compiled.ts";
import { score } from "../../src/engine/score.ts";
import type { Model } from "../../src/model/model.ts";
import type { AnswerValue } from "../../src/model/types.ts";
import { sanitizeJson } from "../../src/term/sanitize.ts";
import { cases } from "./cases.ts";

const entry = (answers: Record<string, AnswerValue>, n: number): Entry => ({
  participant: `p\u202e${n}`,
  generated: false,
  file: "team\u0085.csv",
  line: n + 1,
  answers,
  lang: null,
});

/** Both lanes on the same sheet: the fast one (arrays), the ordinary one (score()). */
function lanes(model: Model, e: Entry): { fast: Scored; plain: Scored } {
  const fast = batchScorer(model)(e, e.participant);
  const plain = {
    entry: e,
    participant: e.participant,
    result: score(model, e.answers, { participant: e.participant }),
  };
  return { fast, plain };
}

describe("the batch's fast lane", () => {
  it("scores in arrays whenever the questionnaire compiles", () => {
    fc.assert(
      fc.property(cases, ({ model, answers }) => {
        expect(batchScorer(model)(entry(answers, 1), "p").lean).toBeDefined();
      }),
      { numRuns: 50 },
    );
  });

  it("makes the same record and the same JSON line as the Result", () => {
    fc.assert(
      fc.property(cases, fc.boolean(), ({ model, answers }, withSource) => {
        const { fast, plain } = lanes(model, entry(answers, 7));
        const lean = fast.lean;
        if (!lean) throw new Error("not compiled");
        const expected = toRecord(plain, withSource);
        expect(leanRecord(fast, lean, withSource)).toStrictEqual(expected);
        const json = new LeanJson(lean.rows);
        json.add(",\n", fast, lean, withSource, "\n");
        json.add("", fast, lean, withSource, "");
        const line = sanitizeJson(JSON.stringify(expected));
        expect(Buffer.from(json.take() ?? []).toString("utf8")).toBe(`,\n${line}\n${line}`);
      }),
      { numRuns: 300 },
    );
  });

  it("builds the Result of score() when a sink reads it", () => {
    fc.assert(
      fc.property(cases, ({ model, answers }) => {
        const { fast, plain } = lanes(model, entry(answers, 3));
        expect(JSON.stringify(fast.result)).toBe(JSON.stringify(plain.result));
      }),
      { numRuns: 200 },
    );
  });

  it("builds the right Result for a row kept after later rows were scored", () => {
    fc.assert(
      fc.property(
        cases,
        fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }),
        ({ model, answers }, later) => {
          const scoreOf = batchScorer(model);
          const kept = entry(answers, 1);
          const first = scoreOf(kept, kept.participant);
          // Later rows: the same sheet with answers dropped, scored into the same arrays.
          for (const [n, drop] of later.entries()) {
            const sheet = drop ? {} : answers;
            scoreOf(entry(sheet, n + 2), "later");
          }
          expect(JSON.stringify(first.result)).toBe(
            JSON.stringify(lanes(model, kept).plain.result),
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("adds up to the same team summary, Cronbach's alpha included", () => {
    const teams = cases.chain(({ model, answers }) =>
      fc.array(fc.subarray(Object.keys(answers)), { minLength: 1, maxLength: 12 }).map((kept) => ({
        model,
        sheets: kept.map((ids) =>
          Object.fromEntries(ids.map((id) => [id, answers[id] as AnswerValue])),
        ),
      })),
    );
    fc.assert(
      fc.property(teams, ({ model, sheets }) => {
        const rows = rowScorer(model);
        const fastSum = new SummaryAccumulator(model, true);
        const plainSum = new SummaryAccumulator(model, true);
        const scoreOf = batchScorer(model);
        for (const [n, answers] of sheets.entries()) {
          const e = entry(answers, n);
          fastSum.add(scoreOf(e, e.participant));
          plainSum.add(lanes(model, e).plain);
        }
        expect(rows?.targets.map((t) => t.id)).toEqual(
          model.dimensions.flatMap((d) => [d.id, ...d.facets]),
        );
        const tally = { scored: sheets.length, rejected: 0, flagged: 0 };
        expect(JSON.stringify(fastSum.finish(tally, 1))).toBe(
          JSON.stringify(plainSum.finish(tally, 1)),
        );
      }),
      { numRuns: 200 },
    );
  });
});
