// One scored-sheet view, two scorers: the compiled scorer's arrays and score()'s Result give
// the same bytes in every output a batch writes (CSV plain and for Excel, JSON Lines, JSON,
// reports in HTML and Markdown, the team summary as JSON, HTML and Markdown), on random
// questionnaires and teams of random answer sheets, each sheet handled by every output
// before the next is scored, as the pipeline does; also on the questionnaires the compiled
// scorer has a specialised loop for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvHeader, csvRecordLine, toRecord } from "../../src/batch/output/record.ts";
import { renderReport } from "../../src/batch/output/reports.ts";
import { resultsSink, TEXT_RESULT_FORMATS } from "../../src/batch/output/results.ts";
import { summaryHtml } from "../../src/batch/output/summary/html.ts";
import { summaryMarkdown } from "../../src/batch/output/summary/markdown.ts";
import { buildSummaryView } from "../../src/batch/output/summary/view.ts";
import { SummaryAccumulator } from "../../src/batch/stats/summary.ts";
import type { Entry, Scored, Sink } from "../../src/batch/types.ts";
import { compiledPlan, sheetScorer } from "../../src/engine/compiled/index.ts";
import { score } from "../../src/engine/score.ts";
import { newFigures, recordTargets, resultSheet } from "../../src/engine/sheet.ts";
import type { Writer } from "../../src/io/stream.ts";
import type { Model } from "../../src/model/model.ts";
import type { AnswerValue } from "../../src/model/types.ts";
import { csvLine, csvStart, EXCEL_CSV, PLAIN_CSV } from "../../src/render/csv.ts";
import { sanitizeJson } from "../../src/term/sanitize.ts";
import { cases, plainCases } from "./cases.ts";

type Sheet = Record<string, AnswerValue>;

// Participants written as themselves (plain ASCII) and ones that need quoting, escaping or
// making inert, in turn.
const PARTICIPANTS = [
  (n: number) => `p\u202e${n}`,
  (n: number) => `p${n}`,
  (n: number) => `Ana M. ${n}`,
  (n: number) => ` p${n}`,
  (n: number) => `-${n} `,
  (n: number) => `=${n}+1`,
  (n: number) => `p,${n};`,
  (n: number) => `p"${n}\\`,
  (n: number) => `élève ${n}`,
];

const entry = (answers: Sheet, n: number): Entry => ({
  participant: (PARTICIPANTS[n % PARTICIPANTS.length] as (n: number) => string)(n),
  generated: false,
  file: n % 2 ? "team\u0085.csv" : "other.csv",
  line: n + 1,
  answers,
  lang: null,
});

/** score() itself, seen through the same view. */
function plainScorer(model: Model) {
  const targets = recordTargets(model);
  return (e: Entry): Scored => ({
    entry: e,
    participant: e.participant,
    sheet: resultSheet(model, score(model, e.answers, { participant: e.participant }), targets),
  });
}

function compiledScorer(model: Model) {
  const sheetOf = sheetScorer(model);
  return (e: Entry): Scored => ({
    entry: e,
    participant: e.participant,
    sheet: sheetOf(e, e.participant),
  });
}

function collector(): Writer & { text(): string } {
  const chunks: Buffer[] = [];
  return {
    write: async (c) => void chunks.push(Buffer.from(c)),
    commit: async () => {},
    abort: async () => {},
    text: () => Buffer.concat(chunks).toString("utf8"),
  };
}

/** Every output of a batch of `sheets`, by name. */
async function outputs(model: Model, sheets: Sheet[], scoreOf: (e: Entry) => Scored) {
  const files: Record<string, Writer & { text(): string }> = {};
  const sinks: Sink[] = [];
  for (const format of TEXT_RESULT_FORMATS) {
    for (const [name, style] of [
      ["plain", PLAIN_CSV],
      ["excel", EXCEL_CSV],
    ] as const) {
      for (const withSource of [true, false]) {
        const w = collector();
        files[`${format} ${name} ${withSource}`] = w;
        sinks.push(resultsSink(w, model, { format, style, withSource }));
      }
    }
  }
  const reports: string[] = [];
  for (const format of ["html", "markdown"] as const) {
    const o = { format, model, lang: "en" as const, includeNotes: true };
    sinks.push({ scored: (s) => void reports.push(renderReport(s, o)) });
  }
  const summary = new SummaryAccumulator(model, true);
  sinks.push({ scored: (s) => summary.add(s) });
  let flagged = 0;
  for (const [n, answers] of sheets.entries()) {
    const s = scoreOf(entry(answers, n));
    if (s.sheet.flags.length > 0) flagged++;
    for (const sink of sinks) await sink.scored?.(s);
  }
  for (const sink of sinks) await sink.commit?.();
  const team = summary.finish({ scored: sheets.length, rejected: 0, flagged }, 1);
  const view = buildSummaryView(model, team, "en");
  const out: Record<string, string> = {
    reports: reports.join("\f"),
    summary: JSON.stringify(team),
    "summary html": summaryHtml(view),
    "summary markdown": summaryMarkdown(view),
  };
  for (const [name, w] of Object.entries(files)) out[name] = w.text();
  return out;
}

