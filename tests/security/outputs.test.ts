// batch never writes over what it reads, nor one output over another, nor an existing file
// without --force: every output is checked before the first row is read.
import {
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, folderWith } from "../batch/helpers.ts";
import { runCli } from "../cli/in-process.ts";
import { makeFifo, reflet } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const row = (id: string) => `${id},5,1,4,2,5,1,4,listen,break,`;
const CSV = [HEADER, row("alice"), row("bob"), row("team")].join("\n");
const ANSWERS = readFileSync(fixture("answers/alice.yaml"), "utf8");

/** A folder holding the inputs; returns it with a snapshot of every file in it. */
function workspace(extra: Record<string, string> = {}) {
  const dir = folderWith({
    "t.csv": CSV,
    "x.json": ANSWERS,
    "q.yaml": readFileSync(team, "utf8"),
    ...extra,
  });
  const snapshot = () =>
    Object.fromEntries(
      readdirSync(dir)
        .sort()
        .map((n) => [n, readFileSync(join(dir, n), "utf8")]),
    );
  return { dir, before: snapshot(), snapshot };
}

/** Exit 2, one line naming `a` and `b`, and not a byte changed in the folder. */
async function refused(args: string[], a: string, b: string, extra: Record<string, string> = {}) {
  const w = workspace(extra);
  const r = await runCli(["batch", ...args], { cwd: w.dir });
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(a);
  expect(lines[0]).toContain(b);
  expect(lines[0]).toMatch(/same file/);
  expect(w.snapshot()).toEqual(w.before);
}

