// Option and argument tables turned into commander's options and arguments, into the types an
// action receives, and back from what commander parsed into values of those types.
import { Argument, type Command, Option } from "commander";
import { type Bilingual, type Lang, messagesFor } from "../i18n/lang.ts";
import { cliMessages } from "./messages.ts";

interface Described {
  help: Bilingual;
  /** One letter: `-f` for `--format`. */
  short?: string;
  /** Left out of the help and of completion: for reflet's own scripts, not for people. */
  hidden?: boolean;
}

/** `--force`: true when given. */
export interface FlagDef extends Described {
  kind: "flag";
}

/** `--no-save` (key `save`): true unless given. */
export interface NegatedDef extends Described {
  kind: "negated";
}

/** `--format <format>`: a string, one of `choices` when they are listed. */
export interface ValueDef extends Described {
  kind: "value";
  /** The placeholder in the help: `file` shows `<file>`. */
  arg: string;
  choices?: readonly string[];
  default?: string;
}

/** `--dir <dir...>`: one value or more. */
export interface ValuesDef extends Described {
  kind: "values";
  arg: string;
}

export type OptionDef = FlagDef | NegatedDef | ValueDef | ValuesDef;

/** Keyed by the name commander gives the value: `reportFormat` is `--report-format`. */
export type OptionTable = { readonly [key: string]: OptionDef };

type ValueOf<D> = D extends { kind: "flag" | "negated" }
  ? boolean
  : D extends { kind: "values" }
    ? string[] | undefined
    : D extends { choices: readonly (infer C)[] }
      ? D extends { default: string }
        ? C
        : C | undefined
      : D extends { default: string }
        ? string
        : string | undefined;

export type OptionsOf<O extends OptionTable> = { -readonly [K in keyof O]: ValueOf<O[K]> };

/** `<name>` is required, `[name]` optional, `name...` takes every remaining word. */
export interface ArgDef {
  name: string;
  help: Bilingual;
  choices?: readonly string[];
}

type ArgValue<D> = D extends { name: `${string}...${string}` }
  ? string[]
  : D extends { choices: readonly (infer C)[]; name: `<${string}` }
    ? C
    : D extends { name: `<${string}` }
      ? string
      : string | undefined;

export type ArgsOf<A extends readonly ArgDef[]> = { -readonly [K in keyof A]: ArgValue<A[K]> };

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The long flag: `--report-format` for key `reportFormat`, `--no-save` for a negated `save`. */
export function longFlag(key: string, def: OptionDef): string {
  return def.kind === "negated" ? `--no-${kebab(key)}` : `--${kebab(key)}`;
}

/** The flags commander reads: `-f, --format <format>`, `--no-save`, `-d, --dir <dir...>`. */
export function flagsOf(key: string, def: OptionDef): string {
  const long = longFlag(key, def);
  const arg =
    def.kind === "value" ? ` <${def.arg}>` : def.kind === "values" ? ` <${def.arg}...>` : "";
  return `${def.short ? `-${def.short}, ` : ""}${long}${arg}`;
}

export function defineOptions(cmd: Command, table: OptionTable, lang: Lang): void {
  for (const [key, def] of Object.entries(table)) {
    const option = new Option(flagsOf(key, def), def.help[lang]);
    if (def.kind === "value") {
      if (def.choices) option.choices(def.choices);
      if (def.default !== undefined) option.default(def.default);
    }
    if (def.hidden) option.hideHelp();
    cmd.addOption(option);
  }
}

export function defineArguments(cmd: Command, args: readonly ArgDef[], lang: Lang): void {
  for (const def of args) {
    const arg = new Argument(messagesFor(lang, cliMessages).argumentName(def.name), def.help[lang]);
    if (def.choices) arg.choices(def.choices);
    cmd.addArgument(arg);
  }
}

/** What commander parsed, as the table's types (commander has already checked choices). */
export function readOptions<O extends OptionTable>(
  table: O,
  raw: Record<string, unknown>,
): OptionsOf<O> {
  const out: Record<string, boolean | string | string[] | undefined> = {};
  for (const [key, def] of Object.entries(table)) {
    const value = raw[key];
    if (def.kind === "flag") out[key] = value === true;
    else if (def.kind === "negated") out[key] = value !== false;
    else if (def.kind === "values") out[key] = Array.isArray(value) ? value.map(String) : undefined;
    else out[key] = typeof value === "string" ? value : undefined;
  }
  return out as OptionsOf<O>;
}

export function readArguments<A extends readonly ArgDef[]>(
  args: A,
  processed: readonly unknown[],
): ArgsOf<A> {
  return args.map((def, i) => {
    const value = processed[i];
    if (def.name.includes("...")) return Array.isArray(value) ? value.map(String) : [];
    return typeof value === "string" ? value : undefined;
  }) as ArgsOf<A>;
}
