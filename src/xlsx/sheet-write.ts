// A workbook of one sheet, written as rows come: a bold, frozen header row, then one row per
// call. Numbers are number cells; text is always an inline string cell, never a formula,
// whatever it starts with. Rows are gathered into chunks of 64 kB before they are deflated.
import { ZipWriter } from "./zip-write.ts";

export type CellValue = string | number | null | undefined;

/** Excel's last row: a sheet holds this many rows, the header included. */
export const MAX_SHEET_ROWS = 1_048_576;

export class TooManyRows extends Error {
  constructor() {
    super(`a sheet holds at most ${MAX_SHEET_ROWS} rows`);
    this.name = "TooManyRows";
  }
}

const CHUNK = 64 * 1024;

const xmlEscape = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Text as an XML 1.0 string Excel shows as it is: characters XML cannot hold are dropped,
 * and `_x0041_`, which Excel would read as an escaped character, keeps its underscore.
 */
export function cellXml(text: string): string {
  const clean = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing what XML forbids is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "")
    .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1");
  return xmlEscape(clean);
}

/** 0 → "A", 27 → "AB". */
export function columnName(i: number): string {
  let n = i + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const BOOK_RELS = `${XML}<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${DOC}/styles" Target="styles.xml"/></Relationships>`;
// Style 0 is plain, style 1 bold: the header.
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const workbookXml = (sheet: string) =>
  `${XML}<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="${xmlEscape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;

/** A sheet name as Excel allows it: 31 characters, none of \ / ? * [ ] :. */
const sheetName = (name: string) => name.replace(/[\\/?*[\]:]/g, " ").slice(0, 31) || "Sheet1";

export class SheetWriter {
  private readonly zip: ZipWriter;
  private text = "";
  private rows = 0;
  private columns: string[] = [];

  constructor(put: (bytes: Uint8Array) => Promise<void>) {
    this.zip = new ZipWriter(put);
  }

  /** The parts before the rows, and the header row. */
  async start(sheet: string, header: readonly string[]): Promise<void> {
    const zip = this.zip;
    await zip.file("[Content_Types].xml", CONTENT_TYPES);
    await zip.file("_rels/.rels", ROOT_RELS);
    await zip.file("xl/workbook.xml", workbookXml(sheetName(sheet)));
    await zip.file("xl/_rels/workbook.xml.rels", BOOK_RELS);
    await zip.file("xl/styles.xml", STYLES);
    await zip.begin("xl/worksheets/sheet1.xml");
    this.columns = header.map((_, i) => columnName(i));
    const widths = header
      .map((h, i) => {
        const w = Math.max(10, Math.min(40, h.length + 2));
        return `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
      })
      .join("");
    this.text =
      `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${DOC}">` +
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
      `${widths ? `<cols>${widths}</cols>` : ""}<sheetData>`;
    await this.row(header, 1);
  }

  /** One row; `style` 1 is the header's bold. */
  async row(values: readonly CellValue[], style = 0): Promise<void> {
    if (this.rows >= MAX_SHEET_ROWS) throw new TooManyRows();
    this.rows++;
    const r = this.rows;
    const s = style ? ` s="${style}"` : "";
    let xml = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === "") continue;
      const ref = `${this.columns[i] ?? columnName(i)}${r}`;
      if (typeof v === "number") {
        if (Number.isFinite(v)) xml += `<c r="${ref}"${s}><v>${v}</v></c>`;
      } else
        xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${cellXml(v)}</t></is></c>`;
    }
    this.text += `${xml}</row>`;
    if (this.text.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    const text = this.text;
    this.text = "";
    if (text) await this.zip.write(Buffer.from(text, "utf8"));
  }

  async finish(): Promise<void> {
    this.text += "</sheetData></worksheet>";
    await this.flush();
    await this.zip.end();
    await this.zip.finish();
  }
}
