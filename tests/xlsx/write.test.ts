// The workbook writer, read back by the reader: many chunks deflated one by one make one
// valid entry, and text that XML or Excel would change comes back as it was written.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sheetRows } from "../../src/xlsx/sheet-read.ts";
import { columnName } from "../../src/xlsx/sheet-write.ts";
import { openWorkbook } from "../../src/xlsx/workbook.ts";
import { workbook } from "../batch/workbooks.ts";
import { tempDir } from "../security/helpers.ts";

async function readBack(bytes: Buffer): Promise<string[][]> {
  const path = join(tempDir(), "w.xlsx");
  writeFileSync(path, bytes);
  const out: string[][] = [];
  for await (const r of sheetRows(await openWorkbook(path))) out.push(r.cells);
  return out;
}

/** Each entry's checksum, as its central directory gives it, against its inflated bytes. */
function checksumsHold(zip: Buffer): boolean {
  const end = zip.length - 22;
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const crc = zip.readUInt32LE(p + 16);
    const size = zip.readUInt32LE(p + 20);
    const at = zip.readUInt32LE(p + 42);
    const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
    if (crc32(inflateRawSync(zip.subarray(start, start + size))) !== crc) return false;
    p += 46 + zip.readUInt16LE(p + 28);
  }
  return true;
}

describe("a workbook written as a stream", () => {
  it("20,000 rows over many chunks read back whole, with valid checksums", async () => {
    const rows: (string | number)[][] = [["id", "note", "n"]];
    for (let i = 0; i < 20_000; i++) rows.push([`p${i}`, `note ${i} `.repeat(3), i / 4]);
    const bytes = await workbook(rows);
    expect(checksumsHold(bytes)).toBe(true);
    const back = await readBack(bytes);
    expect(back).toEqual(rows.map((r) => r.map(String)));
  });

  it("text XML cannot hold, or that Excel reads as an escape, comes back as written", async () => {
    const texts = [
      'a & b <c> "d"',
      "_x0041_ stays",
      "tab\there",
      "line\r\nbreak",
      "é ✓ 😀",
      "=1+1",
    ];
    const back = await readBack(await workbook([["t"], ...texts.map((t) => [t])]));
    expect(back.flat()).toEqual(["t", ...texts]);
    const controls = await readBack(await workbook([["t"], ["a\u0001b\u001bc"]]));
    expect(controls[1]).toEqual(["abc"]);
  });

  it("names columns as Excel does", () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702, 16_383].map(columnName)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
});
