// Workbooks for the tests: good ones written with reflet's own writer, and hostile ones
// (a zip bomb, a zip that lists too many entries) built byte by byte.
import { constants, deflateRawSync } from "node:zlib";
import { type CellValue, SheetWriter } from "../../src/xlsx/sheet-write.ts";

/** A workbook of one sheet: the first row is the header. */
export async function workbook(rows: CellValue[][], sheet = "Sheet1"): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const w = new SheetWriter(async (b) => {
    parts.push(Buffer.from(b));
  });
  const [header, ...rest] = rows;
  await w.start(sheet, (header ?? []).map(String));
  for (const row of rest) await w.row(row);
  await w.finish();
  return Buffer.concat(parts);
}

interface RawEntry {
  name: string;
  /** Deflated bytes. */
  data: Buffer;
  /** The size the headers claim, once inflated. */
  size: number;
}

/** A zip of deflated entries, sizes as claimed (no checksum: the reader does not need one). */
export function rawZip(entries: RawEntry[]): Buffer {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const n = Buffer.from(e.name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.data.length, 18);
    h.writeUInt32LE(e.size, 22);
    h.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.data.length, 20);
    c.writeUInt32LE(e.size, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    local.push(h, n, e.data);
    central.push(c, n);
    offset += 30 + n.length + e.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, dir, end]);
}

const packed = (text: string) => {
  const data = Buffer.from(text);
  return { data: deflateRawSync(data), size: data.length };
};

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * A workbook whose sheet inflates to `gb` gigabytes of blanks after a row start, from about a
 * megabyte a gigabyte; `lie`: its headers claim a sheet of 1 kB.
 */
export function zipBomb(gb: number, lie: boolean): Buffer {
  const mb = Buffer.alloc(1024 * 1024, " ");
  const block = deflateRawSync(mb, { finishFlush: constants.Z_SYNC_FLUSH });
  const head = deflateRawSync(Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData>`), {
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const copies = gb * 1024;
  const sheet = Buffer.concat([
    head,
    ...Array.from({ length: copies }, () => block),
    deflateRawSync(Buffer.alloc(0)),
  ]);
  const claimed = lie ? 1024 : Math.min(0xffffffff, copies * mb.length);
  return oneSheetZip({ name: "xl/worksheets/sheet1.xml", data: sheet, size: claimed });
}

/**
 * A workbook whose sheet holds `rows` (inline strings), then a row that is not one a
 * workbook may hold (a DOCTYPE): the sheet breaks there, after its good rows.
 */
export function brokenSheet(rows: string[][]): Buffer {
  const cell = (text: string) => `<c t="inlineStr"><is><t>${text}</t></is></c>`;
  const good = rows.map((r, i) => `<row r="${i + 1}">${r.map(cell).join("")}</row>`).join("");
  const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${good}<row r="${rows.length + 1}"><!DOCTYPE x></row></sheetData></worksheet>`;
  return oneSheetZip({ name: "xl/worksheets/sheet1.xml", ...packed(sheet) });
}

/** The end of a zip that claims `n` entries in a central directory of nothing. */
export function manyEntries(n: number): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(n, 8);
  end.writeUInt16LE(n, 10);
  return end;
}

/** A workbook of one sheet, Sheet1, whose part is `sheet`. */
function oneSheetZip(sheet: RawEntry): Buffer {
  return rawZip([
    {
      name: "_rels/.rels",
      ...packed(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: "xl/workbook.xml",
      ...packed(
        `<workbook xmlns="${MAIN}" xmlns:r="${DOC}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      ...packed(
        `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${DOC}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    sheet,
  ]);
}
