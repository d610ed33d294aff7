// What can be wrong with a workbook, as codes: the batch says each in the user's language.

export type WorkbookProblem =
  | "not-zip"
  | "encrypted"
  | "unsupported"
  | "too-big"
  | "too-many-entries"
  | "too-many-strings"
  | "bad-xml"
  | "no-sheet";

export class WorkbookError extends Error {
  constructor(
    readonly code: WorkbookProblem,
    /** The sheet row where reading stopped, when it was reading rows. */
    readonly row?: number,
    /** The workbook's sheets, when the one asked for is not there. */
    readonly sheets?: readonly string[],
  ) {
    super(`workbook: ${code}`);
    this.name = "WorkbookError";
  }
}
