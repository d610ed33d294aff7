// Wires the command table to commander. Nothing here does a command's work.
import { Command, CommanderError, Help, Option } from "commander";
import pkg from "../../package.json" with { type: "json" };
import { LANGS, type Lang, messagesFor } from "../i18n/lang.ts";
import type { Ctx } from "../io/context.ts";
import { sanitizeText } from "../term/sanitize.ts";
import { translateError, translateExtra, translateTitle } from "./commander-words.ts";
import { COMMANDS } from "./commands.ts";
import { EXIT, type ExitCode } from "./exit.ts";
import { cliMessages } from "./messages.ts";

export interface Program {
  program: Command;
  /** Set by the action that ran, once parsing is done. */
  exitCode(): ExitCode;
}

export function buildProgram(ctx: Ctx): Program {
  const m = messagesFor(ctx.lang, cliMessages);
  let code: ExitCode = EXIT.ok;
  const program = new Command("reflet")
    .description(m.description)
    .version(pkg.version, "-V, --version", m.versionOption)
    .helpOption("-h, --help", m.helpOption)
    .helpCommand("help [command]", m.helpCommand)
    .addOption(new Option("--lang <lang>", m.langOption).choices(LANGS))
    .option("--no-color", m.noColorOption)
    .option("--debug", m.debugOption)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
      outputError: (s, write) =>
        // The message quotes what the user typed, which may hold escape sequences.
        write(
          ctx.errColour.red(
            `${sanitizeText(translateError(s.trimEnd(), ctx.lang))} ${m.usageHint}\n`,
          ),
        ),
    })
    .configureHelp({
      sortSubcommands: false,
      showGlobalOptions: true,
      styleTitle: (title) => translateTitle(title, ctx.lang),
      optionDescription: (option) =>
        translateExtra(Help.prototype.optionDescription(option), ctx.lang),
      argumentDescription: (arg) =>
        translateExtra(Help.prototype.argumentDescription(arg), ctx.lang),
    });
  for (const spec of COMMANDS) {
    // program.command() copies exitOverride and output settings to the subcommand.
    const cmd = program.command(spec.name);
    spec.define(cmd, ctx.lang);
    cmd.action(async (...params: unknown[]) => {
      const self = params.at(-1) as Command;
      const { action } = await spec.load();
      code =
        (await action(ctx, self.processedArgs as unknown[], self.optsWithGlobals())) ?? EXIT.ok;
    });
  }
  return { program, exitCode: () => code };
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

const VALUE_OPTIONS = new Set(["--lang"]);
const FLAG_OPTIONS = new Set(["--no-color", "--debug"]);

/**
 * True when the arguments name no command and hold only global options: `reflet`,
 * `reflet --lang en`. Anything else (a command, --help, an unknown option) goes to commander.
 */
export function namesNoCommand(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!FLAG_OPTIONS.has(a) && !/^--lang=/.test(a)) return false;
  }
  return true;
}
