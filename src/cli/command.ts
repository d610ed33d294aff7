// A command is declared as data: its arguments and options in one typed table, its help texts in
// both languages. The table gives commander its arguments and options (cli/options.ts) and gives
// the action the types of what it receives. The action is loaded only when the command runs.
import type { Command } from "commander";
import type { Bilingual, Lang } from "../i18n/lang.ts";
import type { Ctx } from "../io/context.ts";
import { COMMAND_SPAN, wrap } from "../term/wrap.ts";
import type { ExitCode } from "./exit.ts";
import { cliMessages } from "./messages.ts";
import type { ArgDef, ArgsOf, OptionsOf, OptionTable } from "./options.ts";
import { defineArguments, defineOptions, readArguments, readOptions } from "./options.ts";

export interface CommandTable<O extends OptionTable, A extends readonly ArgDef[]> {
  name: string;
  description: Bilingual;
  /** The usage line, when commander's own would not say how the arguments combine. */
  usage?: Bilingual;
  args: A;
  options: O;
  /** Help text between the options and the examples. */
  notes?: Bilingual;
  /** Example command lines; one list when they read the same in both languages. */
  examples: Bilingual<readonly string[]> | readonly string[];
  /** Help text after the examples. */
  footnote?: Bilingual;
}

/** Runs the command on its own arguments and options; returns its exit code (0 when nothing). */
export type Action<T> =
  T extends CommandTable<infer O, infer A>
    ? (ctx: Ctx, args: ArgsOf<A>, opts: OptionsOf<O>) => Promise<ExitCode | undefined>
    : never;

/** The options a command's action receives, for the helpers it hands them to. */
export type OptionsFor<T> =
  T extends CommandTable<infer O, readonly ArgDef[]> ? OptionsOf<O> : never;

/** What the program needs of a command: its name, its help, and a way to run it. */
export interface CommandSpec {
  name: string;
  /** Adds the command's arguments, options, description and help texts. */
  define(cmd: Command, lang: Lang, here?: HelpPlace): void;
  /** Loads the action and runs it on what commander parsed. */
  run(ctx: Ctx, cmd: Command): Promise<ExitCode | undefined>;
}

/** Keeps the table's literal types (choices, argument shapes) for the action's signature. */
export function commandTable<const O extends OptionTable, const A extends readonly ArgDef[]>(
  table: CommandTable<O, A>,
): CommandTable<O, A> {
  return table;
}

export function command<O extends OptionTable, A extends readonly ArgDef[]>(
  table: CommandTable<O, A>,
  load: () => Promise<{ action: NoInfer<Action<CommandTable<O, A>>> }>,
): CommandSpec {
  return {
    name: table.name,
    define(cmd, lang, here) {
      cmd.description(table.description[lang]);
      if (table.usage) cmd.usage(table.usage[lang]);
      defineArguments(cmd, table.args, lang);
      defineOptions(cmd, table.options, lang);
      const notes = table.notes;
      if (notes) cmd.addHelpText("after", () => `\n${fitText(notes[lang], here)}`);
      examples(cmd, lang, isList(table.examples) ? table.examples : table.examples[lang], here);
      const footnote = table.footnote;
      if (footnote) cmd.addHelpText("after", () => `\n${fitText(footnote[lang], here)}`);
    },
    async run(ctx, cmd) {
      const { action } = await load();
      const args = readArguments(table.args, cmd.processedArgs);
      const opts = readOptions(table.options, cmd.opts());
      // The conditional type is resolved for each table; here it is the same function type.
      const run = action as (
        ctx: Ctx,
        args: unknown,
        opts: unknown,
      ) => Promise<ExitCode | undefined>;
      return run(ctx, args, opts);
    },
  };
}

const isList = (x: Bilingual<readonly string[]> | readonly string[]): x is readonly string[] =>
  Array.isArray(x);

/** Where the help is shown. */
export interface HelpPlace {
  /** How reflet is started here: `reflet`, or `npx reflet` when none is installed. */
  run: string;
  /** The terminal's width when the help goes to one, read when it is shown. */
  columns(): number | undefined;
}

/**
 * The examples block at the end of a command's help. They are written with `reflet`; each is
 * shown as it can be typed here (`npx reflet …` when no `reflet` command is installed). On a
 * terminal too narrow for an example, its comment goes on the line above and the command
 * continues on the next lines after a ` \`, as a shell reads it: it can still be copied whole.
 */
export function examples(
  cmd: Command,
  lang: Lang,
  lines: readonly string[],
  here: HelpPlace = { run: "reflet", columns: () => undefined },
): void {
  cmd.addHelpText("after", () => {
    const typed = lines.map((l) => l.replace(/\breflet (?=[a-z])/g, `${here.run} `));
    const columns = here.columns();
    const shown = columns ? typed.flatMap((l) => fitExample(l, columns - 1)) : typed;
    return `\n${cliMessages[lang].examplesTitle}\n${shown.map((l) => `  ${l}`).join("\n")}`;
  });
}

/** A note of the help, on a terminal: each line wrapped at words, under its own indent. */
function fitText(text: string, here?: HelpPlace): string {
  const columns = here?.columns();
  if (!columns) return text;
  return text
    .split("\n")
    .flatMap((line) => {
      const indent = /^ */.exec(line)?.[0] ?? "";
      const rest = indent + (/^ *[-•] /.test(line) ? "  " : "");
      return wrap(line.trim(), columns - 1, { first: indent, rest, keep: COMMAND_SPAN });
    })
    .join("\n");
}

/** An example within `width` columns (its two-space indent included). */
function fitExample(line: string, width: number): string[] {
  if (line.length + 2 <= width) return [line];
  const hash = line.search(/\s#\s/);
  const command = (hash < 0 ? line : line.slice(0, hash)).trimEnd();
  const comment = hash < 0 ? [] : [line.slice(hash).trim()];
  const out: string[] = [];
  let current = "";
  // An option stays with its value: lines break before options, where they can.
  const units: string[] = [];
  for (const word of command.split(" ")) {
    const last = units.at(-1);
    if (last?.startsWith("-") && !last.includes(" ") && !word.startsWith("-"))
      units[units.length - 1] = `${last} ${word}`;
    else units.push(word);
  }
  for (const word of units) {
    // Room for the indent, and for the « \ » that continues a line.
    if (current && current.length + 1 + word.length + 2 + 2 > width) {
      out.push(`${current} \\`);
      current = `  ${word}`;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return [...comment, ...out];
}
