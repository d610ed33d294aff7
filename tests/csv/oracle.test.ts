// reflet's own CSV scanner (src/csv/scan.ts), chosen because it is faster, reads what
// csv-parse reads: random files of quoted and unquoted cells, doubled and stray quotes,
// separators and line breaks inside quotes, CRLF or LF, cut into random chunks. csv-parse
// is the oracle for the cells; each record's first line is counted from the text itself.
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CsvRecord, CsvScanner } from "../../src/csv/scan.ts";

const SEPARATORS = [",", ";", "\t"] as const;

/** A cell as a spreadsheet writes it: bare, or quoted with its quotes doubled. */
const cell = (sep: string) =>
  fc.oneof(
    // Bare: no separator, no line break; a quote only after the first character.
    fc.stringMatching(/^[^,;\t"\r\n][^,;\t\r\n]{0,6}$/).filter((s) => !s.includes(sep)),
    fc.constant(""),
    fc.constantFrom("3", "12", "-1", "2,5", "Strongly agree", "Plutôt d’accord"),
    // Quoted: anything, separators and line breaks included.
    fc
      .string({ unit: fc.constantFrom("a", " ", '"', sep, ",", ";", "\n", "\r\n", "é", "\t") })
      .map((s) => `"${s.replaceAll('"', '""')}"`),
  );

const csvFile = fc.constantFrom(...SEPARATORS).chain((sep) =>
  fc.record({
    sep: fc.constant(sep),
    eol: fc.constantFrom("\n", "\r\n"),
    rows: fc.array(fc.array(cell(sep), { minLength: 1, maxLength: 6 }), {
      minLength: 1,
      maxLength: 8,
    }),
    finalBreak: fc.boolean(),
    cuts: fc.array(fc.nat(), { maxLength: 4 }),
  }),
);

function scan(text: string, sep: string, cuts: number[]): CsvRecord[] {
  const scanner = new CsvScanner(sep, 1 << 20);
  const out: CsvRecord[] = [];
  let at = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b)) {
    scanner.push(text.slice(at, cut), out);
    at = cut;
  }
  scanner.push(text.slice(at), out);
  scanner.end(out);
  return out;
}

/** The line each non-empty row starts on, counted from the rows as written. */
function startLines(rows: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    const text = row.join("");
    if (!(row.length === 1 && (row[0] === "" || row[0] === '""'))) lines.push(line);
    line += 1 + (text.match(/\r\n|\r|\n/g) ?? []).length;
  }
  return lines;
}

describe("the CSV scanner against csv-parse", () => {
  it("reads the same cells, records starting on the right lines, however the text is cut", () => {
    fc.assert(
      fc.property(csvFile, ({ sep, eol, rows, finalBreak, cuts }) => {
        const text = rows.map((r) => r.join(sep)).join(eol) + (finalBreak ? eol : "");
        const records = scan(text, sep, cuts);
        const oracle: string[][] = parse(text, {
          delimiter: sep,
          relax_quotes: true,
          relax_column_count: true,
          skip_empty_lines: true,
        });
        // A record of one empty cell is an empty line to the scanner, even written `""`.
        const kept = oracle.filter((r) => !(r.length === 1 && r[0] === ""));
        expect(records.map((r) => r.cells)).toEqual(kept);
        expect(records.map((r) => r.line)).toEqual(startLines(rows));
      }),
      { numRuns: 2000 },
    );
  });
});
