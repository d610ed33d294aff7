// The team summary never names anyone: flagged people are counted per flag, in every summary
// format, with figures shown or withheld. Their names stay in the per-person outputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,Équipe,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
/** A sheet with varied answers, and one straight-lined (flagged, low-information). */
const VARIED = [
  "5,1,4,2,5,1,4,listen,break,",
  "4,2,4,1,4,2,5,listen,talk,",
  "2,4,3,3,3,3,2,shout,walk,",
];
const SAME = "3,3,3,3,3,3,3,listen,talk,";

function csvOf(ids: readonly string[]): string {
  const rows = ids.map((id, i) => {
    const answers = i % 3 === 2 ? SAME : (VARIED[i % VARIED.length] as string);
    return `${id},${i % 2 === 0 ? "Nord" : "Sud"},${answers}`;
  });
  return [HEADER, ...rows].join("\n");
}

// Ids of letters and digits, long enough that no word of a summary could be one by chance.
const ids = fc.uniqueArray(fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9]{7,15}$/), {
  minLength: 6,
  maxLength: 24,
  comparator: (a, b) => a.toLowerCase() === b.toLowerCase(),
});

describe("the team summary names no one", () => {
  it("in any format, figures shown or withheld, with groups: no participant id anywhere", async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        ids,
        fc.constantFrom("team.html", "team.md", "team.csv", "team.json"),
        fc.constantFrom("1", "3", "1000"),
        async (people, summary, minGroup) => {
          const dir = folderWith({ "in.csv": csvOf(people) });
          const r = await runCli(
            [
              "batch",
              team,
              "in.csv",
              "--summary",
              summary,
              "--min-group",
              minGroup,
              "--group-by",
              "Équipe",
            ],
            { cwd: dir },
          );
          expect(r.code, r.stderr).toBe(0);
          runs++;
          const files = [summary, "team.json"].map((f) => readFileSync(join(dir, f), "utf8"));
          for (const text of files)
            for (const id of people) expect(text.includes(id), `${id} in ${summary}`).toBe(false);
          // Counted, per flag: every third sheet is straight-lined.
          const json = JSON.parse(files[1] as string);
          const straight = people.filter((_, i) => i % 3 === 2).length;
          expect(json.flags).toContainEqual({ id: "straight-lining", count: straight });
          expect(json.participants.flagged).toBeGreaterThanOrEqual(straight);
        },
      ),
      { numRuns: 6 },
    );
    expect(runs).toBe(6);
  });

  it("says so in words, and the names stay in the results", async () => {
    const people = [
      "zoéDurand1",
      "amirBenali2",
      "lucPetit333",
      "inèsMoreau4",
      "noahLeroy55",
      "jadeRoux666",
    ];
    const dir = folderWith({ "in.csv": csvOf(people) });
    const r = await runCli(
      ["batch", team, "in.csv", "--summary", "team.md", "--format", "jsonl", "--output", "r.jsonl"],
      { cwd: dir, env: { REFLET_LANG: "fr" } },
    );
    expect(r.code).toBe(0);
    const md = readFileSync(join(dir, "team.md"), "utf8");
    expect(md).toContain("- réponses toutes identiques : 2");
    expect(md).toContain("Comptés, pas nommés");
    const results = readFileSync(join(dir, "r.jsonl"), "utf8");
    expect(results).toContain('"participant":"lucPetit333"');
    expect(results).toMatch(/"participant":"lucPetit333".*"flags":\["straight-lining"\]/);
  });
});
