// Cells read in place (src/csv/row-cells.ts) are the cells the CSV reader cuts out: on random
// files of quoted and unquoted cells, cut into random chunks, and on what exports hold (a
// byte order mark, CRLF, accents, a quote never closed).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvLineRuns, csvRecords, newOutcome, type ScannedRecord } from "../../src/csv/read.ts";
import { RowCells } from "../../src/csv/row-cells.ts";
import { chunks } from "./chunks.ts";

async function both(text: string, cuts: number[] = []) {
  const bytes = Buffer.from(text);
  const cut = newOutcome();
  const whole = [];
  for await (const r of csvRecords(chunks(bytes, cuts), cut)) whole.push(r);
  const kept = newOutcome();
  const lines: ScannedRecord[] = [];
  for await (const run of csvLineRuns(chunks(bytes, cuts), kept)) lines.push(...run);
  return { whole, lines, cut, kept };
}

/** What a reader in place sees of each record: its line, its cells, codes and blankness. */
function seen(records: ScannedRecord[]) {
  const cells = new RowCells();
  return records.map((r) => {
    cells.of(r);
    const all = cells.all();
    return {
      line: r.line,
      all,
      one: all.map((_, k) => cells.cell(k)),
      codes: all.map((_, k) => cells.code(k)),
      past: [cells.cell(all.length), cells.code(all.length + 3)],
      blank: cells.blank(),
    };
  });
}

const expected = (records: { cells: string[]; line: number }[]) =>
  records.map((r) => ({
    line: r.line,
    all: r.cells,
    one: r.cells,
    codes: r.cells.map((c) => (c.length === 1 ? c.charCodeAt(0) : -1)),
    past: ["", -1],
    blank: r.cells.every((c) => c.trim() === ""),
  }));

const cell = fc.oneof(
  fc.constantFrom("", "3", "12", " ", " 4 ", "é", "Plutôt d’accord", "\u00a0", "x y"),
  fc
    .string({ unit: fc.constantFrom("a", " ", '"', ",", ";", "\n", "\r\n", "é", "\t") })
    .map((s) => `"${s.replaceAll('"', '""')}"`),
);

describe("cells read in place", () => {
  it("are the cells cut out, on random files in random chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("\n", "\r\n"),
        fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 8 }),
        fc.array(fc.nat({ max: 200 }), { maxLength: 4 }),
        async (sep, eol, rows, cuts) => {
          const text = rows.map((r) => r.join(sep)).join(eol) + eol;
          const { whole, lines, cut, kept } = await both(text, cuts);
          expect(seen(lines)).toEqual(expected(whole));
          expect(kept).toEqual(cut);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps plain lines whole, and cuts a line with quotes", async () => {
    const { lines } = await both('id,a,b\np1,3,4\np2,"3",4\n');
    expect(lines.map((r) => "text" in r)).toEqual([true, true, false]);
  });

  it("reads an export with a byte order mark, CRLF, accents and quoted labels", async () => {
    const text = '\ufeffNom;Q1;Q2\r\nÉlodie;5;"Plutôt d\'accord"\r\n;;\r\n  ; \t;\r\nZoé;1;2\r\n';
    const { whole, lines } = await both(text, [1, 2, 17]);
    expect(seen(lines)).toEqual(expected(whole));
    expect(seen(lines).map((r) => [r.line, r.blank])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, true],
      [5, false],
    ]);
    expect(seen(lines)[1]?.all).toEqual(["Élodie", "5", "Plutôt d'accord"]);
  });

  it("says where a quote never closed began, as the reader of cells does", async () => {
    const text = 'id,a\np1,3\np2,"4\np3,5\n';
    const { whole, lines, cut, kept } = await both(text);
    expect(seen(lines)).toEqual(expected(whole));
    expect(kept.cut).toEqual({ from: 3, to: 4, reason: "quote" });
    expect(kept).toEqual(cut);
  });
});
