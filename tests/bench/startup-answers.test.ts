// The start-up bench scores an answers file it writes for a built-in questionnaire: that file
// must be one `reflet score` accepts, whatever kinds of item the questionnaire uses.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
// @ts-expect-error: the bench is plain JavaScript, without declarations.
import { answersFor, builtins } from "../../bench/lib/startup.mjs";
import { runCli } from "../cli/in-process.ts";

const root = join(import.meta.dirname, "../..");

describe("the start-up bench's answers files", () => {
  const { files } = builtins(root) as { files: string[] };
  it.each(files)("are scored for %s", async (file) => {
    const q = parse(readFileSync(file, "utf8"));
    const path = join(mkdtempSync(join(tmpdir(), "reflet-bench-answers-")), "answers.json");
    writeFileSync(path, JSON.stringify(answersFor(q)));
    const r = await runCli(["score", file, "--answers", path, "--format", "json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).questionnaire.id).toBe(q.id);
  });
});
