// The one error boundary: commands throw, this turns what they throw into a message and an exit code.
import { detectLang, messagesFor } from "../i18n/lang.ts";
import { BadClock } from "../io/clock.ts";
import type { Ctx, Io } from "../io/context.ts";
import { describeWriteError, describeWriteFailure, stdoutName } from "../io/messages.ts";
import { OutputClashError } from "../io/outputs.ts";
import { type DirectOut, directOut } from "../io/stdout.ts";
import { WriteError } from "../io/write.ts";
import { checkedInFullThisRun } from "../load/full-checks.ts";
import { formatProblem, ProblemsError, UnknownQuestionnaireError } from "../load/problem.ts";
import { describeStoreError, StoreError } from "../store/errors.ts";
import { type Colour, makeColour } from "../term/colour.ts";
import { invocation } from "../term/invocation.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { wrapMessage } from "../term/wrap.ts";
import { debugRequested } from "./debug.ts";
import { EXIT, type ExitCode, ExitError } from "./exit.ts";
import { cliMessages } from "./messages.ts";
import { buildProgram, isCommanderExit, langFlag, namesNoCommand } from "./program.ts";

/**
 * Whether the code this run compiled is worth keeping for the next start of its command
 * (src/cli/code-cache.ts). Not when a questionnaire had to be checked in full, as on the first
 * run after an install: that run compiles the YAML reader and the schema, which the runs after
 * it, answered from the questionnaire cache, never use, and V8 would load them at each start.
 * `validate` checks in full by design, and keeps its code.
 */
export const codeWorthKeeping = (): boolean => !checkedInFullThisRun();

/** Standard error, once a command has used it (see processIo). */
let stderrMade: Io["stderr"] | undefined;
/** Standard output, written straight to its descriptor until a command takes its stream. */
let stdoutDirect: DirectOut | undefined;

/**
 * Resolves when what was written to standard output and error has been handed to the system
 * (a pipe on macOS or a terminal on Windows takes writes in the background), after any error
 * of theirs has been told (processIo's handlers): then the process may end. Writes made
 * straight to the descriptor are already there.
 */
export async function outputsWritten(): Promise<void> {
  const made = stdoutDirect ? stdoutDirect.made() : process.stdout;
  const streams = [...(made ? [made] : []), ...(stderrMade ? [stderrMade] : [])];
  await Promise.all(streams.map((s) => new Promise<void>((done) => s.write("", () => done()))));
}

export function processIo(): Io {
  // A closed pipe (`reflet list | head -1`): the reader has what it wanted; end quietly.
  const quietOnEpipe = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  };
  // Anything else on stdout (a full disk, `> /dev/full`) is said once, and the exit code is 1.
  // A stream's writes fail after they return, so its error event is where it is known; a batch
  // writing to stdout also stops (src/io/stream.ts) and ends with this one line.
  let told = false;
  const stdoutFailed = (e: NodeJS.ErrnoException) => {
    quietOnEpipe(e);
    process.exitCode = EXIT.invalid;
    if (told) return;
    told = true;
    const lang = detectLang(langFlag(process.argv.slice(2)), process.env);
    process.stderr.write(`${describeWriteFailure(stdoutName(lang), e.code ?? String(e), lang)}\n`);
  };
  const stdout = directOut(1, () => process.stdout, stdoutFailed);
  stdoutDirect = stdout;
  return {
    // Standard input, output and error streams are made when first used: each costs a start
    // some milliseconds (a stream of its kind, with Node's file, pipe or terminal code), and
    // most runs read no input, write their output once and have nothing to say on standard
    // error.
    get stdin() {
      return process.stdin;
    },
    get stdout() {
      return stdout.stream();
    },
    get stderr() {
      if (stderrMade === undefined) {
        stderrMade = process.stderr;
        // stderr failing leaves nowhere to say anything: the exit code says it.
        stderrMade.on("error", quietOnEpipe);
      }
      return stderrMade;
    },
    env: process.env,
    cwd: process.cwd(),
    writeOut: stdout.write,
    stdoutIsTTY: stdout.isTTY,
  };
}

/** On a terminal, a message wraps at words to its width (commands kept whole); elsewhere it stays one line. */
function onTerminal(line: string, stream: Io["stderr"]): string {
  const columns = stream.isTTY === true ? stream.columns : undefined;
  return columns !== undefined && columns > 0 ? wrapMessage(line, columns).join("\n") : line;
}

