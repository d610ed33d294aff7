// A batch of cells built to make text functions slow or wrong, each near the 1 MB record
// limit: every row is read as it is, in time. Apart from tests/security/linear.test.ts,
// whose counting of string operations would count the whole run.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { folderWith, root } from "./helpers.ts";

describe("a batch of hostile cells", () => {
  it("a label of dots, a multiple choice of 'walk,' and a note of spaces, near the 1 MB record limit, are read", async () => {
    const team = readFileSync(join(root, "tests/fixtures/batch/team.yaml"), "utf8");
    const likert = "5,1,4,2,5,1,4";
    const rows = [
      `participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1,${"[".repeat(500_000)}]`,
      `dots,${".".repeat(900_000)}x,1,4,2,5,1,4,listen,walk,,`,
      `choices,${likert},listen,"${"walk,".repeat(180_000)}",,`,
      `note,${likert},listen,walk,a${" ".repeat(900_000)}b,`,
      `last,${likert},listen,walk,,`,
    ];
    const cwd = folderWith({ "team.yaml": team, "team.csv": `${rows.join("\n")}\n` });
    const r = await runCli(
      [
        "batch",
        "team.yaml",
        "team.csv",
        "--format",
        "jsonl",
        "--summary",
        "s.md",
        "--include-notes",
        "--min-group",
        "1",
      ],
      { cwd, env: { REFLET_LANG: "en" } },
    );
    expect(r.stderr.trim().split("\n").at(-1)).toBe("3 scored, 1 rejected, 0 flagged");
    expect(r.code).toBe(1);
    const ids = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).participant);
    expect(ids).toEqual(["choices", "note", "last"]);
    const summary = readFileSync(join(cwd, "s.md"), "utf8");
    expect(summary.includes(`- a${" ".repeat(900_000)}b`)).toBe(true);
  });
});
