// Wires the command table to commander. Nothing here does a command's work.
import { Command, CommanderError, Help } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { closest } from "../i18n/closest.ts";
import { LANGS, type Lang, messagesFor } from "../i18n/lang.ts";
import type { Ctx } from "../io/context.ts";
import { invocation } from "../term/invocation.ts";
import { sanitizeText } from "../term/sanitize.ts";
import { wrap } from "../term/wrap.ts";
import { COMMANDS } from "./commands.ts";
import { EXIT, type ExitCode } from "./exit.ts";
import { cliMessages } from "./messages.ts";
import { defineOptions, longFlag, type OptionTable } from "./options.ts";

/**
 * commander's error as one line: its suggestion ("(Did you mean …?)", on a line of its own)
 * after the error; for an unknown command it has none for, the closest of `commands`.
 */
export function oneLineError(text: string, commands: readonly string[]): string {
  const unknown = /^error: unknown command '(.*)'$/.exec(text)?.[1];
  const like = unknown === undefined ? undefined : closest(unknown, commands);
  const suggested = like === undefined ? text : `${text}\n(Did you mean ${like}?)`;
  return suggested.replace(/\n\(Did you mean /, "\n(did you mean ");
}

/** The options every command takes, before or after its name. */
const GLOBAL_OPTIONS = {
  lang: {
    kind: "value",
    arg: "lang",
    choices: LANGS,
    help: {
      fr: "langue de reflet et du questionnaire : fr ou en",
      en: "language of reflet's words and of the questionnaire: fr or en",
    },
  },
  color: {
    kind: "negated",
    help: { fr: "sans couleur (aussi NO_COLOR=1)", en: "no colour (also NO_COLOR=1)" },
  },
  debug: {
    kind: "flag",
    help: {
      fr: "afficher la pile d’appels en cas d’erreur interne",
      en: "show a stack trace on internal errors",
    },
  },
} as const satisfies OptionTable;

export interface Program {
  program: Command;
  /** Set by the action that ran, once parsing is done. */
  exitCode(): ExitCode;
}

/**
 * The program, with every command; or, when `args` starts with a command's name, with that one
 * only: nothing else is reachable from there (a mistyped option is looked for among its own),
 * and defining the others' options and help would cost each start some milliseconds.
 */
export function buildProgram(ctx: Ctx, args: readonly string[] = []): Program {
  const m = messagesFor(ctx.lang, cliMessages);
  let code: ExitCode = EXIT.ok;
  const names = () => COMMANDS.map((c) => c.name);
  const program = new Command("reflet")
    .description(m.description)
    .version(pkg.version, "-V, --version", m.versionOption)
    .helpOption("-h, --help", m.helpOption)
    .helpCommand("help [command]", m.helpCommand)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => ctx.out(s),
      writeErr: (s) => ctx.stderr.write(s),
      // The help fits the terminal it is shown on (ctx's streams, not the process's).
      getOutHelpWidth: () => (ctx.stdout.isTTY && ctx.stdout.columns ? ctx.stdout.columns - 1 : 80),
      getErrHelpWidth: () => (ctx.stderr.isTTY && ctx.stderr.columns ? ctx.stderr.columns - 1 : 80),
      // The message quotes what the user typed, which may hold escape sequences; it is one
      // line, which ctx.err wraps on a terminal as every other message.
      outputError: (s) =>
        ctx.err(
          ctx.errColour.red(
            `${sanitizeText(oneLineError(s.trimEnd(), names()).split("\n").map(m.commanderError).join("\n")).replaceAll("\n", " ")} ${m.usageHint(invocation(ctx.env))}`,
          ),
        ),
    })
    .configureHelp({
      sortSubcommands: false,
      showGlobalOptions: true,
      styleTitle: m.helpTitle,
      optionDescription: (option) => m.helpExtra(Help.prototype.optionDescription(option)),
      argumentDescription: (arg) => m.helpExtra(Help.prototype.argumentDescription(arg)),
      formatItem: (term, termWidth, description, helper) =>
        ctx.stdout.isTTY
          ? itemOnTerminal(term, termWidth, description, helper)
          : Help.prototype.formatItem.call(helper, term, termWidth, description, helper),
    });
  defineOptions(program, GLOBAL_OPTIONS, ctx.lang);
  const named = COMMANDS.filter((c) => c.name === args[0]);
  for (const spec of named.length > 0 ? named : COMMANDS) {
    // program.command() copies exitOverride and output settings to the subcommand.
    const cmd = program.command(spec.name);
    spec.define(cmd, ctx.lang, {
      run: invocation(ctx.env),
      columns: () => ctx.outColumns,
    });
    cmd.action(async () => {
      code = (await spec.run(ctx, cmd)) ?? EXIT.ok;
    });
  }
  return { program, exitCode: () => code };
}

/** Columns a description needs beside its term; commander does not wrap narrower ones. */
const DESCRIPTION_MIN = 40;

/**
 * A command, option or argument of the help on a terminal: its description beside it when
 * there is room, under it otherwise, wrapped at words either way (commander leaves a
 * description too narrow to wrap as one long line, which the terminal then cuts).
 */
function itemOnTerminal(term: string, termWidth: number, description: string, helper: Help) {
  const width = helper.helpWidth ?? 80;
  if (!description || width - termWidth - 4 >= DESCRIPTION_MIN)
    return Help.prototype.formatItem.call(helper, term, termWidth, description, helper);
  const under = wrap(description, width, { first: "      ", rest: "      " });
  return [`  ${term}`, ...under].join("\n");
}

export function isCommanderExit(e: unknown): e is CommanderError {
  return e instanceof CommanderError;
}

/** The language asked for on the command line, read before commander parses (help is localised). */
export function langFlag(args: readonly string[]): string | undefined {
  for (const [i, a] of args.entries()) {
    if (a === "--") break;
    if (a === "--lang") return args[i + 1];
    if (a.startsWith("--lang=")) return a.slice("--lang=".length);
  }
  return undefined;
}

export type { Lang };

const GLOBAL_FLAGS = Object.entries(GLOBAL_OPTIONS).map(([key, def]) => ({
  long: longFlag(key, def),
  takesValue: def.kind === "value",
}));

/**
 * True when the arguments name no command and hold only global options: `reflet`,
 * `reflet --lang en`. Anything else (a command, --help, an unknown option) goes to commander.
 */
export function namesNoCommand(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const global = GLOBAL_FLAGS.find(
      (g) => a === g.long || (g.takesValue && a.startsWith(`${g.long}=`)),
    );
    if (!global) return false;
    if (global.takesValue && a === global.long) i++;
  }
  return true;
}
