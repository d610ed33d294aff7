// Which column names the people: --id-column with one name or several, the usual names a
// form gives it when no name is given, and an anonymous form's "anonymous" for everyone.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines } from "./helpers.ts";

const team = fixture("team.yaml");
const ITEMS = "c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const ANSWERS = ["5,1,4,2,5,1,4,listen,break,", "2,4,2,5,3,3,2,shout,walk,"];

/** A CSV with `extra` columns before the items, one row per cell list of `ids`. */
const csv = (extra: string, ids: string[]) =>
  [`${extra},${ITEMS}`, ...ids.map((id, i) => `${id},${ANSWERS[i % 2]}`)].join("\n");

async function batch(dir: string, ...args: string[]) {
  const r = await runCli(["batch", team, "team.csv", "--format", "jsonl", ...args], { cwd: dir });
  const ids = (jsonLines(r.stdout) as { participant: string }[]).map((x) => x.participant);
  return { ...r, ids };
}

describe("--id-column", () => {
  it("takes the first of several names found, without case or accents", async () => {
    const dir = folderWith({ "team.csv": csv("NOM,Prenom", ["Durand,Ana", "Martin,Bruno"]) });
    const r = await batch(dir, "--id-column", "Nom et prénom,Prénom");
    expect(r.code).toBe(0);
    expect(r.ids).toEqual(["Ana", "Bruno"]);
    expect((await batch(dir, "--id-column", "Nom et prénom,nom")).ids).toEqual([
      "Durand",
      "Martin",
    ]);
  });

  it("lists the columns when none of the names is one, exit 1", async () => {
    const dir = folderWith({ "team.csv": csv("Horodateur,Nom", ["1,ana", "2,bo"]) });
    const r = await batch(dir, "--id-column", "Nom et prénom,Email");
    expect(r.code).toBe(1);
    expect(r.ids).toEqual([]);
    expect(r.stderr).toContain(
      'team.csv:1: no column "Nom et prénom" or "Email"; the columns are "Horodateur", "Nom", "c1", "c2", "c3", "c4", "a1", "a2", "a3", "s1" and 2 more (give one of them to --id-column, or several: --id-column "Full name,Name")\n',
    );
  });
});

describe("without --id-column", () => {
  it("takes ids from a column named respondent, and says so", async () => {
    const dir = folderWith({ "team.csv": csv("Respondent", ["ana", "bo"]) });
    const r = await batch(dir);
    expect(r.code).toBe(0);
    expect(r.ids).toEqual(["ana", "bo"]);
    expect(r.stderr).toBe(
      'team.csv:1: warning: participant ids taken from column "Respondent" (name another one with --id-column)\n' +
        "2 scored, 0 rejected, 0 flagged\n",
    );
  });

  it("prefers a name to an e-mail, whatever their order", async () => {
    const dir = folderWith({
      "team.csv": csv("Adresse e-mail,Nom", ["ana@x.fr,Ana", "bo@x.fr,Bo"]),
    });
    const r = await batch(dir, "--lang", "fr");
    expect(r.ids).toEqual(["Ana", "Bo"]);
    expect(r.stderr).toContain(
      "team.csv:1: attention : identifiants des personnes pris dans la colonne « Nom » (nommez-en une autre avec --id-column)\n",
    );
  });

  it("says nothing more for the participant column", async () => {
    const dir = folderWith({ "team.csv": csv("participant", ["ana", "bo"]) });
    expect((await batch(dir)).stderr).toBe("2 scored, 0 rejected, 0 flagged\n");
  });
});

describe("an anonymous Microsoft Forms export", () => {
  const forms = fixture("ms-anonymous.csv");

  it("takes the response ID by default", async () => {
    const r = await runCli(["batch", team, forms, "--format", "jsonl"]);
    expect(r.code).toBe(0);
    const ids = (jsonLines(r.stdout) as { participant: string }[]).map((x) => x.participant);
    expect(ids).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
  });

  it("scores everyone of an id column saying anonymous, with one hint instead of duplicates", async () => {
    const r = await runCli([
      "batch",
      team,
      forms,
      "--format",
      "jsonl",
      "--id-column",
      "Email,Adresse de messagerie",
    ]);
    expect(r.code).toBe(0);
    const ids = (jsonLines(r.stdout) as { participant: string }[]).map((x) => x.participant);
    expect(ids).toEqual(["row-2", "row-3", "row-4", "row-5", "row-6", "row-7", "row-8", "row-9"]);
    const hints = r.stderr.split("\n").filter((l) => l.includes(" says "));
    expect(hints).toEqual([
      `${forms}:2: warning: column "Adresse de messagerie" says "anonymous" instead of a name: these people are named by their row (row-N), not taken for one person (a form that records names or e-mails tells people apart; --id-column names another column)`,
    ]);
    expect(r.stderr).not.toContain("more than once");
    expect(r.stderr).toContain("8 scored, 0 rejected");
  });
});
