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
}

export interface Ctx extends Io {
  lang: Lang;
  debug: boolean;
  /** Colour for stdout, and for stderr: each decided by its own stream. */
  colour: Colour;
  errColour: Colour;
  /** Both stdin and stdout are terminals: prompts are allowed. */
  interactive: boolean;
  /** Writes to stdout. */
  out(text: string): void;
  /** Writes one line (already sanitised by the caller where it holds untrusted text) to stderr. */
  err(line: string): void;
}
