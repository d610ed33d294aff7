// Inputs that could stall a batch: a named pipe in a folder or on the command line is never
// opened (opening one waits for a writer, maybe for ever), and SIGTERM or SIGINT end a long
// batch promptly, even while rows are read from data already buffered.
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, folderWith, reflet, root, tempDir } from "./helpers.ts";

const team = readFileSync(join(root, "tests/fixtures/batch/team.yaml"), "utf8");
const teamCsv = readFileSync(join(root, "tests/fixtures/batch/team.csv"), "utf8");
const rowsOf = (csv: string) => csv.trim().split("\n").length - 1;

function mkfifo(path: string): void {
  const r = spawnSync("mkfifo", [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path}: ${r.stderr}`);
}

describe("named pipes among the inputs", () => {
  it("a named pipe inside an input folder is skipped with one warning; the other files are scored", () => {
    const cwd = folderWith({ "team.yaml": team });
    const dir = join(cwd, "answers");
    spawnSync("mkdir", [dir]);
    writeFileSync(join(dir, "team.csv"), teamCsv);
    mkfifo(join(dir, "pipe.csv"));
    mkfifo(join(dir, "other.yaml"));
    const r = reflet(["batch", "team.yaml", "answers", "--format", "jsonl"], { cwd });
    expect(r.stderr.split("\n")[0]).toBe(
      'answers: warning: skipped, not regular files: "other.yaml", "pipe.csv" (a folder\'s named pipes, devices and subfolders are not read)',
    );
    expect(r.stdout.trim().split("\n")).toHaveLength(rowsOf(teamCsv));
    expect(r.code).toBe(0);
  });

  it("a named pipe given as an input is one error line; the other inputs are scored", () => {
    const cwd = folderWith({ "team.yaml": team, "team.csv": teamCsv });
    mkfifo(join(cwd, "pipe.csv"));
    const r = reflet(["batch", "team.yaml", "pipe.csv", "team.csv", "--format", "jsonl"], {
      cwd,
      env: { REFLET_LANG: "fr" },
    });
    expect(r.stderr.split("\n")[0]).toBe(
      "pipe.csv: un tube nommé, pas un fichier : non lu (donnez son contenu sur l’entrée standard : reflet batch QUESTIONNAIRE - < TUBE)",
    );
    expect(r.stdout.trim().split("\n")).toHaveLength(rowsOf(teamCsv));
    expect(r.code).toBe(1);
  });
});

describe("a signal during a long batch", () => {
  // 300,000 rows: far more than is scored before the signal arrives.
  const big = (() => {
    const rows = Array.from({ length: 300_000 }, (_, i) => `p${i},5,1,4,2,5,1,4,listen,walk,`);
    return `participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\n${rows.join("\n")}\n`;
  })();

  for (const [signal, code] of [
    ["SIGTERM", 143],
    ["SIGINT", 130],
  ] as const) {
    it(`${signal} while rows stream out ends the batch with exit ${code}, before its end`, async () => {
      const cwd = folderWith({ "team.yaml": team, "big.csv": big });
      const child = spawn(
        process.execPath,
        [bin, "batch", "team.yaml", "big.csv", "--format", "jsonl"],
        {
          cwd,
          env: { PATH: process.env.PATH, REFLET_HOME: tempDir(), REFLET_LANG: "en", NO_COLOR: "1" },
        },
      );
      let stderr = "";
      let lines = 0;
      let sent = false;
      child.stderr.on("data", (d) => {
        stderr += d;
      });
      child.stdout.on("data", (d: Buffer) => {
        for (const byte of d) if (byte === 10) lines++;
        // Rows are being scored: the batch is in its loop.
        if (!sent && lines >= 1000) {
          sent = true;
          child.kill(signal);
        }
      });
      const exit = await new Promise<number | null>((resolve) =>
        child.on("exit", (c) => resolve(c)),
      );
      expect(sent).toBe(true);
      expect(exit).toBe(code);
      expect(stderr).toContain("interrupted: results, reports and summary not written");
      expect(lines).toBeLessThan(300_000);
    }, 60_000);
  }
});
