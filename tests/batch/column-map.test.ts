// `reflet batch --check` shows how each column is matched without scoring; `--columns-out`
// writes a starting map; `--columns map.yaml` settles the rest, every mistake in it a
// file:line:col error with a suggestion. Walked end to end as a coach would.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines } from "./helpers.ts";

const ID = ["--id-column", "Nom et prénom"];
const REWORDED = "4. Je vérifie qu’une demande que j’ai transmise a bien eu une réponse.";
const exportDir = () =>
  folderWith({ "export.csv": readFileSync(fixture("forms/google-numbered-fr.csv")) });

describe("a Google Forms export with numbered headers and one reworded question", () => {
  it("--check shows the mismatch, a column map fixes it, and batch scores everyone", async () => {
    const dir = exportDir();
    const check = await runCli(
      ["batch", "reclamations", "export.csv", ...ID, "--check", "--columns-out", "map.yaml"],
      { cwd: dir },
    );
    expect(check.code).toBe(1);
    const lines = check.stdout.split("\n");
    expect(lines[0]).toBe("export.csv: 32 of 33 questions have a column");
    expect(lines).toContain('  2  -  participant id  "Nom et prénom"');
    expect(lines).toContain(
      '  3  contexte  number  "1. Où êtes-vous surtout en contact avec les clients ?"',
    );
    expect(lines).toContain(`  6  -  unmatched  "${REWORDED}"`);
    expect(lines).toContain(
      '  26  rsc-accusation  order  "24. Quelle réaction vous ressemble le plus ?"',
    );
    expect(lines).toContain(
      '  28  rsc-refus.best  number  "26. Parmi ces réactions, laquelle est la plus probable chez vous, et laquelle la moins ? [le plus probable]"',
    );
    expect(lines).toContain(
      '  missing  pec-suivi  "Je m’assure qu’une demande que j’ai transmise a bien reçu une réponse."',
    );
    expect(check.stderr).toContain(`did you mean "${REWORDED}"?`);
    expect(check.stderr).toContain("written: map.yaml");
    // Nothing scored: no results on standard output but the listing.
    expect(check.stdout).not.toContain("schemaVersion");

    const map = readFileSync(join(dir, "map.yaml"), "utf8");
    const offered = `# "${REWORDED}": pec-suivi  # not matched: closest question pec-suivi`;
    expect(map).toContain(offered);
    expect(map).toContain(
      '"1. Où êtes-vous surtout en contact avec les clients ?": contexte  # matched by reflet (number)',
    );
    // The coach confirms the suggestion.
    writeFileSync(join(dir, "map.yaml"), map.replace(offered, `"${REWORDED}": pec-suivi`));

    const again = await runCli(
      ["batch", "reclamations", "export.csv", ...ID, "--check", "--columns", "map.yaml"],
      { cwd: dir },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`  6  pec-suivi  map  "${REWORDED}"`);

    const batch = await runCli(
      ["batch", "reclamations", "export.csv", ...ID, "--columns", "map.yaml", "--format", "jsonl"],
      { cwd: dir },
    );
    expect(batch.code).toBe(0);
    expect(batch.stderr).toContain("8 scored, 0 rejected");
    const people = (jsonLines(batch.stdout) as { participant: string }[]).map((r) => r.participant);
    expect(people).toHaveLength(8);
    expect(people[0]).toBe("Camille Roux");
  });

  it("--check says so in French, exit 0 when every question has its column", async () => {
    const dir = folderWith({ "grid.csv": readFileSync(fixture("forms/google-grid-fr.csv")) });
    const r = await runCli(
      ["batch", "reclamations", "grid.csv", ...ID, "--check", "--lang", "fr"],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("grid.csv : 33 questions sur 33 ont une colonne");
    expect(r.stdout).toMatch(/^ {2}4 {2}pec-mienne {2}grille {2}"Dans votre travail/m);
  });
});

describe("a column map with mistakes", () => {
  it("names an unknown item id at its line and column, with the nearest id, before reading", async () => {
    const dir = exportDir();
    writeFileSync(
      join(dir, "map.yaml"),
      `# map\n"1. Où êtes-vous surtout en contact avec les clients ?": contexte\n"${REWORDED}": pec-suivii\n`,
    );
    const r = await runCli(
      ["batch", "reclamations", "export.csv", ...ID, "--columns", "map.yaml", "--format", "jsonl"],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(
      `map.yaml:3:${REWORDED.length + 5}: "pec-suivii" is not a question of "reclamations" (did you mean pec-suivi?)`,
    );
  });

  it("names a header that is not in the file at its place in the map, with the nearest header", async () => {
    const dir = exportDir();
    writeFileSync(
      join(dir, "map.yaml"),
      '"4. Je vérifie qu’une demande transmise a bien eu une réponse": pec-suivi\n',
    );
    const r = await runCli(
      ["batch", "reclamations", "export.csv", ...ID, "--columns", "map.yaml", "--format", "jsonl"],
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `map.yaml:1:1: "4. Je vérifie qu’une demande transmise a bien eu une réponse" is not a column of export.csv (did you mean "${REWORDED}"?)`,
    );
    expect(r.stderr).toContain("0 scored, 8 rejected");
  });

  it("refuses a map that is not header: id lines, and a header given twice", async () => {
    const dir = exportDir();
    writeFileSync(join(dir, "list.yaml"), "- c1\n- c2\n");
    writeFileSync(join(dir, "twice.yaml"), '"Horodateur": contexte\n"horodateur ": latitude\n');
    const list = await runCli(["batch", "reclamations", "export.csv", "--columns", "list.yaml"], {
      cwd: dir,
    });
    expect(list.code).toBe(1);
    expect(list.stderr.trim()).toBe(
      'list.yaml:1:1: a column map is a list of header: item-id lines (for example "1. Je reste calme.": c1 (reflet batch --check --columns-out writes one))',
    );
    const twice = await runCli(["batch", "reclamations", "export.csv", "--columns", "twice.yaml"], {
      cwd: dir,
    });
    expect(twice.code).toBe(1);
    expect(twice.stderr.trim()).toBe(
      'twice.yaml:2:1: "horodateur" is already in the map, line 1 (keep one of them)',
    );
  });

  it("--columns-out never replaces an existing file without --force", async () => {
    const dir = exportDir();
    writeFileSync(join(dir, "map.yaml"), "# mine\n");
    const r = await runCli(["batch", "reclamations", "export.csv", "--columns-out", "map.yaml"], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, "map.yaml"), "utf8")).toBe("# mine\n");
    expect(r.stdout).toBe("");
  });
});
