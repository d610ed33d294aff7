// A wave that is a folder, not a file, is refused with one line in the user's language.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";

describe("compare: a wave that is not a file", () => {
  it.each([
    ["en", "reflet: wave: cannot be read (not a file)"],
    ["fr", "reflet : wave : illisible (pas un fichier)"],
  ])("is one line, in %s, and exit 1", async (lang, line) => {
    const cwd = mkdtempSync(join(tmpdir(), "reflet-compare-"));
    mkdirSync(join(cwd, "wave"));
    writeFileSync(join(cwd, "after.csv"), "participant\n");
    const r = await runCli(["compare", "wave", "after.csv", "--lang", lang], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd()).toBe(line);
  });
});
