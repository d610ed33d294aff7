// A command is a light spec (name, options, help: loaded at start) and a heavy action
// (loaded only when the command runs).
import type { Command } from "commander";
import type { Lang } from "../i18n/lang.ts";
import type { Ctx } from "../io/context.ts";
import type { ExitCode } from "./exit.ts";

export type Options = Record<string, unknown>;

/** Runs the command; returns its exit code (0 when nothing is returned). */
export type Action = (ctx: Ctx, args: unknown[], opts: Options) => Promise<ExitCode | undefined>;

export interface CommandSpec {
  name: string;
  /** Adds the command's arguments, options, description and examples. */
  define(cmd: Command, lang: Lang): void;
  /** Loads the module that does the work. */
  load(): Promise<{ action: Action }>;
}

/** The examples block at the end of a command's help. */
export function examples(cmd: Command, lang: Lang, lines: string[]): void {
  const title = lang === "fr" ? "Exemples :" : "Examples:";
  cmd.addHelpText("after", `\n${title}\n${lines.map((l) => `  ${l}`).join("\n")}`);
}
