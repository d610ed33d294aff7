// Entry point of the bundle. `--version` answers before anything else is loaded.
import nodeModule from "node:module";
import pkg from "../package.json" with { type: "json" };
import { debugRequested } from "./cli/debug.ts";

const args = process.argv.slice(2);
// One rule for colour (src/term/colour.ts): a non-empty NO_COLOR wins over FORCE_COLOR, and an
// empty one means nothing (no-color.org). Node's own terminal code reads both when a prompt
// asks how many colours the terminal has, and warns that NO_COLOR is ignored: the variable that
// loses is dropped here, before anything reads them, so that Node agrees and stays quiet.
if (process.env.NO_COLOR) delete process.env.FORCE_COLOR;
else delete process.env.NO_COLOR;
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  // Node 22.1 and later keep the compiled bundle between runs (in the system's temporary
  // folder, or NODE_COMPILE_CACHE); older versions simply compile it each time.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  // A developer's stack trace names src/…ts:line through the maps the build writes. Turned on
  // before the rest of the bundle loads, so that every chunk's map is read; off otherwise, as
  // reading them costs start-up time.
  if (debugRequested(args, process.env)) {
    process.setSourceMapsEnabled(true);
    // The whole trace, down to the command line's entry: ten frames stop inside the libraries.
    Error.stackTraceLimit = 100;
  }
  const { runCli, processIo } = await import("./cli/run.ts");
  const code = await runCli(args, processIo());
  // After a signal nothing is worth waiting for: a read still pending on a terminal or a
  // device must not keep the process alive.
  if (code > 128) process.exit(code);
  // A failed standard output has already set the exit code (src/cli/run.ts); it stands.
  process.exitCode ??= code;
}
