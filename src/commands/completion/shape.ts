// The command line as completion scripts need it, read from the commander program that
// the command table builds: commands, their options, the values options accept.
import type { Command, Option } from "commander";

export interface OptionShape {
  long?: string;
  short?: string;
  description: string;
  /** The option takes a value. */
  value: boolean;
  /** The values it accepts, when they are a fixed list. */
  choices: string[];
}

export interface CommandShape {
  name: string;
  description: string;
  options: OptionShape[];
  /** Fixed words its first argument may be: its declared choices, or words such as `history forget`. */
  words: string[];
  /** Ids its arguments may be, listed by `completion SHELL --ids KIND` at each TAB. */
  ids?: "questionnaires" | "history";
}

export interface ProgramShape {
  name: string;
  /** How reflet is started here: `reflet`, or `npx reflet` when none is installed. */
  run: string;
  globals: OptionShape[];
  commands: CommandShape[];
}

function optionShape(o: Option): OptionShape {
  return {
    ...(o.long ? { long: o.long } : {}),
    ...(o.short ? { short: o.short } : {}),
    description: o.description,
    value: o.required || o.optional,
    choices: o.argChoices ?? [],
  };
}

/** `helpText`: the description of -h, --help, which commander keeps out of `options`. */
export function programShape(
  program: Command,
  helpText: string,
  words: Record<string, string[]> = {},
  ids: Record<string, "questionnaires" | "history"> = {},
  run = program.name(),
): ProgramShape {
  const help: OptionShape = {
    long: "--help",
    short: "-h",
    description: helpText,
    value: false,
    choices: [],
  };
  return {
    name: program.name(),
    run,
    globals: [...program.options.map(optionShape), help],
    commands: program.commands.map((cmd) => ({
      name: cmd.name(),
      description: cmd.description(),
      // Hidden options are for the scripts themselves (completion --ids), not to offer.
      options: [...cmd.options.filter((o) => !o.hidden).map(optionShape), help],
      words: [...(cmd.registeredArguments[0]?.argChoices ?? []), ...(words[cmd.name()] ?? [])],
      ...(ids[cmd.name()] ? { ids: ids[cmd.name()] } : {}),
    })),
  };
}

/**
 * The comment lines under a script's first line: how to load it and keep it, typed as they
 * work here; and, without an installed command, that the script completes one.
 */
export function header(p: ProgramShape, shell: string, load: string, keep: string): string[] {
  const lines = [
    `# ${p.name} completion for ${shell}. Load it with: ${load.replaceAll("RUN", p.run)}`,
    `# or keep it: ${keep.replaceAll("RUN", p.run)}`,
  ];
  if (p.run !== p.name)
    lines.push(
      `# It completes the ${p.name} command, which is not on your PATH: npm link (or npm install -g .) in reflet's folder gives one.`,
    );
  return lines;
}
