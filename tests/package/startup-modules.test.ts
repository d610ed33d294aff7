// What the commands people type most run before they answer. `score` with a JSON answers
// file and `validate` of files it checked before need neither the YAML library nor zod: both
// are imported only when a file has to be checked in full (src/load/answers-plain.ts,
// src/load/cache.ts); even then, the library only for a text reflet's quick reader leaves to
// it (src/load/yaml.ts), and zod only when that file is not valid (src/load/check.ts). A static
// import of either, anywhere on the way, would compile and run some 200 kB of code at every
// start. The program is one file (dist/reflet.cjs), so what is
// watched is whether their code starts (tests/package/libraries-watch.mjs), not which files load.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error: the bench is plain JavaScript, without declarations.
import { answersFor, builtins } from "../../bench/lib/startup.mjs";
import { fixture } from "../batch/helpers.ts";
import { reflet, root, tempDir } from "../security/helpers.ts";

const watch = join(import.meta.dirname, "libraries-watch.mjs");
const { files, main } = builtins(root);
const answers = join(tempDir(), "answers.json");
writeFileSync(answers, JSON.stringify(answersFor(main)));

/** The libraries that started during each run of `runs`, all in one data folder. */
function started(runs: string[][], code = 0): string[][] {
  const home = tempDir("reflet-home-");
  return runs.map((args) => {
    const file = join(tempDir(), "started");
    const r = reflet(args, {
      preload: [watch],
      env: { REFLET_HOME: home, REFLET_TEST_LIBRARIES_FILE: file },
    });
    expect(r.code, r.stderr).toBe(code);
    return readFileSync(file, "utf8").split("\n").filter(Boolean);
  });
}

describe("the libraries a command starts", () => {
  it("score with a JSON answers file starts neither the YAML reader nor zod", () => {
    const score = ["score", main.id, "--answers", answers, "--format", "json"];
    // The first run checks the built-in questionnaire in full and keeps it in the cache; its
    // plain YAML is read by the quick reader, and it is valid, so zod is not needed to say
    // what is wrong with it.
    const [first, again] = started([score, score]);
    expect(first).toEqual([]);
    expect(again).toEqual([]);
  });

  it("validate of files it checked before starts neither; list neither", () => {
    const [first, again, list] = started([
      ["validate", ...files],
      ["validate", ...files],
      ["list"],
    ]);
    expect(first).toEqual([]);
    expect(again).toEqual([]);
    expect(list).toEqual([]);
  });

  it("validate of a file the schema refuses starts zod, to say what is wrong", () => {
    const broken = join(root, "tests/fixtures/broken/schema-wrong-type.yaml");
    const [run] = started([["validate", broken]], 1);
    expect(run).toEqual(["zod"]);
  });

  it("validate of a file the quick reader leaves to the library starts the library", () => {
    // An anchor: YAML the quick reader does not read, valid all the same.
    const anchored = join(tempDir(), "anchored.yaml");
    const text = readFileSync(join(root, "questionnaires/reclamations.yaml"), "utf8");
    writeFileSync(anchored, text.replace(/^version: /m, "version: &v "));
    const broken = join(tempDir(), "broken.yaml");
    writeFileSync(broken, "id: [unclosed\n");
    const [valid] = started([["validate", anchored]]);
    const [refused] = started([["validate", broken]], 1);
    expect(valid).toEqual(["yaml"]);
    expect(refused).toEqual(["yaml"]);
  });

  it("a batch of a CSV starts neither; one of answers files starts zod, to check them", () => {
    const team = fixture("team.yaml");
    const [csv, files] = started([
      ["batch", team, fixture("team.csv"), "--format", "jsonl"],
      ["batch", team, fixture("answers/alice.yaml"), fixture("answers/bob.json")],
    ]);
    expect(csv).toEqual([]);
    expect(files).toContain("zod");
  });
});
