import { spawn } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runBatch } from "../../src/batch/pipeline.ts";
import type { Unit } from "../../src/batch/types.ts";
import { fixture, model, root, tempDir } from "./helpers.ts";

describe("Ctrl-C during a batch", () => {
  it("stops even while waiting for input, ends with 130 and leaves no file behind", async () => {
    const dir = tempDir();
    const args = ["batch", fixture("team.yaml"), "-", "--reports", "out", "--summary", "s.html"];
    const child = spawn(
      process.execPath,
      [join(root, "bin/reflet.cjs"), ...args, "--format", "jsonl"],
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH,
          REFLET_HOME: join(dir, "home"),
          NO_COLOR: "1",
          REFLET_LANG: "en",
        },
      },
    );
    let stderr = "";
    let wake = () => {};
    child.stderr.on("data", (d) => {
      stderr += d;
      wake();
    });
    const code = new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    // The warning about the extra column says the rows are being read; standard input stays
    // open, so the batch then waits for more.
    const reading = new Promise<void>((resolve, reject) => {
      wake = () => {
        if (stderr.includes("columns not read")) resolve();
      };
      // A batch that ends before reading would leave the wait above hanging: fail at once.
      void code.then((c) => reject(new Error(`batch ended (${c}) before reading:\n${stderr}`)));
    });
    const rows = Array.from({ length: 30 }, (_, i) => `p${i},x,5,1,4,2,5,1,4,listen,break,`);
    child.stdin.write(`participant,extra,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\n${rows.join("\n")}\n`);
    await reading;
    child.kill("SIGINT");
    expect(await code).toBe(130);
    expect(stderr).toContain("interrupted: results, reports and summary not written");
    expect(existsSync(join(dir, "s.html"))).toBe(false);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  it("is heard within a long run of rows already read: the loop lets the event loop turn", async () => {
    const alpha = model("alpha.yaml");
    const row = (i: number): Unit => ({
      kind: "entry",
      entry: {
        participant: `p${i}`,
        generated: false,
        file: "t.csv",
        line: i + 2,
        answers: { q1: 5, q2: 4, q3: 1, q4: 5 },
        lang: null,
      },
    });
    // One run of 10,000 rows, as one chunk of input could hold: the abort is delivered on
    // the event loop's next turn, which the batch must give it mid-run.
    async function* runs() {
      yield Array.from({ length: 10_000 }, (_, i) => row(i));
    }
    const stop = new AbortController();
    setImmediate(() => stop.abort());
    let scored = 0;
    const tally = await runBatch(runs(), [{ scored: () => void scored++ }], {
      model: alpha,
      lang: "en",
      signal: stop.signal,
    });
    expect(tally.interrupted).toBe(true);
    expect(scored).toBeGreaterThan(0);
    expect(scored).toBeLessThan(1000);
  });
});
