// The options of `reflet batch`, checked and settled before any file is read.
import { extname } from "node:path";
import { batchMessages } from "../../batch/messages.ts";
import type { ReportFormat } from "../../batch/output/reports.ts";
import { RESULT_FORMATS, type ResultFormat } from "../../batch/output/results.ts";
import { summaryFormatOf } from "../../batch/output/summary/file.ts";
import { DEFAULT_MIN_GROUP } from "../../batch/stats/summary.ts";
import type { Options } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { sanitizeLine } from "../../term/sanitize.ts";

export interface BatchSettings {
  /** Where results go: a file, standard output, or nowhere. */
  results: { format: ResultFormat; output: string | null } | null;
  reports: { dir: string; format: ReportFormat } | null;
  summary: string | null;
  errors: string | null;
  /** Replace existing output files, add reports to a folder that has some. */
  force: boolean;
  minGroup: number;
  failFast: boolean;
  idColumn?: string;
  pseudonymize: boolean;
  keyFile?: string;
  includeNotes: boolean;
  excel: boolean;
  dirs?: string[];
}

const formatOf = (file: string): ResultFormat | undefined => {
  const ext = extname(file).slice(1).toLowerCase();
  return (RESULT_FORMATS as readonly string[]).includes(ext) ? (ext as ResultFormat) : undefined;
};

export function settle(inputs: readonly string[], opts: Options, lang: Lang): BatchSettings {
  const m = messagesFor(lang, batchMessages);
  const usage = (line: string): never => {
    throw new ExitError(EXIT.usage, [sanitizeLine(line)]);
  };
  if (inputs.filter((i) => i === "-").length > 1) usage(m.stdinTwice);
  const rawMin = String(opts.minGroup ?? DEFAULT_MIN_GROUP);
  const minGroup = Number(rawMin);
  if (!/^\d+$/.test(rawMin.trim()) || minGroup < 1) usage(m.badMinGroup(rawMin));
  const summary = (opts.summary as string | undefined) ?? null;
  if (summary !== null && !summaryFormatOf(summary)) usage(m.badSummary(summary));
  const output = (opts.output as string | undefined) ?? null;
  const format = opts.format as ResultFormat | undefined;
  const reportsDir = (opts.reports as string | undefined) ?? null;
  // A coach asking for reports or a summary does not want every record on the terminal too.
  const wantResults =
    output !== null || format !== undefined || (reportsDir === null && summary === null);
  const keyFile = opts.keyFile as string | undefined;
  const idColumn = opts.idColumn as string | undefined;
  const dirs = opts.dir as string[] | undefined;
  return {
    results: wantResults
      ? { format: format ?? (output ? formatOf(output) : undefined) ?? "csv", output }
      : null,
    reports: reportsDir
      ? { dir: reportsDir, format: (opts.reportFormat as ReportFormat | undefined) ?? "html" }
      : null,
    summary,
    errors: (opts.errors as string | undefined) ?? null,
    force: opts.force === true,
    minGroup,
    failFast: opts.failFast === true,
    ...(idColumn !== undefined ? { idColumn } : {}),
    pseudonymize: opts.pseudonymize === true || keyFile !== undefined,
    ...(keyFile !== undefined ? { keyFile } : {}),
    includeNotes: opts.includeNotes === true,
    excel: opts.excel === true,
    ...(dirs ? { dirs } : {}),
  };
}
