// The 1 MB limit on a CSV record holds however the record is cut into read chunks (64 KiB):
// a longer row is rejected at its line and the rows after it are still read; a row that
// goes on past 16 MB more stops the reading of the file with one line, so an endless device
// or an unclosed quote before a huge file is read no further, in bounded memory.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { bin, folderWith, reflet, root, tempDir } from "./helpers.ts";

const team = readFileSync(join(root, "tests/fixtures/batch/team.yaml"), "utf8");
const header = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const row = (id: string, note = "") => `${id},5,1,4,2,5,1,4,listen,walk,${note}`;
const participants = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l).participant);
const lastLine = (stderr: string) => stderr.trim().split("\n").at(-1);

describe("a CSV record over 1 MB", () => {
  it("a 5 MB unquoted cell spanning read chunks is rejected at its line; the rows after it are scored", () => {
    const csv = [header, row("a"), row("b", "x".repeat(5_000_000)), row("c"), row("d")].join("\n");
    const cwd = folderWith({ "team.yaml": team, "team.csv": `${csv}\n` });
    const r = reflet(["batch", "team.yaml", "team.csv", "--format", "jsonl"], {
      cwd,
      measure: true,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("team.csv:3: this row is longer than 1 MB: not read");
    expect(lastLine(r.stderr)).toBe("3 scored, 1 rejected, 0 flagged");
    expect(participants(r.stdout)).toEqual(["a", "c", "d"]);
    expect(r.maxRssMb).toBeLessThan(250);
  });

  it("a 5 MB quoted cell with line breaks is rejected at the line it starts on; the lines after it count on", async () => {
    const cell = `"${"y\n".repeat(2_500_000)}"`;
    const csv = [header, row("a", cell), row("b"), `c,9,1,4,2,5,1,4,listen,walk,`].join("\n");
    const cwd = folderWith({ "team.yaml": team, "team.csv": `${csv}\n` });
    const r = await runCli(["batch", "team.yaml", "team.csv", "--format", "jsonl"], {
      cwd,
      env: { REFLET_LANG: "fr" },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("team.csv:2: cette ligne dépasse 1 Mo : non lue");
    // The row after the cell's 2,500,000 line breaks is where it is in the file.
    expect(r.stderr).toContain(`team.csv:${2_500_004}: colonne « c1 »`);
    expect(participants(r.stdout)).toEqual(["b"]);
  }, 60_000);

  it("/dev/zero as input ends with one line and exit 1, read no further than the limits", () => {
    for (const args of [["/dev/zero"], ["-"]]) {
      const r = spawnSync(
        "sh",
        ["-c", `exec "${process.execPath}" "${bin}" batch team.yaml ${args[0]} < /dev/zero`],
        {
          cwd: folderWith({ "team.yaml": team }),
          encoding: "utf8",
          timeout: 60_000,
          env: { PATH: process.env.PATH, REFLET_HOME: tempDir(), REFLET_LANG: "en" },
        },
      );
      expect(r.status).toBe(1);
      const lines = r.stderr.trim().split("\n");
      expect(lines).toEqual([
        `${args[0]}:1: line 1 and the rest of the file not read: the row there is longer than 1 MB and does not end within 16 MB (a quote never closed, or a file that is not a CSV?)`,
        "0 scored, 1 rejected, 0 flagged",
      ]);
    }
  }, 60_000);

  it("an unclosed quote before 300 MB stops the reading, in bounded memory", () => {
    // Standard input from a pipe: the writer is stopped when reflet stops reading.
    const rssFile = join(tempDir(), "rss");
    const preload = fileURLToPath(new URL("./max-rss.mjs", import.meta.url));
    const head = `${header}\\n${row("a")}\\n${row("b", '"open')}\\n`;
    const tail = `yes '${row("x", "note")}' | head -c 300000000`;
    const r = spawnSync(
      "sh",
      [
        "-c",
        `(printf '%b' '${head}'; ${tail}) | "${process.execPath}" --import "${preload}" "${bin}" batch team.yaml - --format jsonl`,
      ],
      {
        cwd: folderWith({ "team.yaml": team }),
        encoding: "utf8",
        timeout: 120_000,
        env: {
          PATH: process.env.PATH,
          REFLET_HOME: tempDir(),
          REFLET_LANG: "en",
          REFLET_TEST_RSS_FILE: rssFile,
        },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("-:3: line 3 and the rest of the file not read");
    expect(lastLine(r.stderr)).toBe("1 scored, 1 rejected, 0 flagged");
    expect(participants(r.stdout)).toEqual(["a"]);
    expect(Number(readFileSync(rssFile, "utf8")) / 1024).toBeLessThan(250);
  }, 120_000);
});
