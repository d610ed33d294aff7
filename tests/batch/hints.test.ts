// Hints that say where to look: the first copy of a duplicate, the lines of empty rows.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const row = (id: string) => `${id},5,1,4,2,5,1,4,listen,break,`;

describe("hints", () => {
  it("a duplicate says where the first copy is, across files", async () => {
    const dir = folderWith({
      "a.csv": [HEADER, row("ann"), row("bo")].join("\n"),
      "b.yaml": "questionnaire: equipe\nparticipant: bo\nanswers: {c1: 4, c2: 2}\n",
    });
    const r = await runCli(["batch", team, "a.csv", "b.yaml", "--format", "jsonl"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'b.yaml: participant "bo" appears more than once: first at a.csv:3 (keep one of their answer sheets, or use --keep latest)\n',
    );
    const fr = await runCli(
      ["batch", team, "b.yaml", "a.csv", "--format", "jsonl", "--lang", "fr"],
      {
        cwd: dir,
      },
    );
    expect(fr.stderr).toContain(
      "a.csv:3: la personne « bo » apparaît plusieurs fois : d’abord en b.yaml (gardez une seule de ses feuilles de réponses, ou utilisez --keep latest)\n",
    );
  });

  it("the empty-row warning gives the lines of the empty rows", async () => {
    const dir = folderWith({
      "a.csv": [HEADER, row("ann"), ",,,,,,,,,,", row("bo"), ",,,,,,,,,,", ""].join("\n"),
    });
    const r = await runCli(["batch", team, "a.csv", "--format", "jsonl"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("a.csv:3: warning: 2 empty rows skipped: lines 3, 5\n");
  });
});
