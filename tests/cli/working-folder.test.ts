// Relative paths are read from the command's own working folder (the Ctx's cwd), never from
// wherever the process happens to be: what an in-process run, or a program embedding reflet,
// relies on. The test process's folder is the repository, where none of these files exist.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root, tempDir } from "../security/helpers.ts";
import { runCli } from "./in-process.ts";

const mini = join(root, "tests/fixtures/mini.yaml");

function folder(): string {
  const dir = tempDir();
  copyFileSync(mini, join(dir, "q.yaml"));
  return dir;
}

describe("relative paths", () => {
  it("validate reads a relative questionnaire file from the working folder", async () => {
    const dir = folder();
    const r = await runCli(["validate", "q.yaml"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^q\.yaml: /);
  });

  it("validate names a missing file as it was typed", async () => {
    const r = await runCli(["validate", "absent.yaml"], { cwd: folder() });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^absent\.yaml: /);
  });

  it("score reads the questionnaire and the answers file from the working folder", async () => {
    const dir = folder();
    const tpl = await runCli(["template", "./q.yaml", "--format", "csv"], { cwd: dir });
    expect(tpl.code).toBe(0);
    // The template's header names the questions: answer the Likert ones (c1, c2, c3).
    const ids = (tpl.stdout.split(/\r?\n/)[0] ?? "").split(",").filter((id) => /^c\d$/.test(id));
    expect(ids).toEqual(["c1", "c2", "c3"]);
    const answers = Object.fromEntries(ids.map((id, i) => [id, i + 2]));
    writeFileSync(join(dir, "a.json"), JSON.stringify({ questionnaire: "mini", answers }));
    const r = await runCli(["score", "./q.yaml", "--answers", "a.json", "--format", "json"], {
      cwd: dir,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).answered).toBe(ids.length);
  });

  it("test (selftest) reads a relative questionnaire file from the working folder", async () => {
    const r = await runCli(["test", "q.yaml"], { cwd: folder() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/q\.yaml/);
  });
});