const teams = cases.chain(({ model, answers }) =>
  fc.array(fc.subarray(Object.keys(answers)), { minLength: 1, maxLength: 8 }).map((kept) => ({
    model,
    sheets: kept.map((ids) =>
      Object.fromEntries(ids.map((id) => [id, answers[id] as AnswerValue])),
    ),
  })),
);

describe("the scored-sheet view", () => {
  it("is over the compiled arrays whenever the questionnaire compiles", () => {
    fc.assert(
      fc.property(cases, ({ model }) => {
        expect(compiledPlan(model)).not.toBeNull();
        expect(compiledPlan(model)?.targets.map((t) => t.id)).toEqual(
          model.dimensions.flatMap((d) => [d.id, ...d.facets]),
        );
      }),
      { numRuns: 50 },
    );
  });

  it("gives the same bytes in every output format from both scorers", async () => {
    await fc.assert(
      fc.asyncProperty(teams, async ({ model, sheets }) => {
        const compiled = await outputs(model, sheets, compiledScorer(model));
        const plain = await outputs(model, sheets, plainScorer(model));
        expect(Object.keys(compiled)).toHaveLength(16);
        for (const name of Object.keys(plain)) expect(compiled[name], name).toBe(plain[name]);
      }),
      { numRuns: 120 },
    );
  });

  it("gives the same bytes from both scorers on unconditional Likert questionnaires", async () => {
    // The compiled scorer's specialised loop: complete, straight-lined and rough sheets.
    await fc.assert(
      fc.asyncProperty(plainCases, async ({ model, sheets }) => {
        expect(compiledPlan(model)?.plain).not.toBeNull();
        const compiled = await outputs(model, sheets, compiledScorer(model));
        const plain = await outputs(model, sheets, plainScorer(model));
        for (const name of Object.keys(plain)) expect(compiled[name], name).toBe(plain[name]);
      }),
      { numRuns: 120 },
    );
  });

  it("writes JSON records exactly as JSON.stringify writes the record", async () => {
    await fc.assert(
      fc.asyncProperty(teams, async ({ model, sheets }) => {
        const out = await outputs(model, sheets, compiledScorer(model));
        const plain = plainScorer(model);
        for (const withSource of [true, false]) {
          const lines = sheets.map((answers, n) =>
            sanitizeJson(JSON.stringify(toRecord(plain(entry(answers, n)), withSource))),
          );
          expect(out[`jsonl plain ${withSource}`]).toBe(lines.map((l) => `${l}\n`).join(""));
          expect(out[`json plain ${withSource}`]).toBe(`[\n${lines.join(",\n")}\n]\n`);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("writes CSV records exactly as csvLine writes the record's cells", async () => {
    await fc.assert(
      fc.asyncProperty(teams, async ({ model, sheets }) => {
        const out = await outputs(model, sheets, compiledScorer(model));
        const plain = plainScorer(model);
        for (const [name, style] of [
          ["plain", PLAIN_CSV],
          ["excel", EXCEL_CSV],
        ] as const) {
          for (const withSource of [true, false]) {
            const lines = sheets.map((answers, n) =>
              csvRecordLine(toRecord(plain(entry(answers, n)), withSource), style),
            );
            const header = csvStart(style) + csvLine(csvHeader(model), style);
            expect(out[`csv ${name} ${withSource}`]).toBe(header + lines.join(""));
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same figures of every target at once from both scorers", () => {
    fc.assert(
      fc.property(teams, ({ model, sheets }) => {
        const targets = recordTargets(model);
        const compiled = compiledScorer(model);
        const plain = plainScorer(model);
        for (const [n, answers] of sheets.entries()) {
          const [a, b] = [compiled, plain].map((scoreOf) => {
            const f = newFigures(targets);
            const sheet = scoreOf(entry(answers, n)).sheet;
            sheet.figures(f);
            // What a target without a score, or an incomplete one, holds means nothing.
            return targets.map((target, t) => ({
              ok: f.ok[t],
              status: sheet.status(t),
              figures: f.ok[t] === 1 ? [f.score[t], f.percent[t], f.band[t]] : null,
              band:
                sheet.band(t) === null ? -1 : target.bands.findIndex((x) => x.id === sheet.band(t)),
              points:
                f.complete[t] === 1
                  ? Array.from(f.points.subarray(f.pointsStart[t], f.pointsStart[t + 1]))
                  : null,
            }));
          });
          expect(a).toEqual(b);
          for (const t of a ?? []) {
            expect(t.ok === 1).toBe(t.status === "ok");
            if (t.figures) expect(t.figures[2]).toBe(t.band);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it("builds score()'s Result, even for a sheet kept after later rows were scored", () => {
    fc.assert(
      fc.property(
        cases,
        fc.array(fc.boolean(), { minLength: 0, maxLength: 3 }),
        ({ model, answers }, later) => {
          const scoreOf = compiledScorer(model);
          const kept = entry(answers, 1);
          const first = scoreOf(kept);
          // Later rows: the same sheet with answers dropped, scored into the same arrays.
          for (const [n, drop] of later.entries()) scoreOf(entry(drop ? {} : answers, n + 2));
          expect(JSON.stringify(first.sheet.result())).toBe(
            JSON.stringify(plainScorer(model)(kept).sheet.result()),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
