// A command is declared as data: its arguments and options in one typed table, its help texts in
// both languages. The table gives commander its arguments and options (cli/options.ts) and gives
// the action the types of what it receives. The action is loaded only when the command runs.
import type { Command } from "commander";
import type { Bilingual, Lang } from "../i18n/lang.ts";
import type { Ctx } from "../io/context.ts";
import type { ExitCode } from "./exit.ts";
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
  /** `run`: how reflet is started here (`reflet` or `npx reflet`), for the examples. */
  define(cmd: Command, lang: Lang, run?: string): void;
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
    define(cmd, lang, run) {
      cmd.description(table.description[lang]);
      if (table.usage) cmd.usage(table.usage[lang]);
      defineArguments(cmd, table.args, lang);
      defineOptions(cmd, table.options, lang);
      if (table.notes) cmd.addHelpText("after", `\n${table.notes[lang]}`);
      examples(cmd, lang, isList(table.examples) ? table.examples : table.examples[lang], run);
      if (table.footnote) cmd.addHelpText("after", `\n${table.footnote[lang]}`);
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

const EXAMPLES_TITLE: Bilingual = { fr: "Exemples :", en: "Examples:" };

/**
 * The examples block at the end of a command's help. They are written with `reflet`; each is
 * shown as it can be typed here (`npx reflet …` when no `reflet` command is installed).
 */
export function examples(cmd: Command, lang: Lang, lines: readonly string[], run = "reflet"): void {
  const typed = lines.map((l) => `  ${l.replace(/\breflet (?=[a-z])/g, `${run} `)}`);
  cmd.addHelpText("after", `\n${EXAMPLES_TITLE[lang]}\n${typed.join("\n")}`);
}
