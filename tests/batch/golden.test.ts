// Reports and summaries compared with golden files in tests/golden/batch/. After a wanted
// change, UPDATE_GOLDEN=1 npx vitest run tests/batch/golden.test.ts rewrites them: read the
// diff before committing it.
import { cpSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, golden, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");

/** The answers files, copied with one date: a report says when the answers were given. */
function answersOfOneDay(): string {
  const dir = join(tempDir(), "answers");
  cpSync(fixture("answers"), dir, { recursive: true });
  const day = new Date("2026-03-14T12:00:00Z");
  for (const f of ["alice.yaml", "bob.json", "carol.yaml"]) utimesSync(join(dir, f), day, day);
  return dir;
}

function compare(produced: string, name: string): void {
  const text = readFileSync(produced, "utf8");
  const file = join(golden, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(golden, { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text, name).toBe(readFileSync(file, "utf8"));
}

describe("per-person reports", () => {
  it("as HTML, with notes, in each answers file's language", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["batch", team, answersOfOneDay(), "--reports", "out", "--include-notes"],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(0);
    for (const who of ["alice", "bob", "carol"])
      compare(join(dir, "out", `${who}.html`), `report-${who}.html`);
  });

  it("as Markdown, without notes", async () => {
    const dir = tempDir();
    await runCli(
      ["batch", team, answersOfOneDay(), "--reports", "out", "--report-format", "markdown"],
      {
        cwd: dir,
      },
    );
    for (const who of ["alice", "bob", "carol"])
      compare(join(dir, "out", `${who}.md`), `report-${who}.md`);
  });
});

describe("team summaries", () => {
  it("as HTML and its JSON twin, with notes", async () => {
    const dir = tempDir();
    const r = await runCli(
      ["batch", team, fixture("team.csv"), "--summary", "team.html", "--include-notes"],
      { cwd: dir },
    );
    expect(r.code).toBe(0);
    compare(join(dir, "team.html"), "summary.html");
    compare(join(dir, "team.json"), "summary.json");
  });

  it("as Markdown, in French", async () => {
    const dir = tempDir();
    await runCli(["batch", team, fixture("team.csv"), "--summary", "equipe.md", "--lang", "fr"], {
      cwd: dir,
    });
    compare(join(dir, "equipe.md"), "summary.fr.md");
  });

  it("as Markdown, withheld for a small group", async () => {
    const dir = tempDir();
    await runCli(["batch", team, fixture("ids.csv"), "--summary", "small.md"], { cwd: dir });
    compare(join(dir, "small.md"), "summary-small.md");
  });
});

describe("pages", () => {
  it("need nothing from the network", () => {
    for (const name of ["report-alice.html", "summary.html"]) {
      const html = readFileSync(join(golden, name), "utf8");
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain("default-src 'none'");
      expect(html).not.toMatch(/(src|href)=|url\(|@import|<script/i);
      expect(html).toContain("<svg");
    }
  });
});
