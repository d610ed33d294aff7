import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unInert } from "../../src/csv/formula.ts";
import {
  type CsvOutcome,
  csvLineRuns,
  csvRecords,
  detectSeparator,
  newOutcome,
} from "../../src/csv/read.ts";
import { csvLine, csvStart, EXCEL_CSV, PLAIN_CSV } from "../../src/render/csv.ts";
import { sanitizeText } from "../../src/term/sanitize.ts";

async function* chunks(parts: (string | Uint8Array)[]): AsyncGenerator<Uint8Array> {
  for (const p of parts) yield typeof p === "string" ? Buffer.from(p) : p;
}

async function read(parts: (string | Uint8Array)[]) {
  const outcome: CsvOutcome = newOutcome();
  const records = [];
  for await (const r of csvRecords(chunks(parts), outcome)) records.push(r);
  return { records, outcome };
}

describe("reading CSV", () => {
  it("detects a semicolon separator from the header", async () => {
    const { records, outcome } = await read(["a;b;c\n1;2;3\n"]);
    expect(outcome.separator).toBe(";");
    expect(records.map((r) => r.cells)).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("ignores separators inside quotes when detecting", () => {
    expect(detectSeparator('"a;b;c",d,e')).toBe(",");
    expect(detectSeparator("a\tb\tc")).toBe("\t");
    expect(detectSeparator("single")).toBe(",");
  });

  it("takes the separator that splits every line alike, commas in question texts or not", () => {
    // Excel in French quotes cells with semicolons, not cells with commas.
    const excel =
      "Nom;Quand un client crie, que faites-vous ?;Une pause, un café, ou pas\nana;J'écoute, puis je réponds;5\nbo;3;4\n";
    expect(detectSeparator(excel)).toBe(";");
    expect(detectSeparator("Nom;Quand un client crie, que faites-vous ?")).toBe(";");
    expect(detectSeparator("a,b,c\n1,2,3\n4,5,6")).toBe(",");
  });

  it("honours Excel's sep= line and numbers lines from the top of the file", async () => {
    const { records, outcome } = await read(["sep=;\na,b;c\n1,5;2\n"]);
    expect(outcome.separator).toBe(";");
    expect(records).toEqual([
      { cells: ["a,b", "c"], line: 2 },
      { cells: ["1,5", "2"], line: 3 },
    ]);
  });

  it("drops a UTF-8 byte order mark, even split across chunks", async () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    const { records } = await read([
      bom.subarray(0, 1),
      Buffer.concat([bom.subarray(1), Buffer.from("id,x\n1,2\n")]),
    ]);
    expect(records[0]?.cells).toEqual(["id", "x"]);
  });

  it("gives a record spanning lines the line it starts on, and skips empty lines", async () => {
    const { records, outcome } = await read(['a,b\r\n1,"x\r\ny"\r\n\r\n2,z\r\n']);
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
    expect(records[1]?.cells[1]).toBe("x\r\ny");
    expect(outcome.lines).toBe(5);
  });

  it("keeps a character split across chunks", async () => {
    const e = Buffer.from("é");
    const { records, outcome } = await read([
      Buffer.from("a,"),
      e.subarray(0, 1),
      Buffer.concat([e.subarray(1), Buffer.from("\n")]),
    ]);
    expect(records[0]?.cells).toEqual(["a", "é"]);
    expect(outcome.encoding).toBe("utf-8");
  });

  it("reads a file that is not UTF-8 as Windows-1252", async () => {
    // "café;œuvre" in Windows-1252: é is 0xE9, œ is 0x9C.
    const bytes = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x3b, 0x9c, 0x75, 0x76, 0x72, 0x65, 0x0a]);
    const { records, outcome } = await read([bytes]);
    expect(outcome.encoding).toBe("windows-1252");
    expect(records[0]?.cells).toEqual(["café", "œuvre"]);
  });

  it("reads UTF-16 with a byte order mark", async () => {
    const text = Buffer.from("\uFEFFa\tb\n1\té\n", "utf16le");
    const { records, outcome } = await read([text]);
    expect(outcome.encoding).toBe("utf-16le");
    expect(records.map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["1", "é"],
    ]);
  });

  it("reports the lines lost after a quote that is never closed", async () => {
    const { records, outcome } = await read(['a,b\n1,2\n3,"x\n4,5\n6,7\n']);
    expect(records.map((r) => r.cells)).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(outcome.cut).toEqual({ from: 3, to: 5, reason: "quote" });
  });

  it("treats a stray quote inside a cell as text", async () => {
    const { records, outcome } = await read(['a,b\n1,5" screen\n2,"quoted"x\n']);
    expect(records.map((r) => r.cells[1])).toEqual(["b", '5" screen', "quotedx"]);
    expect(outcome.cut).toBeNull();
  });
});

describe("reading CSV in chunks", () => {
  const tricky =
    'id;"a ""b"" c";x\r\n1;"two\r\nlines";"semi;colon"\r\n2;plain;"end"\r\n\r\n3;;last';

  it("gives the same records wherever the chunks are cut", async () => {
    const whole = await read([tricky]);
    expect(whole.records.map((r) => r.line)).toEqual([1, 2, 4, 6]);
    for (let cut = 1; cut < tricky.length; cut++) {
      const split = await read([tricky.slice(0, cut), tricky.slice(cut)]);
      expect(split.records, `cut at ${cut}`).toEqual(whole.records);
      expect(split.outcome.lines).toBe(6);
    }
  });
});

describe("CSV written by reflet reads back the same", () => {
  // Control, bidi and line-separator characters are written visibly (src/term/sanitize.ts):
  // any other text comes back as it was.
  const cell = fc.string({ unit: "grapheme" }).filter((s) => sanitizeText(s) === s);

  it("any cells survive a round trip, formulas made inert and restored", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.constantFrom(PLAIN_CSV, EXCEL_CSV),
        async (rows, style) => {
          const width = rows[0]?.length ?? 2;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? "x"));
          const text = csvStart(style) + table.map((r) => csvLine(r, style)).join("");
          const { records } = await read([text]);
          expect(records.map((r) => r.cells.map(unInert))).toEqual(table);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hands a big chunk's records on in runs of at most 1,024, all of them, in order", async () => {
    const text = `id,a\n${Array.from({ length: 3000 }, (_, i) => `p${i},1`).join("\n")}\n`;
    const sizes: number[] = [];
    const lines: number[] = [];
    for await (const run of csvLineRuns(chunks([text]), newOutcome())) {
      sizes.push(run.length);
      lines.push(...run.map((r) => r.line));
    }
    expect(Math.max(...sizes)).toBeLessThanOrEqual(1024);
    expect(lines).toEqual(Array.from({ length: 3001 }, (_, i) => i + 1));
  });
});
