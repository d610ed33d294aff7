// Random and mutated CSV into the batch reader and scorer: each row is scored or rejected at
// its line, never an exception; a UTF-8 file is read the same however its bytes arrive;
// every cell written back is inert for a spreadsheet.
import { isUtf8 } from "node:buffer";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvUnits } from "../../src/batch/input/csv.ts";
import { csvRecordLine, toRecord } from "../../src/batch/output/record.ts";
import { runBatch } from "../../src/batch/pipeline.ts";
import type { Scored, Unit } from "../../src/batch/types.ts";
import { allowedValues } from "../../src/engine/answers.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";
import { EXCEL_CSV, PLAIN_CSV } from "../../src/render/csv.ts";
import { budget, expectReported, fragment, mutated, runs, seedOptions, seeds } from "./helpers.ts";

const models: Model[] = seeds.map(({ name, text }) => {
  const outcome = checkQuestionnaire(text, name, "en");
  if (!outcome.ok) throw new Error(`${name} does not load`);
  return outcome.model;
});

async function* chunks(bytes: Uint8Array, cuts: number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of cuts) {
    const to = Math.min(bytes.length, at + cut);
    yield bytes.subarray(at, to);
    at = to;
  }
  if (at < bytes.length) yield bytes.subarray(at);
}

async function unitsOf(model: Model, bytes: Uint8Array, cuts: number[]): Promise<Unit[]> {
  const out: Unit[] = [];
  for await (const run of csvUnits(chunks(bytes, cuts), "t.csv", { model, lang: "en" }))
    out.push(...run);
  return out;
}

/** A CSV for `model`: a header of its item ids (some replaced), rows of allowed and odd cells. */
const csvFor = (m: number) => {
  const model = models[m] as Model;
  const ids = ["participant", ...model.items.map((i) => i.id)];
  const cell = (col: number) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...allowedCells(model, col)) },
      { weight: 1, arbitrary: fragment },
      { weight: 1, arbitrary: fc.constantFrom("", " ", '"', '""', "a,b", "a;b", "x\ny", "=1+1") },
    );
  const quote = (s: string) => (/[",;\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return fc
    .tuple(
      fc.array(
        fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fragment }),
        {
          minLength: ids.length,
          maxLength: ids.length,
        },
      ),
      fc.array(
        fc
          .tuple(...ids.map((_, col) => cell(col)))
          .chain((row) =>
            fc
              .integer({ min: -2, max: 2 })
              .map((d) => (d >= 0 ? [...row, ...Array(d).fill("x")] : row.slice(0, d))),
          ),
        { maxLength: 12 },
      ),
      fc.constantFrom(",", ";", "\t"),
      fc.constantFrom("\n", "\r\n"),
      fc.boolean(),
    )
    .map(([headerSwaps, rows, sep, eol, bom]) => {
      const header = ids.map((id, i) => headerSwaps[i] ?? id);
      const lines = [header, ...rows].map((r) => r.map((c) => quote(String(c))).join(sep));
      return `${bom ? "\uFEFF" : ""}${lines.join(eol)}${eol}`;
    });
};

function allowedCells(model: Model, col: number): string[] {
  if (col === 0) return ["alice", "bob", "p-1", ""];
  const item = model.items[col - 1];
  if (!item) return [""];
  const values = allowedValues(model, item).map(String);
  return values.length > 0 ? [...values, ""] : ["a note", ""];
}

/** Cut points for the bytes: none, or a few anywhere, splitting characters and lines. */
const cutsArb = fc.array(fc.integer({ min: 1, max: 64 }), { maxLength: 40 });

async function check(m: number, text: string | Uint8Array, cuts: number[]): Promise<void> {
  const model = models[m] as Model;
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  const whole = await unitsOf(model, bytes, []);
  const pieces = await unitsOf(model, bytes, cuts);
  // Bytes that are not UTF-8 are read as Windows-1252 from the chunk where that shows, so
  // only UTF-8 is read the same whatever the chunks (see docs/security.md).
  if (isUtf8(bytes)) expect(pieces).toEqual(whole);
  for (const u of whole) {
    if (u.kind === "rejected") expectReported(u.problems, "t.csv", bytes.toString(), false);
    if (u.kind === "warning") expect(u.problem.file).toBe("t.csv");
  }
  const scored: Scored[] = [];
  async function* again() {
    yield whole;
  }
  await runBatch(again(), [{ scored: (s) => void scored.push(s) }], { model, lang: "en" });
  for (const s of scored) {
    for (const [t] of s.sheet.targets.entries()) {
      const percent = s.sheet.percent(t);
      if (percent !== null) expect(percent).toBeGreaterThanOrEqual(0);
      if (percent !== null) expect(percent).toBeLessThanOrEqual(100);
    }
    for (const style of [PLAIN_CSV, EXCEL_CSV]) {
      const line = csvRecordLine(toRecord(s, true), style);
      const [cells] = parse(line, { delimiter: style.separator }) as string[][];
      for (const cell of cells ?? []) {
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+([.,]\d+)?$/);
      }
    }
  }
}

describe("fuzzing CSV input", () => {
  it(
    "generated CSV is scored or rejected row by row, the same however its bytes arrive",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: models.length - 1 }).chain((m) => fc.tuple(fc.constant(m), csvFor(m))),
          cutsArb,
          ([m, text], cuts) => check(m, text, cuts),
        ),
        { numRuns: runs(300), ...seedOptions() },
      );
    },
    budget(300, 20_000),
  );

  it(
    "mutated CSV, and CSV in Windows-1252, never throws",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: models.length - 1 }).chain((m) =>
            fc.tuple(
              fc.constant(m),
              csvFor(m).chain((t) => mutated([t])),
              fc.boolean(),
            ),
          ),
          cutsArb,
          ([m, text, latin1], cuts) => check(m, latin1 ? Buffer.from(text, "latin1") : text, cuts),
        ),
        { numRuns: runs(300), ...seedOptions() },
      );
    },
    budget(300, 20_000),
  );

  it(
    "any bytes at all are read or refused",
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.nat({ max: models.length - 1 }),
          fc.uint8Array({ maxLength: 400 }),
          cutsArb,
          (m, bytes, cuts) => check(m, bytes, cuts),
        ),
        { numRuns: runs(300), ...seedOptions() },
      );
    },
    budget(300, 20_000),
  );
});
