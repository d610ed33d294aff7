// Entry point of the build. `--version` answers before anything else is loaded; the program
// itself is one CommonJS file beside this one (reflet.cjs), compiled from the code cache.
import { fileURLToPath } from "node:url";
import pkg from "../package.json" with { type: "json" };
import { loadBundle } from "./cli/code-cache.ts";
import { debugRequested } from "./cli/debug.ts";
import { writeVersion } from "./cli/version.ts";

const args = process.argv.slice(2);
// One rule for colour (src/term/colour.ts): a non-empty NO_COLOR wins over FORCE_COLOR, and an
// empty one means nothing (no-color.org). Node's own terminal code reads both when a prompt
// asks how many colours the terminal has, and warns that NO_COLOR is ignored: the variable that
// loses is dropped here, before anything reads them, so that Node agrees and stays quiet.
if (process.env.NO_COLOR) delete process.env.FORCE_COLOR;
else delete process.env.NO_COLOR;
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  writeVersion(pkg.version);
} else {
  const program = fileURLToPath(new URL("./reflet.cjs", import.meta.url));
  // A developer's stack trace names src/…ts:line through the maps the build writes: Node reads
  // them for a file it loads itself, so the program is then loaded without the code cache.
  // Off otherwise, as reading them costs start-up time.
  const debug = debugRequested(args, process.env);
  if (debug) {
    process.setSourceMapsEnabled(true);
    // The whole trace, down to the command line's entry: ten frames stop inside the libraries.
    Error.stackTraceLimit = 100;
  }
  const where = { env: process.env, cwd: process.cwd(), command: args[0] };
  const { runCli, processIo, outputsWritten } = loadBundle(
    program,
    debug ? null : where,
  ) as typeof import("./cli/run.ts");
  void runCli(args, processIo()).then(async (code) => {
    // After a signal nothing is worth waiting for: a read still pending on a terminal or a
    // device must not keep the process alive.
    if (code > 128) process.exit(code);
    // A failed standard output has already set the exit code (src/cli/run.ts); it stands.
    process.exitCode ??= code;
    // The command is done once what it wrote has left. Left to end by itself, Node would first
    // let V8 finish its work on a heap nothing will use again: tens of milliseconds after a
    // full check of a questionnaire.
    await outputsWritten();
    process.exit();
  });
}
