// What compare and norms stop on: one line, already worded and sanitised for the user, and
// whether the input is wrong (invalid) or the command line (usage). Commands turn it into
// their exit code (src/commands/compare/line-exit.ts).
export class LineError extends Error {
  constructor(
    readonly kind: "invalid" | "usage",
    readonly line: string,
  ) {
    super(line);
    this.name = "LineError";
  }
}
