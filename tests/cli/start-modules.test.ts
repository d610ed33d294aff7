// What a start costs in Node's own modules: loading one takes milliseconds at every start
// here, so the program loads each only when a command uses it (scripts/bundle-plugins.mjs,
// src/cli/run.ts). A score from the caches, the most common scripted run, needs none of these.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bin, mini, tempDir } from "../security/helpers.ts";

const dir = tempDir();
const preload = join(dir, "modules.cjs");
writeFileSync(
  preload,
  `process.on("exit", () => require("node:fs").writeFileSync(process.env.MODULES_FILE, process.moduleLoadList.join("\\n")));`,
);
const questionnaire = join(dir, "mini.yaml");
writeFileSync(questionnaire, mini);
const answers = join(dir, "answers.json");
writeFileSync(
  answers,
  JSON.stringify({ questionnaire: "mini", answers: { c1: 4, c2: 2, c3: 5, s1: "a" } }),
);

/** Runs reflet with `args`, and gives what it wrote and the modules Node loaded. */
function modulesOf(args: string[], home: string): { out: string; modules: string[] } {
  const list = join(dir, "modules.txt");
  const r = spawnSync(process.execPath, ["--require", preload, bin, ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { PATH: process.env.PATH, REFLET_HOME: home, NO_COLOR: "1", MODULES_FILE: list },
  });
  expect(r.status, r.stderr).toBe(0);
  const modules = readFileSync(list, "utf8")
    .split("\n")
    .filter((m) => m.startsWith("NativeModule "))
    .map((m) => m.slice(13));
  return { out: r.stdout, modules };
}

/** The modules `reflet score` loads, from the third run on (the caches full). */
function scoreModules(): string[] {
  const home = tempDir("reflet-home-");
  const args = ["score", questionnaire, "--answers", answers, "--format", "json"];
  modulesOf(args, home);
  modulesOf(args, home);
  const { out, modules } = modulesOf(args, home);
  expect(JSON.parse(out).questionnaire.id).toBe("mini");
  return modules;
}

describe("a start", () => {
  it("loads no module the command does not use", () => {
    const modules = scoreModules();
    // The one a score needs is there: the list is what it seems.
    expect(modules).toContain("vm");
    // commander's subcommands in other files, V8's settings (batch), a terminal, the ES module
    // loader (the entry is CommonJS), standard input (read only by `--answers -`); hashes (the
    // caches are found and checked without them: src/load/text-key.ts, src/cli/code-cache.ts);
    // standard output's stream (a pipe's, with Node's network code: src/io/stdout.ts), and
    // streams at all.
    for (const unused of [
      "child_process",
      "v8",
      "tty",
      "internal/modules/esm/translators",
      "crypto",
      "net",
      "stream",
    ])
      expect(modules).not.toContain(unused);
    expect(modules).not.toContain("internal/fs/streams");
  });

  it("of a validate of a file just edited hashes nothing, and a score after it hashes once", () => {
    const home = tempDir("reflet-home-");
    const copy = join(tempDir(), "mini.yaml");
    const hashing = ["crypto", "internal/crypto/hash"];
    for (const edit of ["", "# edited\n"]) {
      writeFileSync(copy, `${mini}${edit}`);
      const { modules } = modulesOf(["validate", copy], home);
      // Checked in full: the YAML reader ran, V8's flags for a full check were set.
      expect(modules).toContain("v8");
      for (const m of hashing) expect(modules).not.toContain(m);
    }
    // The entry validate kept has no hash: the first score works it out, the next reads it.
    const args = ["score", copy, "--answers", answers, "--format", "json"];
    const first = modulesOf(args, home);
    expect(first.modules).toContain("crypto");
    const sha = createHash("sha256").update(readFileSync(copy)).digest("hex");
    expect(JSON.parse(first.out).questionnaire.hash).toBe(sha);
    const next = modulesOf(args, home);
    expect(JSON.parse(next.out).questionnaire.hash).toBe(sha);
    for (const m of hashing) expect(next.modules).not.toContain(m);
  });
});
