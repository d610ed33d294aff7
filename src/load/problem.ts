// A problem in a file the user gave us, and its one-line form `file:line:col: message (hint)`.
import { sanitizeLine } from "../term/sanitize.ts";

export interface Problem {
  file: string;
  line?: number;
  col?: number;
  message: string;
  /** What to do about it. */
  hint?: string;
}

/** Problems in the order of the file: by line, then column. */
export function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0);
}

export function formatProblem(p: Problem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.col : undefined]
    .filter((x) => x !== undefined)
    .join(":");
  const hint = p.hint ? ` (${p.hint})` : "";
  return sanitizeLine(`${where}: ${p.message}${hint}`);
}

/** Thrown by loaders when a file cannot be used; carries every problem found in it. */
export class ProblemsError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ProblemsError";
  }
}

/** Thrown when the questionnaire named on the command line is not found: the command line is
 * wrong, not a file. `line` is worded for the user and already sanitised. */
export class UnknownQuestionnaireError extends Error {
  constructor(readonly line: string) {
    super(line);
    this.name = "UnknownQuestionnaireError";
  }
}