export function makeCtx(io: Io, args: readonly string[]): Ctx {
  const noColor = args.includes("--no-color");
  const lang = detectLang(langFlag(args), io.env);
  const outIsTTY = () => (io.stdoutIsTTY ? io.stdoutIsTTY() : io.stdout.isTTY === true);
  let colour: Colour | undefined;
  let errColour: Colour | undefined;
  // Not spread from `io`: that would make its streams (see processIo) now.
  return {
    get stdin() {
      return io.stdin;
    },
    get stdout() {
      return io.stdout;
    },
    get stderr() {
      return io.stderr;
    },
    env: io.env,
    cwd: io.cwd,
    lang,
    debug: debugRequested(args, io.env),
    get colour() {
      colour ??= makeColour({ isTTY: outIsTTY, env: io.env, flag: !noColor });
      return colour;
    },
    get errColour() {
      errColour ??= makeColour({
        isTTY: () => io.stderr.isTTY === true,
        env: io.env,
        flag: !noColor,
      });
      return errColour;
    },
    get outIsTTY() {
      return outIsTTY();
    },
    get outColumns() {
      return outIsTTY() ? io.stdout.columns : undefined;
    },
    get interactive() {
      return outIsTTY() && io.stdin.isTTY === true;
    },
    out: (text) => (io.writeOut ? io.writeOut(text) : void io.stdout.write(text)),
    err: (line) => void io.stderr.write(`${onTerminal(line, io.stderr)}\n`),
  };
}

export async function runCli(args: string[], io: Io): Promise<ExitCode> {
  const ctx = makeCtx(io, args);
  const m = messagesFor(ctx.lang, cliMessages);
  const { program, exitCode } = buildProgram(ctx, args);
  try {
    if (namesNoCommand(args)) {
      // `reflet` alone: the menu on a terminal; with input from a pipe or a file, no menu can be
      // answered (docs/cli.md): one line and exit 2; on a terminal whose output is redirected,
      // the help.
      program.parseOptions(args);
      if (ctx.stdin.isTTY !== true) {
        ctx.err(m.menuNeedsTerminal(invocation(ctx.env)));
        return EXIT.usage;
      }
      if (!ctx.interactive) {
        program.outputHelp();
        return EXIT.ok;
      }
      const { menu } = await import("../commands/run/menu.ts");
      return await menu(ctx);
    }
    await program.parseAsync(args, { from: "user" });
    return exitCode();
  } catch (e) {
    return report(e, ctx, m);
  }
}

function report(e: unknown, ctx: Ctx, m: (typeof cliMessages)["en"]): ExitCode {
  if (isCommanderExit(e)) {
    // Help and version end with code 0; anything else commander rejects is a usage error.
    return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (e instanceof ProblemsError) {
    for (const p of e.problems) ctx.err(formatProblem(p));
    return EXIT.invalid;
  }
  // A questionnaire named on the command line that is not there: the command line is wrong.
  if (e instanceof UnknownQuestionnaireError) {
    ctx.err(e.line);
    return EXIT.usage;
  }
  // Outputs that would overwrite an input or each other: the command line is wrong.
  if (e instanceof OutputClashError) {
    ctx.err(e.line);
    return EXIT.usage;
  }
  if (e instanceof ExitError) {
    for (const line of e.lines) ctx.err(line);
    return e.code;
  }
  // An output that cannot be written (a full disk, a folder given for a file): not a bug.
  if (e instanceof WriteError) {
    ctx.err(describeWriteError(e, ctx.lang));
    return EXIT.invalid;
  }
  // The data folder missing, read-only or full: the person can fix it, it is not a bug.
  if (e instanceof StoreError) {
    ctx.err(describeStoreError(e, ctx.lang));
    return EXIT.usage;
  }
  if (e instanceof BadClock) {
    ctx.err(sanitizeLine(m.badClock(e.value)));
    return EXIT.usage;
  }
  const error = e instanceof Error ? e : new Error(String(e));
  ctx.err(sanitizeLine(m.internal(error.message)));
  if (ctx.debug && error.stack) ctx.err(error.stack);
  return EXIT.internal;
}
