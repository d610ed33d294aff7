// Reading a sheet as a spreadsheet would save it as CSV: what other writers than reflet put in
// a workbook (shared and rich text, dates, `_x000D_`, prefixes, sparse cells) comes out as text.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WorkbookError } from "../../src/xlsx/errors.ts";
import { dateText, sheetRows } from "../../src/xlsx/sheet-read.ts";
import { openWorkbook } from "../../src/xlsx/workbook.ts";
import { rawZip } from "../batch/workbooks.ts";
import { tempDir } from "../security/helpers.ts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

function book(parts: Record<string, string>): string {
  const entries = Object.entries(parts).map(([name, text]) => {
    const data = Buffer.from(text);
    return { name, data: deflateRawSync(data), size: data.length };
  });
  const path = join(tempDir(), "book.xlsx");
  writeFileSync(path, rawZip(entries));
  return path;
}

const base = (sheet: string, extra: Record<string, string> = {}) => ({
  "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="r1" Type="${DOC}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": `<x:workbook xmlns:x="${MAIN}" xmlns:r="${DOC}"><x:workbookPr date1904="0"/><x:sheets><x:sheet name="Données" sheetId="1" r:id="s1"/><x:sheet name="Autre" sheetId="2" r:id="s2"/></x:sheets></x:workbook>`,
  "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${PKG}"><Relationship Id="s1" Type="${DOC}/worksheet" Target="sheets/a.xml"/><Relationship Id="s2" Type="${DOC}/worksheet" Target="sheets/b.xml"/><Relationship Id="t" Type="${DOC}/sharedStrings" Target="strings.xml"/><Relationship Id="st" Type="${DOC}/styles" Target="styles.xml"/></Relationships>`,
  "xl/strings.xml": `<sst xmlns="${MAIN}"><si><t>Nom</t></si><si><r><t>Je </t></r><r><rPr><b/></rPr><t>reste</t></r><rPh><t>ignored</t></rPh><r><t xml:space="preserve"> calme.</t></r></si><si><t>Ligne 1_x000D_
Ligne 2 &amp; &lt;fin&gt;</t></si></sst>`,
  "xl/styles.xml": `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="170" formatCode="[$-40C]dd/mm/yyyy\\ hh:mm"/><numFmt numFmtId="171" formatCode="0.00&quot;h&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="170"/><xf numFmtId="14"/><xf numFmtId="171"/></cellXfs></styleSheet>`,
  "xl/sheets/a.xml": sheet,
  "xl/sheets/b.xml": `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>autre</t></is></c></row></sheetData></worksheet>`,
  ...extra,
});

async function rows(path: string, sheet?: string) {
  const out: { cells: string[]; line: number }[] = [];
  for await (const r of sheetRows(await openWorkbook(path, sheet))) out.push(r);
  return out;
}

describe("a sheet read as a table of text", () => {
  it("reads shared, rich and inline text, numbers, dates (not other formats), booleans; sparse cells are empty", async () => {
    const path = book(
      base(
        `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
          `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c><x:c r="D1" t="s"><x:v>2</x:v></x:c><x:c r="F1" s="1"/></x:row>` +
          `<x:row r="2"/>` +
          `<x:row r="4" spans="1:6"><x:c r="A4" t="inlineStr"><x:is><x:t>ann</x:t></x:is></x:c><x:c r="B4" s="1"><x:v>45306.5</x:v></x:c><x:c r="C4"><x:v>4</x:v></x:c><x:c r="D4" s="2"><x:v>45306</x:v></x:c><x:c r="E4" s="3"><x:v>2.5</x:v></x:c></x:row>` +
          `<x:row><x:c t="b"><x:v>1</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>Nom</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row>` +
          `</x:sheetData></x:worksheet>`,
      ),
    );
    expect(await rows(path)).toEqual([
      { cells: ["Nom", "", "Je reste calme.", "Ligne 1\r\nLigne 2 & <fin>"], line: 1 },
      // A cell past the header's width is kept: the row is then reported as too wide.
      { cells: ["ann", "2024-01-15 12:00:00", "4", "2024-01-15", "2.5"], line: 4 },
      { cells: ["TRUE", "Nom", "#N/A", ""], line: 5 },
    ]);
  });

  it("--sheet picks a sheet by name; a name not there lists the sheets", async () => {
    const path = book(base(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`));
    expect((await rows(path, "Autre")).map((r) => r.cells)).toEqual([["autre"]]);
    const error = await rows(path, "Feuil3").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ code: "no-sheet", sheets: ["Données", "Autre"] });
  });

  it("a document type is refused: no entity is ever defined", async () => {
    const path = book(
      base(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`, {
        "xl/workbook.xml": `<!DOCTYPE x [<!ENTITY a "aaaa">]><workbook xmlns="${MAIN}"/>`,
      }),
    );
    await expect(rows(path)).rejects.toMatchObject({ code: "bad-xml" });
  });

  it("a cell reference past Excel's last column is a damaged workbook, not a huge row", async () => {
    const path = book(
      base(
        `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="ZZZZZZ1" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`,
      ),
    );
    await expect(rows(path)).rejects.toMatchObject({ code: "bad-xml", row: 1 });
  });

  it("dates count from 1900 as Excel does (its 29 February 1900 included), or from 1904", () => {
    expect(dateText(1, false)).toBe("1900-01-01");
    expect(dateText(61, false)).toBe("1900-03-01");
    expect(dateText(45306.75, false)).toBe("2024-01-15 18:00:00");
    expect(dateText(0, true)).toBe("1904-01-01");
  });
});
