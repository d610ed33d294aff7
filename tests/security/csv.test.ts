// CSV from other people into `reflet batch`, and every CSV reflet writes: no cell can
// become a spreadsheet formula; odd encodings and broken files are reported, never fatal;
// a huge file streams in bounded memory.

import { once } from "node:events";
import { createWriteStream, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { folderWith, mini, reflet, root } from "./helpers.ts";

const formulas = readFileSync(join(root, "tests/fixtures/hostile/formulas.yaml"), "utf8");

/**
 * Cells a spreadsheet would run: text starting with = + - @, their fullwidth forms ＝ ＋ － ＠,
 * a tab or a carriage return.
 */
const FORMULA = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;
const NUMBER = /^-?\d+([.,]\d+)?$/;

function cellsOf(csv: string, delimiter: "," | ";"): string[] {
  const rows: string[][] = parse(csv.replace(/^\uFEFF/, ""), {
    delimiter,
    relax_column_count: true,
  });
  return rows.flat();
}

function expectInert(csv: string, delimiter: "," | ";"): void {
  const cells = cellsOf(csv, delimiter);
  expect(cells.length).toBeGreaterThan(0);
  for (const cell of cells) {
    if (FORMULA.test(cell)) expect(cell, `formula cell ${JSON.stringify(cell)}`).toMatch(NUMBER);
  }
}

const teamCsv = [
  "participant,=c1,+c2,-c3,@c4",
  `"=cmd|' /C calc'!A0",5,1,5,5`,
  "+1,5,5,5,5",
  "-2+3,1,1,1,1",
  "@x,3,3,3,3",
  `"=HYPERLINK(""https://evil.example"")",2,2,2,2`,
  "\uff1dcmd,4,4,4,4",
  "\uff0b1,4,4,4,4",
  "\uff0d2,4,4,4,4",
  "\uff20x,4,4,4,4",
].join("\n");

const evilAnswers = [
  'questionnaire: "=HYPERLINK(\\"https://evil.example\\",\\"open\\")"',
  'participant: "=evil"',
  'answers: {"=c1": 2, "+c2": 2, "-c3": 2, "@c4": 2}',
].join("\n");

describe("formulas never reach a spreadsheet", () => {
  const dir = () =>
    folderWith({ "formulas.yaml": formulas, "+team.csv": teamCsv, "=evil.yaml": evilAnswers });

  for (const excel of [false, true]) {
    const style = excel ? "Excel" : "plain";
    it(`every cell of the ${style} results CSV is inert: ids, participants, bands, profiles, flags, file names`, async () => {
      const r = await runCli(
        [
          "batch",
          "formulas.yaml",
          "+team.csv",
          "=evil.yaml",
          "--format",
          "csv",
          ...(excel ? ["--excel"] : []),
        ],
        { cwd: dir() },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("'=cmd|' /C calc'!A0");
      expect(r.stdout).toContain("'=pair");
      expect(r.stdout).toContain("'\uff1dcmd");
      expect(r.stdout).toContain("'\uff20x");
      expectInert(r.stdout, excel ? ";" : ",");
    });

    it(`every cell of the ${style} results file written with --output is inert`, async () => {
      const cwd = dir();
      const r = await runCli(
        [
          "batch",
          "formulas.yaml",
          "+team.csv",
          "=evil.yaml",
          "--output",
          "out.csv",
          ...(excel ? ["--excel"] : []),
        ],
        { cwd },
      );
      expect(r.code).toBe(0);
      expectInert(readFileSync(join(cwd, "out.csv"), "utf8"), excel ? ";" : ",");
    });

    it(`every cell of the ${style} CSV template is inert`, async () => {
      const r = await runCli(
        ["template", "formulas.yaml", "--format", "csv", ...(excel ? ["--excel"] : [])],
        { cwd: dir() },
      );
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("'=c1");
      expectInert(r.stdout, excel ? ";" : ",");
    });
  }

  it("a spreadsheet's own inert cells ('=c1) are read back as the ids they stand for", async () => {
    const cwd = dir();
    const template = (await runCli(["template", "formulas.yaml", "--format", "csv"], { cwd }))
      .stdout;
    const filled = `${template.trimEnd()}\r\nalice,5,1,5,5\r\n`;
    const r = await runCli(["batch", "formulas.yaml", "-", "--format", "jsonl"], {
      cwd,
      stdin: filled,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answered).toBe(4);
  });
});

describe("CSV files that are odd or broken", () => {
  const run = (name: string, content: string | Buffer) =>
    runCli(["batch", "mini.yaml", name, "--format", "jsonl"], {
      cwd: folderWith({ "mini.yaml": mini, [name]: content }),
    });
  const participants = (stdout: string) =>
    stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l).participant);

  it("a UTF-8 byte order mark does not hide the first column", async () => {
    const r = await run("bom.csv", "\uFEFFparticipant,c1,c2,c3,s1,note\np1,5,1,5,a,café\n");
    expect(r.stderr).toBe("1 scored, 0 rejected, 0 flagged\n");
    expect(participants(r.stdout)).toEqual(["p1"]);
    expect(r.code).toBe(0);
  });

  it("a Windows-1252 file is read, with a warning that says so", async () => {
    const bytes = Buffer.from(
      "participant;c1;c2;c3;s1;note\nh\xe9l\xe8ne;5;1;5;a;caf\xe9\n",
      "latin1",
    );
    const r = await run("excel.csv", bytes);
    expect(r.stderr).toMatch(/^excel\.csv: warning: not valid UTF-8: read as Windows-1252/);
    expect(participants(r.stdout)).toEqual(["hélène"]);
    expect(r.code).toBe(0);
  });

  it("ragged rows are each reported at their line and the others still scored", async () => {
    const r = await run(
      "ragged.csv",
      "participant,c1,c2,c3,s1,note\np1,5,1,5,a,\np2,5,1\np3,5,1,5,a,x,y\np4,1,1,1,b,\n",
    );
    expect(r.stderr.split("\n").filter((l) => l.startsWith("ragged.csv:"))).toEqual([
      "ragged.csv:3: this row has 3 cells where the header has 6 (a line break or a separator in a cell without quotes?)",
      "ragged.csv:4: this row has 7 cells where the header has 6 (a line break or a separator in a cell without quotes?)",
    ]);
    expect(participants(r.stdout)).toEqual(["p1", "p4"]);
    expect(r.code).toBe(1);
  });

  it("an unclosed quote is reported with the lines it swallowed, without a hang", async () => {
    const r = await run(
      "open.csv",
      'participant,c1,c2,c3,s1,note\np1,5,1,5,a,"never closed\np2,5,1,5,a,x\n',
    );
    expect(r.stderr).toMatch(
      /^open\.csv:2: lines 2-3 not read: a quote opened on line 2 is never closed/,
    );
    expect(r.stdout).toBe("");
    expect(r.code).toBe(1);
  });

  it("an empty file is refused with a message", async () => {
    const r = await run("empty.csv", "");
    expect(r.stderr).toMatch(/^empty\.csv: the file is empty/);
    expect(r.code).toBe(1);
  });

  it("a header without rows scores nobody and says so", async () => {
    const r = await run("header.csv", "participant,c1,c2,c3,s1\n");
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/0 scored, 0 rejected/);
    expect(r.stderr).toContain(
      "header.csv: warning: a header and no rows: nobody to score in this file",
    );
    expect(r.signal).toBeNull();
  });

  it("100,000 columns are read in bounded time and memory; the extra ones are named in a warning", async () => {
    const extra = Array.from({ length: 100_000 }, (_, i) => `x${i}`);
    const csv = `participant,c1,c2,c3,s1,${extra.join(",")}\np1,5,1,5,a,${",".repeat(99_999)}\n`;
    const r = reflet(["batch", "mini.yaml", "wide.csv", "--format", "jsonl"], {
      cwd: folderWith({ "mini.yaml": mini, "wide.csv": csv }),
      measure: true,
    });
    expect(r.stderr).toMatch(/^wide\.csv:1: warning: columns not read: "x0"/);
    expect(participants(r.stdout)).toEqual(["p1"]);
    expect(r.maxRssMb).toBeLessThan(250);
  });

  it("a row of 100,000 cells under a short header is rejected, the file still read", async () => {
    const csv = `participant,c1,c2,c3,s1,note\np1,5,1,5,a${",9".repeat(100_000)}\np2,5,1,5,a,\n`;
    const r = await run("wide.csv", csv);
    expect(r.stderr).toMatch(/^wide\.csv:2: this row has 100005 cells where the header has 6/);
    expect(participants(r.stdout)).toEqual(["p2"]);
    expect(r.code).toBe(1);
  });
});

describe("a 1 GB CSV", () => {
  it("streams through batch in bounded memory, every row scored", async () => {
    const dir = folderWith({ "mini.yaml": mini });
    const file = join(dir, "huge.csv");
    const note = "n".repeat(100_000);
    const rows = 10_240;
    const out = createWriteStream(file);
    out.write("participant,c1,c2,c3,s1,note\n");
    for (let i = 0; i < rows; i++) {
      if (!out.write(`p${i},${(i % 5) + 1},${((i * 3) % 5) + 1},${((i * 7) % 5) + 1},a,${note}\n`))
        await once(out, "drain");
    }
    out.end();
    await once(out, "close");
    try {
      const r = reflet(["batch", "mini.yaml", "huge.csv", "--format", "csv"], {
        cwd: dir,
        measure: true,
        timeout: 600_000,
      });
      expect(r.stderr).toBe(`${rows} scored, 0 rejected, 0 flagged\n`);
      expect(r.stdout.trimEnd().split("\r\n")).toHaveLength(rows + 1);
      expect(r.maxRssMb).toBeLessThan(250);
    } finally {
      rmSync(file, { force: true });
    }
  }, 900_000);
});
