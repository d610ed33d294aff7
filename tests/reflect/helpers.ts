// A command context without a terminal behind it, for the reflection steps driven by a
// scripted prompter: what goes to stderr is kept to be read.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import type { Lang } from "../../src/i18n/lang.ts";
import type { Ctx } from "../../src/io/context.ts";
import { makeColour } from "../../src/term/colour.ts";

export interface TestCtx extends Ctx {
  said: string[];
}

export function testCtx(env: Record<string, string>, lang: Lang = "en"): TestCtx {
  const said: string[] = [];
  const colour = makeColour({ isTTY: false, env: {}, flag: false });
  return {
    stdin: new PassThrough(),
    stdout: new PassThrough(),
    stderr: new PassThrough(),
    env: { TZ: "UTC", ...env },
    cwd: "/",
    lang,
    debug: false,
    colour,
    errColour: colour,
    outIsTTY: false,
    outColumns: undefined,
    interactive: false,
    out: () => {},
    err: (line) => void said.push(line),
    said,
  };
}

export const freshHome = () => join(mkdtempSync(join(tmpdir(), "reflet-reflect-")), "home");
