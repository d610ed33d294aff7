// The options of `reflet batch`, checked and settled before any file is read.
import { extname } from "node:path";
import type { Keep } from "../../batch/keep.ts";
import { batchInputMessages } from "../../batch/messages/input.ts";
import { RESULT_FORMATS, type ResultFormat } from "../../batch/output/results.ts";
import { summaryFormatOf } from "../../batch/output/summary/file.ts";
import type { OptionsFor } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import type { batchTable } from "./command.ts";

export interface BatchSettings {
  /** Where results go: a file, standard output, or nowhere. */
  results: { format: ResultFormat; output: string | null } | null;
  reports: { dir: string; format: OptionsFor<typeof batchTable>["reportFormat"] } | null;
  summary: string | null;
  errors: string | null;
  /** Replace existing output files, add reports to a folder that has some. */
  force: boolean;
  minGroup: number;
  failFast: boolean;
  idColumn?: string;
  groupBy?: string;
  /** The sheet of a workbook input to read. */
  sheet?: string;
  /** Of a person's several answer sheets, the one kept. */
  keep?: Keep;
  /** The column map file (--columns). */
  columns?: string;
  /** Only show how columns are matched (--check), and where to write a starting map. */
  check: { mapOut?: string } | null;
  pseudonymize: boolean;
  keyFile?: string;
  includeNotes: boolean;
  excel: boolean;
  dirs?: string[];
}

const formatOf = (file: string): ResultFormat | undefined => {
  const ext = extname(file).slice(1).toLowerCase();
  return RESULT_FORMATS.find((f) => f === ext);
};

export function settle(
  inputs: readonly string[],
  opts: OptionsFor<typeof batchTable>,
  lang: Lang,
): BatchSettings {
  const m = messagesFor(lang, batchInputMessages);
  const usage = (line: string): never => {
    throw new ExitError(EXIT.usage, [sanitizeLine(line)]);
  };
  if (inputs.filter((i) => i === "-").length > 1) usage(m.stdinTwice);
  const rawMin = opts.minGroup;
  const minGroup = Number(rawMin);
  if (!/^\d+$/.test(rawMin.trim()) || minGroup < 1) usage(m.badMinGroup(rawMin));
  const summary = opts.summary ?? null;
  if (summary !== null && !summaryFormatOf(summary)) usage(m.badSummary(summary));
  const output = opts.output ?? null;
  const format = opts.format;
  const reportsDir = opts.reports ?? null;
  // A coach asking for reports or a summary does not want every record on the terminal too.
  const wantResults =
    output !== null || format !== undefined || (reportsDir === null && summary === null);
  const { keyFile, idColumn, groupBy, dir: dirs, columns, columnsOut } = opts;
  return {
    results: wantResults
      ? { format: format ?? (output ? formatOf(output) : undefined) ?? "csv", output }
      : null,
    reports: reportsDir ? { dir: reportsDir, format: opts.reportFormat } : null,
    summary,
    errors: opts.errors ?? null,
    force: opts.force,
    minGroup,
    failFast: opts.failFast,
    ...(idColumn !== undefined ? { idColumn } : {}),
    ...(groupBy !== undefined ? { groupBy } : {}),
    ...(opts.sheet !== undefined ? { sheet: opts.sheet } : {}),
    ...(opts.keep !== undefined ? { keep: opts.keep } : {}),
    ...(columns !== undefined ? { columns } : {}),
    check:
      opts.check || columnsOut !== undefined
        ? columnsOut !== undefined
          ? { mapOut: columnsOut }
          : {}
        : null,
    pseudonymize: opts.pseudonymize || keyFile !== undefined,
    ...(keyFile !== undefined ? { keyFile } : {}),
    includeNotes: opts.includeNotes,
    excel: opts.excel,
    ...(dirs ? { dirs } : {}),
  };
}
