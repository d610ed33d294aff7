// The built binary in a pseudo-terminal, on a questionnaire with "does not apply" answers, a
// best–worst item and an interleaved order: the keys, Ctrl-C and resume in the same order,
// the answers file and the history.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { baseEnv, freshHome, KEY, ROOT, spawnInTerminal } from "./terminal.ts";

const KINDS = join(ROOT, "tests/fixtures/kinds/kinds.yaml");
const ORDER = ["c1", "a1", "c2", "a2", "c3", "bw", "c4", "a3"];

describe("reflet run with N/A, best–worst and an interleaved order", () => {
  it("asks in the declared order, takes na by its key and two picks, and resumes in order", async () => {
    const home = freshHome();
    const env = baseEnv(home);
    const s = spawnInTerminal(["run", KINDS], env);
    const steps: [string, string][] = [
      // a3 is asked only when a1 is Often or Always: 7 questions until a1 says so.
      ["1 / 7", KEY.enter], // c1: Never
      ["2 / 7", KEY.down + KEY.down + KEY.down + KEY.enter], // a1: Always, so a3 is asked
      ["3 / 8", `5${KEY.enter}`], // c2: its key, 5, is "Does not apply"
      ["4 / 8", `3${KEY.enter}`], // a2: its own label, third
    ];
    for (const [progress, keys] of steps) {
      await s.waitFor(progress);
      s.type(keys);
    }
    await s.waitFor("5 / 8");
    s.type(KEY.ctrlC);
    expect(await s.exit).toBe(130);
    const out = s.output();
    // The questions came in the interleaved order: c1, a1, c2, a2.
    const at = ["I stay calm.", "I listen.", "I breathe.", "On the phone?"].map((t) =>
      out.indexOf(t),
    );
    expect(at.every((x, i) => x >= 0 && (i === 0 || x > (at[i - 1] as number)))).toBe(true);
    expect(out).toContain("5 Does not apply");
    expect(out).toContain("I do not answer the phone");
    const [file] = readdirSync(join(home, "sessions"));
    const saved = JSON.parse(readFileSync(join(home, "sessions", file as string), "utf8"));
    expect(saved.order).toEqual(ORDER);
    expect(saved.answers).toEqual({ c1: 1, a1: 4, c2: "na", a2: "na" });

    const answersFile = join(home, "..", "answers.yaml");
    const again = spawnInTerminal(["run", KINDS, "--answers-out", answersFile], env);
    await again.waitFor("stopped at question 5 / 8");
    again.type(KEY.enter);
    await again.waitFor("5 / 8");
    again.type(KEY.enter); // c3
    await again.waitFor("The most likely:");
    again.type(KEY.enter); // greet
    await again.waitFor("And the least likely:");
    again.type(KEY.down + KEY.enter); // ignore, the second of the two left
    await again.waitFor("7 / 8");
    again.type(KEY.enter); // c4
    await again.waitFor("8 / 8");
    again.type(KEY.enter); // a3
    await again.waitFor("Saved in your history");
    expect(await again.exit).toBe(0);
    expect(again.output()).toContain("2 questions answered “does not apply” (N/A)");
    const answers = readFileSync(answersFile, "utf8");
    expect(answers).toContain("c2: na");
    expect(answers).toMatch(/bw:\n\s+best: greet\n\s+worst: ignore/);
    const entry = JSON.parse(readFileSync(join(home, "history.jsonl"), "utf8").trim());
    expect(entry.order).toEqual(ORDER);
    expect(entry.result.notApplicable).toEqual(["c2", "a2"]);
  }, 60_000);
});
