// An internal error (exit 70) is one line for the user; with --debug or REFLET_DEBUG=1 its stack
// trace names reflet's source files, through the source maps the build writes.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reflet, tempDir } from "../security/helpers.ts";

// Loaded before reflet: JSON.stringify fails, so `reflet schema` meets an error it cannot
// expect, as it would a bug of its own.
const breaker = join(tempDir(), "break-json.mjs");
writeFileSync(breaker, 'JSON.stringify = () => { throw new Error("forced failure"); };\n');
const schema = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  reflet(["schema", ...args], { preload: [breaker], env });

const SOURCE_FRAME = /\(\S*\/src\/commands\/schema\/index\.ts:\d+:\d+\)/;

describe("internal errors", () => {
  it("are one line without --debug, and exit 70", () => {
    const r = schema([]);
    expect(r.code).toBe(70);
    expect(r.stderr).toBe(
      "reflet: internal error: forced failure (run again with --debug for details, and report it)\n",
    );
  });

  it("show a stack trace naming src/…ts:line with --debug", () => {
    const r = schema(["--debug"]);
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(SOURCE_FRAME);
    expect(r.stderr).toMatch(/\(\S*\/src\/cli\/run\.ts:\d+:\d+\)/);
    // The program is mapped; only the entry, loaded before it turns the maps on, stays as built.
    expect(r.stderr).not.toMatch(/dist\/(?!main\.js)[\w-]+\.c?js:\d+/);
  });

  it("show the same trace with REFLET_DEBUG=1", () => {
    const r = schema([], { REFLET_DEBUG: "1" });
    expect(r.code).toBe(70);
    expect(r.stderr).toMatch(SOURCE_FRAME);
  });
});
