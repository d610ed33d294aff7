// Every question of the questionnaire has its column, or the file is not scored: a reworded
// question is named with the nearest headers, before any row; numbered headers and Forms
// grids are read like plain ones; columns sharing a text go by the questionnaire's order.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliRun, runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines } from "./helpers.ts";

const forms = (name: string) => readFileSync(fixture(`forms/${name}`));
const ID = ["--id-column", "Nom et prénom"];
const REWORDED = "Je vérifie qu’une demande que j’ai transmise a bien eu une réponse.";

interface Record {
  participant: string;
  source?: unknown;
  [key: string]: unknown;
}

/** The records of a batch, without where each came from. */
const records = (stdout: string) =>
  (jsonLines(stdout) as Record[]).map(({ source: _, ...rest }) => rest);

describe("a question without its column", () => {
  it("rejects the whole file before any row, naming the question and the nearest header", async () => {
    const dir = folderWith({
      "export.csv": forms("google-reworded-fr.csv"),
      "ids.csv": forms("by-id.csv"),
    });
    const r = await runCli(
      [
        "batch",
        "reclamations",
        "export.csv",
        "ids.csv",
        ...ID,
        "--format",
        "jsonl",
        "--lang",
        "fr",
      ],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("export.csv"));
    expect(lines).toEqual([
      `export.csv:1: attention : colonnes non lues : « ${REWORDED} »`,
      expect.stringMatching(/^export\.csv:1: attention : 4 colonnes « Quelle réaction/),
      `export.csv:1: aucune colonne pour la question pec-suivi « Je m’assure qu’une demande que j’ai transmise a bien reçu une réponse. » : rien de ce fichier n’est évalué (vouliez-vous dire « ${REWORDED} » ? nommez-la dans une table des colonnes : --columns table.yaml ; reflet batch --check liste toutes les colonnes)`,
    ]);
    // Nobody of that file is scored, each of them counted; the other file still goes.
    expect(new Set(records(r.stdout).map((x) => x.participant)).size).toBe(8);
    expect(
      jsonLines(r.stdout).every(
        (x) => (x as { source: { file: string } }).source.file === "ids.csv",
      ),
    ).toBe(true);
    expect(r.stderr).toContain("8 évalués, 8 rejetés");
  });

  it("says once, as a warning, that a free-text question has no column", async () => {
    const csv = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1\nann,5,1,4,2,5,1,4,listen,break\n";
    const r = await runCli(["batch", fixture("team.yaml"), "no-text.csv", "--format", "jsonl"], {
      cwd: folderWith({ "no-text.csv": csv }),
    });
    expect(r.stderr).toContain(
      "no-text.csv:1: warning: no column for the free-text question n1: not read (no score depends on them)",
    );
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });
});

describe("numbered headers and grids", () => {
  let byId: CliRun;
  beforeAll(async () => {
    byId = await runCli(["batch", "reclamations", "by-id.csv", ...ID, "--format", "jsonl"], {
      cwd: folderWith({ "by-id.csv": forms("by-id.csv") }),
    });
  });

  it.each([
    ["google-grid-fr.csv", "Google Forms: « 1. » numbers, grid rows « Title [Row] »"],
    ["microsoft-fr.csv", "Microsoft Forms: « Q3 - » numbers, « Title.Row » rows, ; and BOM"],
  ])("%s (%s) scores the same as headers by item id", async (name) => {
    const r = await runCli(["batch", "reclamations", name, ...ID, "--format", "jsonl"], {
      cwd: folderWith({ [name]: forms(name) }),
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("8 scored, 0 rejected");
    expect(records(r.stdout)).toEqual(records(byId.stdout));
    expect(records(r.stdout)).toHaveLength(8);
  });
});

describe("columns sharing one question text", () => {
  it("are matched in the questionnaire's order, said once; a cell that fits no option rejects its row only", async () => {
    const rows = parse(readFileSync(fixture("forms/google-grid-fr.csv"), "utf8")) as string[][];
    // Row 3's first scenario gets an answer of another scene: that person alone is rejected.
    const first = (rows[0] as string[]).findIndex((h) => h.includes("Quelle réaction"));
    (rows[2] as string[])[first] = "Je lui propose de régler la question moi-même, tout de suite.";
    const quote = (c: string) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
    const dir = folderWith({ "scenes.csv": rows.map((r) => r.map(quote).join(",")).join("\r\n") });
    const r = await runCli(["batch", "reclamations", "scenes.csv", ...ID, "--format", "jsonl"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    const said = r.stderr.split("\n").filter((l) => l.includes("matched by their order"));
    expect(said).toEqual([
      'scenes.csv:1: warning: 4 columns "Quelle réaction vous ressemble le plus ?" matched by their order in the questionnaire: rsc-accusation, rsc-retard, rsc-trente-secondes, rsc-responsable-ligne (if the form put them in another order, name them in a column map (--columns))',
    ]);
    expect(r.stderr).toMatch(
      /^scenes\.csv:3: column "\d+\. Quelle réaction vous ressemble le plus \?" \(rsc-accusation\)/m,
    );
    expect(r.stderr).toContain("7 scored, 1 rejected");
    expect(jsonLines(r.stdout)).toHaveLength(7);
  });
});