describe("an output that is an input, or another output, is refused before anything is read", () => {
  it.each([
    ["--output is the CSV input", ["q.yaml", "t.csv", "--output", "t.csv"], "t.csv", "t.csv"],
    ["--errors is the CSV input", ["q.yaml", "t.csv", "--errors", "t.csv"], "t.csv", "t.csv"],
    ["--summary is an input", ["q.yaml", "x.json", "--summary", "x.json"], "x.json", "x.json"],
    [
      "--summary's JSON twin is an input",
      ["q.yaml", "x.json", "--summary", "x.md"],
      "x.json",
      "x.json",
    ],
    [
      "--output is the questionnaire",
      ["q.yaml", "t.csv", "--output", "q.yaml"],
      "q.yaml",
      "q.yaml",
    ],
    [
      "--output is the key",
      ["q.yaml", "t.csv", "--key-file", "k.key", "--output", "k.key"],
      "k.key",
      "input",
    ],
    [
      "--output is the summary's twin",
      ["q.yaml", "t.csv", "--output", "r.json", "--summary", "r.html"],
      "r.json",
      "--output",
    ],
    [
      "--errors is --output",
      ["q.yaml", "t.csv", "--output", "r.csv", "--errors", "r.csv"],
      "--errors",
      "--output",
    ],
    [
      "--summary is --errors",
      ["q.yaml", "t.csv", "--errors", "s.json", "--summary", "s.json"],
      "--summary",
      "--errors",
    ],
    [
      "--summary's twin is --errors",
      ["q.yaml", "t.csv", "--errors", "s.json", "--summary", "s.md"],
      "--summary",
      "--errors",
    ],
    [
      "--reports is --output",
      ["q.yaml", "t.csv", "--output", "r", "--reports", "r"],
      "--reports",
      "--output",
    ],
  ])("%s", async (_, args, a, b) =>
    refused(args as string[], a as string, b as string, { "k.key": "a shared key, long enough\n" }),
  );

  it("sees an input inside an input folder, and through another path to it", async () => {
    const w = workspace();
    mkdirSync(join(w.dir, "in"));
    writeFileSync(join(w.dir, "in/alice.yaml"), ANSWERS);
    const r = await runCli(["batch", team, "in", "--output", "./in/../in/alice.yaml"], {
      cwd: w.dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/in\/alice\.yaml.*same file/);
    expect(readFileSync(join(w.dir, "in/alice.yaml"), "utf8")).toBe(ANSWERS);
  });

  it("sees the same file through a hard link and a symbolic link", async () => {
    const w = workspace();
    linkSync(join(w.dir, "t.csv"), join(w.dir, "hard.csv"));
    symlinkSync(join(w.dir, "t.csv"), join(w.dir, "soft.csv"));
    for (const out of ["hard.csv", "soft.csv"]) {
      const r = await runCli(["batch", team, "t.csv", "--errors", out, "--force"], { cwd: w.dir });
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toMatch(
        new RegExp(`^reflet: ${out} \\(--errors\\) and t.csv \\(input\\) are the same file`),
      );
      expect(readFileSync(join(w.dir, "t.csv"), "utf8")).toBe(CSV);
    }
  });

  it("checks before reading: an input that would block forever is never opened", async () => {
    const w = workspace();
    makeFifo(join(w.dir, "pipe.csv"));
    const r = reflet(["batch", team, "pipe.csv", "--output", "pipe.csv"], {
      cwd: w.dir,
      timeout: 20_000,
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
  });

  it("gives a report whose name is the summary's another name", async () => {
    const w = workspace();
    const r = await runCli(
      ["batch", team, "t.csv", "--reports", "out", "--summary", "out/team.html"],
      {
        cwd: w.dir,
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(w.dir, "out")).sort()).toEqual([
      "alice.html",
      "bob.html",
      "team-2.html",
      "team.html",
      "team.json",
    ]);
    // The summary is the summary; the participant "team" has a report of their own.
    expect(readFileSync(join(w.dir, "out/team.html"), "utf8")).not.toBe(
      readFileSync(join(w.dir, "out/team-2.html"), "utf8"),
    );
    expect(r.stderr).toContain("3 reports");
  });
});

describe("an existing file is replaced only with --force", () => {
  it.each([
    ["--output", "r.csv", ["r.csv"]],
    ["--errors", "e.jsonl", ["e.jsonl"]],
    ["--summary", "s.md", ["s.md"]],
    ["--summary", "s.md", ["s.json"]],
  ])("%s %s when %j exists", async (flag, file, existing) => {
    const extra = Object.fromEntries(existing.map((n) => [n, "precious\n"]));
    const w = workspace(extra);
    const r = await runCli(["batch", team, "t.csv", flag, file], { cwd: w.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^reflet: \S+: the file exists \(use --force to replace it\)$/);
    expect(w.snapshot()).toEqual(w.before);
    const forced = await runCli(["batch", team, "t.csv", flag, file, "--force"], { cwd: w.dir });
    expect(forced.code, forced.stderr).toBe(0);
    for (const n of existing) expect(readFileSync(join(w.dir, n), "utf8")).not.toBe("precious\n");
  });
});

describe("a reports folder holding reports of another run", () => {
  it("is refused, and used with --force; a folder of other files is fine", async () => {
    const w = workspace();
    const args = ["batch", team, "t.csv", "--reports", "out"];
    mkdirSync(join(w.dir, "out"));
    writeFileSync(join(w.dir, "out/notes.txt"), "mine\n");
    expect((await runCli(args, { cwd: w.dir })).code).toBe(0);
    writeFileSync(join(w.dir, "out/alice.html"), "an older report\n");
    const again = await runCli(args, { cwd: w.dir });
    expect(again.code).toBe(2);
    expect(again.stderr.trim()).toBe(
      "reflet: out: already holds 3 reports of another run (use an empty folder, or --force to add to them)",
    );
    expect(readFileSync(join(w.dir, "out/alice.html"), "utf8")).toBe("an older report\n");
    const forced = await runCli([...args, "--force"], { cwd: w.dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(w.dir, "out/alice.html"), "utf8")).not.toBe("an older report\n");
    expect(readFileSync(join(w.dir, "out/notes.txt"), "utf8")).toBe("mine\n");
  });

  it("a file given as the reports folder is refused at once", async () => {
    const w = workspace();
    const r = await runCli(["batch", team, "t.csv", "--reports", "x.json"], { cwd: w.dir });
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("reflet: x.json: is not a folder (give a folder for the reports)");
  });
});

describe("an output that cannot be written is said at once, in one line", () => {
  it("a folder given as --output", async () => {
    const w = workspace();
    mkdirSync(join(w.dir, "d"));
    makeFifo(join(w.dir, "never.csv"));
    // The FIFO has no writer: had the batch started, it would wait forever.
    const r = reflet(["batch", team, "never.csv", "--output", "d"], {
      cwd: w.dir,
      timeout: 20_000,
    });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      "reflet: d: cannot write (it is a folder; give a file name, EISDIR)",
    );
    expect(readdirSync(join(w.dir, "d"))).toEqual([]);
  });

  it("a file in the way of the output's folder", async () => {
    const w = workspace();
    const r = await runCli(["batch", team, "t.csv", "--errors", "t.csv/e.jsonl"], { cwd: w.dir });
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      "reflet: t.csv/e.jsonl: cannot write (a file is in the way of its folder, ENOTDIR)",
    );
    expect(w.snapshot()).toEqual(w.before);
  });

  it("says it in French too", async () => {
    const w = workspace();
    const r = await runCli(["batch", team, "t.csv", "--output", "t.csv", "--lang", "fr"], {
      cwd: w.dir,
    });
    expect(r.stderr.trim()).toBe(
      "reflet : t.csv (--output) et t.csv (entrée) sont le même fichier (choisissez un autre nom)",
    );
  });
});
