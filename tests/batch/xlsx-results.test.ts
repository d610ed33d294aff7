// Results as an Excel workbook: read back, the same cells as the CSV results, numbers typed as
// numbers, text never a formula, the header frozen; written whole or not at all.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { sheetRows } from "../../src/xlsx/sheet-read.ts";
import { openWorkbook } from "../../src/xlsx/workbook.ts";
import { zipEntries } from "../../src/xlsx/zip-read.ts";
import { runCli } from "../cli/in-process.ts";
import { bin } from "../security/helpers.ts";
import { fixture, folderWith, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");

async function rowsOf(path: string): Promise<string[][]> {
  const book = await openWorkbook(path);
  const rows: string[][] = [];
  for await (const r of sheetRows(book)) rows.push(r.cells);
  return rows;
}

/** The sheet's XML, inflated in one go (the file is small). */
async function sheetXml(path: string): Promise<string> {
  const entry = (await zipEntries(path)).get("xl/worksheets/sheet1.xml");
  if (!entry) throw new Error("no sheet");
  const bytes = readFileSync(path);
  const start =
    entry.offset +
    30 +
    bytes.readUInt16LE(entry.offset + 26) +
    bytes.readUInt16LE(entry.offset + 28);
  return inflateRawSync(bytes.subarray(start, start + entry.compressedSize)).toString("utf8");
}

/**
 * The cells of `--excel` CSV results as a workbook holds them: the same labels in the coach's
 * language, decimals with a point (a number cell has no locale).
 */
const excelCells = (text: string): string[][] =>
  (parse(text, { bom: true, delimiter: ";" }) as string[][]).map((row) =>
    row.map((cell) => cell.replace(/^(-?\d+),(\d+)$/, "$1.$2")),
  );

describe("batch --format xlsx", () => {
  it("writes the cells of the CSV results, read back alike, as the extension of --output asks", async () => {
    const dir = folderWith({});
    const csv = await runCli(["batch", team, fixture("team.csv"), "--format", "csv", "--excel"], {
      cwd: dir,
    });
    const x = await runCli(["batch", team, fixture("team.csv"), "--output", "results.xlsx"], {
      cwd: dir,
    });
    expect(x.code).toBe(0);
    expect(x.stderr).toMatch(/^written: results\.xlsx\n8 scored, 0 rejected/);
    const path = join(dir, "results.xlsx");
    expect(readFileSync(path).subarray(0, 4).toString("latin1")).toBe("PK\u0003\u0004");
    const read = await rowsOf(path);
    expect(read).toEqual(excelCells(csv.stdout));
    // Bands by their label in the coach's language, as --excel writes them.
    const band = read[0]?.indexOf("calm.band") ?? -1;
    expect(band).toBeGreaterThan(0);
    const fr = await runCli(
      ["batch", team, fixture("team.csv"), "--output", "fr.xlsx", "--lang", "fr"],
      {
        cwd: dir,
      },
    );
    expect(fr.code).toBe(0);
    const frRows = await rowsOf(join(dir, "fr.xlsx"));
    expect(frRows.slice(1).map((r) => r[band])).not.toEqual(read.slice(1).map((r) => r[band]));
  });

  it("numbers are number cells, text is inline text and never a formula, the header bold and frozen", async () => {
    const dir = folderWith({
      "team.csv": `participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\n"=HYPERLINK(""http://x"")",5,1,4,2,5,1,4,listen,break,\n_x0041_,5,1,4,2,5,1,4,listen,break,\n`,
    });
    const r = await runCli(["batch", team, "team.csv", "--format", "xlsx", "--output", "r.xlsx"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const path = join(dir, "r.xlsx");
    const xml = await sheetXml(path);
    expect(xml).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
    expect(xml).toContain(
      '<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">participant</t></is></c>',
    );
    expect(xml).not.toContain("<f>");
    expect(xml).toContain(
      '<c r="A2" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t></is></c>',
    );
    // answered (D) and calm.score (F) are numbers; the band (H) is text.
    expect(xml).toMatch(/<c r="D2"><v>9<\/v><\/c>/);
    expect(xml).toMatch(/<c r="F2"><v>4<\/v><\/c>/);
    expect(xml).toMatch(/<c r="H2" t="inlineStr"><is><t xml:space="preserve">high<\/t>/);
    const rows = await rowsOf(path);
    // The text comes back as it was, without the apostrophe a CSV puts before a formula sign.
    expect(rows.map((c) => c[0])).toEqual(["participant", '=HYPERLINK("http://x")', "_x0041_"]);
  });

  it("with --fail-fast and a rejection, no workbook is left", async () => {
    const dir = folderWith({ "team.csv": "participant,c1\nann,9\n" });
    const r = await runCli(["batch", team, "team.csv", "--output", "r.xlsx", "--fail-fast"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(existsSync(join(dir, "r.xlsx"))).toBe(false);
  });

  it("with no one scored, the workbook holds the header only", async () => {
    const dir = folderWith({ "team.csv": "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\n" });
    const r = await runCli(["batch", team, "team.csv", "--output", "r.xlsx"], { cwd: dir });
    expect(r.code).toBe(0);
    const rows = await rowsOf(join(dir, "r.xlsx"));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.[0]).toBe("participant");
  });

  it("is not written to a terminal (exit 2), but goes down a pipe whole", async () => {
    const tty = await runCli(["batch", team, fixture("team.csv"), "--format", "xlsx"], {
      tty: { stdout: true },
    });
    expect(tty.stderr).toBe(
      "reflet: a workbook is not written to a terminal: name a file with --output results.xlsx, or redirect standard output\n",
    );
    expect(tty.stdout).toBe("");
    expect(tty.code).toBe(2);
    const dir = folderWith({});
    const piped = spawnSync(
      process.execPath,
      [bin, "batch", team, fixture("team.csv"), "--format", "xlsx"],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, REFLET_HOME: tempDir(), REFLET_LANG: "en", NO_COLOR: "1" },
      },
    );
    expect(piped.status).toBe(0);
    writeFileSync(join(dir, "piped.xlsx"), piped.stdout);
    const rows = await rowsOf(join(dir, "piped.xlsx"));
    expect(rows.map((r) => r[0])).toEqual([
      "participant",
      "ana",
      "bruno",
      "chloe",
      "david",
      "emma",
      "farid",
      "gaelle",
      "hugo",
    ]);
  });

  it("with --norms, the workbook ends each row with the percentiles, as the CSV does", async () => {
    const rows = Array.from(
      { length: 12 },
      (_, i) => `p${i},${(i % 5) + 1},1,4,2,${(i % 4) + 1},1,4,listen,break,`,
    );
    const dir = folderWith({
      "wave.csv": `participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\n${rows.join("\n")}\n`,
    });
    const run = (args: string[]) => runCli(args, { cwd: dir });
    expect((await run(["batch", team, "wave.csv", "--output", "wave.jsonl"])).code).toBe(0);
    const build = await run([
      "norms",
      "build",
      "wave.jsonl",
      "--output",
      "norms.json",
      "--min-size",
      "10",
    ]);
    expect(build.code).toBe(0);
    const csv = await run([
      "batch",
      team,
      fixture("team.csv"),
      "--norms",
      "norms.json",
      "--format",
      "csv",
      "--excel",
    ]);
    const x = await run([
      "batch",
      team,
      fixture("team.csv"),
      "--norms",
      "norms.json",
      "--output",
      "r.xlsx",
    ]);
    expect(x.code).toBe(0);
    const read = await rowsOf(join(dir, "r.xlsx"));
    expect(read[0]?.slice(-4)).toEqual([
      "calm.percentile",
      "breath.percentile",
      "pause.percentile",
      "care.percentile",
    ]);
    expect(read).toEqual(excelCells(csv.stdout));
  });
});
