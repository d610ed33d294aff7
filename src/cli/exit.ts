// Exit codes are part of the contract (docs/cli.md); this is the only place they are decided.
export const EXIT = {
  ok: 0,
  /** Invalid input: a questionnaire, answers, or some batch rows were rejected. */
  invalid: 1,
  /** The command line itself is wrong, or a prompt is needed and there is no terminal. */
  usage: 2,
  /** A bug in reflet, not in the input. */
  internal: 70,
  /** Interrupted by Ctrl-C; progress saved. SIGTERM and SIGHUP give 128 + their number. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT] | number;

/** Thrown by commands to end with a code; `lines` go to stderr, already worded for the user. */
export class ExitError extends Error {
  constructor(
    readonly code: ExitCode,
    readonly lines: string[] = [],
  ) {
    super(lines.join("\n") || `exit ${code}`);
    this.name = "ExitError";
  }
}

export const signalExitCode = (signal: NodeJS.Signals): number =>
  128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as Record<string, number>)[signal]!;
