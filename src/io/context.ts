// What a command gets from the shell: streams, environment, language, colour. Tests build
// their own, so commands never touch `process` directly.
import type { Lang } from "../i18n/lang.ts";
import type { Colour } from "../term/colour.ts";

export interface OutStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface InStream extends NodeJS.ReadableStream {
  isTTY?: boolean;
}

export interface Io {
  stdin: InStream;
  stdout: OutStream;
  stderr: OutStream;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Writes to stdout without making its stream, where the shell's own can (io/stdout.ts). */
  writeOut?(text: string): void;
  /** Whether stdout is a terminal, known without making its stream. */
  stdoutIsTTY?(): boolean;
}

export interface Ctx extends Io {
  lang: Lang;
  debug: boolean;
  /** Colour for stdout, and for stderr: each decided by its own stream. */
  colour: Colour;
  errColour: Colour;
  /** stdout is a terminal. */
  readonly outIsTTY: boolean;
  /** The width of stdout when it is a terminal. */
  readonly outColumns: number | undefined;
  /** Both stdin and stdout are terminals: prompts are allowed. */
  interactive: boolean;
  /** Writes to stdout. */
  out(text: string): void;
  /** Writes one line (already sanitised by the caller where it holds untrusted text) to stderr. */
  err(line: string): void;
}
