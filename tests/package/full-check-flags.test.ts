// A full check of a questionnaire runs with V8's optimising compiler off and its young
// generation kept at its size (src/io/v8-flags.ts), and both are as they were after it: a
// batch's rows, which need the compiler and their own heap settings, come after the check.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture } from "../batch/helpers.ts";
import { folderWith, reflet, root, tempDir } from "../security/helpers.ts";

const watch = join(import.meta.dirname, "v8-flags-watch.mjs");

/** The flags each of `runs` set, and when the YAML reader started, all in one data folder. */
function flagsOf(runs: { args: string[]; cwd?: string }[]): string[][] {
  const home = tempDir("reflet-home-");
  return runs.map(({ args, cwd }) => {
    const file = join(tempDir(), "flags");
    const r = reflet(args, {
      ...(cwd !== undefined ? { cwd } : {}),
      preload: [watch],
      env: { REFLET_HOME: home, REFLET_TEST_FLAGS_FILE: file },
    });
    expect(r.code, r.stderr).toBe(0);
    return readFileSync(file, "utf8").split("\n").filter(Boolean);
  });
}

describe("V8's optimising compiler during a full check", () => {
  it("validate: off while a file is read and checked, on again after; a cached file sets nothing", () => {
    // An anchor: read by the YAML library (src/load/yaml.ts), whose start the watch notes.
    const copy = join(tempDir(), "q.yaml");
    const text = readFileSync(join(root, "questionnaires/reclamations.yaml"), "utf8");
    writeFileSync(copy, text.replace(/^version: /m, "version: &v "));
    const [first = [], again = []] = flagsOf([
      { args: ["validate", copy] },
      { args: ["validate", copy] },
    ]);
    // Then, at exit, every flag back to its default before the run's code is kept.
    expect(first.slice(0, 5)).toEqual([
      "--no-opt",
      "--semi-space-growth-factor=1",
      "yaml",
      "--opt",
      "--semi-space-growth-factor=2",
    ]);
    expect(first.slice(5)).not.toContain("--no-opt");
    expect(again).toEqual([]);
  });

  it("batch: the questionnaire's check without it, the rows with it", () => {
    const csv = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\nzoe,5,1,4,2,5,1,4,listen,break,\n";
    const dir = folderWith({ "t.csv": csv });
    const [batch = []] = flagsOf([{ args: ["batch", fixture("team.yaml"), "t.csv"], cwd: dir }]);
    // The heap's flags first (batch/heap.ts), then the check; the rows are read after it.
    // The heap's growth factor is given back after the check (a row this small never makes
    // the young generation grow, so it is not held: batch/heap.ts).
    expect(batch.filter((e) => e !== "yaml")).toEqual([
      "--semi-space-growth-factor=4",
      "--heap-growing-percent=30",
      "--no-opt",
      "--semi-space-growth-factor=1",
      "--opt",
      "--semi-space-growth-factor=4",
    ]);
  });
});
