// reflet batch: many answer sheets in, results, reports and a team summary out. Bad rows
// and files are reported and counted, never dropped in silence; the rest is still written.
import { resolve } from "node:path";
import { watchSignals } from "../../ask/signals.ts";
import { keepHeapSmall } from "../../batch/heap.ts";
import { expandInputs, unitsOf } from "../../batch/input/inputs.ts";
import { inputSize } from "../../batch/input/size.ts";
import { keptUnits } from "../../batch/keep.ts";
import { batchOutputMessages } from "../../batch/messages/output.ts";
import { workbookMessages } from "../../batch/messages/workbook.ts";
import { errorsSink } from "../../batch/output/errors.ts";
import { recordWords } from "../../batch/output/labels.ts";
import { type ReportsSink, reportsSink } from "../../batch/output/reports.ts";
import { resultsSink } from "../../batch/output/results.ts";
import { stderrSink } from "../../batch/output/stderr.ts";
import { summaryFiles, summarySink } from "../../batch/output/summary/file.ts";
import { resultColumns, workbookResultsSink } from "../../batch/output/workbook-results.ts";
import { newOutcome, runBatch } from "../../batch/pipeline.ts";
import {
  loadKey,
  type Pseudonymizer,
  pseudonymizer,
  readableByOthers,
} from "../../batch/privacy/pseudonym.ts";
import { pseudonymTableSink, tableFileOf } from "../../batch/privacy/table.ts";
import type { Sink } from "../../batch/types.ts";
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError, signalExitCode } from "../../cli/exit.ts";
import { LineError } from "../../compare/errors.ts";
import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import { StreamFailed, streamWriter } from "../../io/stream.ts";
import { openOutput } from "../../io/write.ts";
import { openOptions, openQuestionnaire } from "../../load/open.ts";
import type { Model } from "../../model/model.ts";
import { EXCEL_CSV, PLAIN_CSV } from "../../render/csv.ts";
import { PRIVATE_FILE } from "../../store/files.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { checkColumns } from "./check.ts";
import { columnMapOf } from "./column-map-file.ts";
import type { batchTable } from "./command.ts";
import { type BatchSettings, settle } from "./options.ts";
import { checkBatchOutputs } from "./outputs.ts";

interface Pseudonyms {
  pseudonym: Pseudonymizer;
  /** The name ↔ pseudonym table, beside the key. */
  table: string;
}

async function pseudonyms(ctx: Ctx, s: BatchSettings): Promise<Pseudonyms | undefined> {
  if (!s.pseudonymize) return undefined;
  const m = messagesFor(ctx.lang, batchOutputMessages);
  const key = await loadKey({
    ...(s.keyFile ? { keyFile: s.keyFile } : {}),
    env: ctx.env,
    cwd: ctx.cwd,
  });
  if (!key.ok) {
    const line =
      key.reason === "too-short"
        ? m.keyTooShort(key.file)
        : m.keyUnreadable(key.file, key.detail ?? "");
    throw new ExitError(EXIT.invalid, [sanitizeLine(line)]);
  }
  if (key.created) ctx.err(sanitizeLine(m.keyCreated(key.file)));
  if (s.keyFile && readableByOthers(key.file)) ctx.err(sanitizeLine(m.keyOpen(s.keyFile)));
  return { pseudonym: pseudonymizer(key.key), table: tableFileOf(key.file) };
}

/** The norm file, checked against the questionnaire; loaded only when --norms is given. */
async function normsOf(file: string, model: Model, ctx: Ctx) {
  const [{ normsFor }, batch] = await Promise.all([
    import("../../norms/score.ts"),
    import("../../norms/batch.ts"),
  ]);
  try {
    return { file: await normsFor(file, [model], ctx), batch };
  } catch (e) {
    if (e instanceof LineError) throw new ExitError(EXIT.usage, [e.line]);
    throw e;
  }
}

/**
 * A failed file output is one line at the error boundary (src/cli/run.ts); a failed standard
 * output has been said where the stream failed, so only the exit code is left to give.
 */
function writeFailure(e: unknown): never {
  if (e instanceof StreamFailed) throw new ExitError(EXIT.invalid, []);
  throw e;
}

export const action: Action<typeof batchTable> = async (ctx, [ref, inputs], opts) => {
  keepHeapSmall();
  const m = messagesFor(ctx.lang, batchOutputMessages);
  const settled = settle(inputs, opts, ctx.lang);
  // A workbook's bytes would only garble a terminal.
  if (settled.results?.format === "xlsx" && !settled.results.output && ctx.stdout.isTTY === true)
    throw new ExitError(EXIT.usage, [messagesFor(ctx.lang, workbookMessages).toTerminal]);
  const model = await openQuestionnaire(ref, openOptions(ctx, settled.dirs));
  const sources = await expandInputs(inputs, ctx.cwd, ctx.lang);
  // A column map that names no item, or one twice, is refused before any input is read.
  const columns =
    settled.columns === undefined ? undefined : await columnMapOf(settled.columns, model, ctx);
  if (settled.check) {
    const only = { ...settled, results: null, reports: null, summary: null, errors: null };
    checkBatchOutputs(ctx, only, model, sources);
    return checkColumns(ctx, sources, {
      model,
      ...(settled.idColumn !== undefined ? { idColumn: settled.idColumn } : {}),
      ...(columns ? { columns } : {}),
      ...(settled.check.mapOut !== undefined ? { mapOut: settled.check.mapOut } : {}),
      ...(settled.sheet !== undefined ? { sheet: settled.sheet } : {}),
    });
  }
  // Before anything is read or written: no output may destroy an input or another output.
  const { reportsTaken } = checkBatchOutputs(ctx, settled, model, sources);
  // No input can be read at all (every one missing or refused): its problems are said, and no
  // results, reports or summary are written, not even a header.
  const unreadable = sources.every((x) => x.kind === "problem" || x.kind === "warning");
  const s = unreadable ? { ...settled, results: null, reports: null, summary: null } : settled;
  // A norm file of another questionnaire or version is refused before any row is read.
  const norms = opts.norms === undefined ? undefined : await normsOf(opts.norms, model, ctx);
  const pseudo = await pseudonyms(ctx, s);
  const pseudonym = pseudo?.pseudonym;
  const tally = newOutcome();
  // The progress line's percentage: only a terminal shows it, so only then are sizes read.
  const read = ctx.stderr.isTTY === true ? await inputSize(sources, ctx.cwd) : undefined;
  const stderr = stderrSink(ctx, () => tally, Date.now, read);
  const sinks: Sink[] = [stderr];
  const table = pseudo ? pseudonymTableSink(pseudo.table) : null;
  if (table) sinks.push(table);
  let reports: ReportsSink | null = null;
  try {
    // Results and errors name people: readable by their owner only.
    const personal = (name: string) => ({ mode: PRIVATE_FILE, name });
    if (s.errors)
      sinks.push(errorsSink(await openOutput(resolve(ctx.cwd, s.errors), personal(s.errors))));
    if (s.results) {
      const { output } = s.results;
      const writer = output
        ? await openOutput(resolve(ctx.cwd, output), personal(output))
        : streamWriter(ctx.stdout);
      const style = s.excel ? EXCEL_CSV : PLAIN_CSV;
      const { format } = s.results;
      const ro = {
        style,
        withSource: !pseudonym,
        grouped: s.groupBy !== undefined,
        ...(s.excel ? { words: recordWords(model, ctx.lang) } : {}),
      };
      if (format === "xlsx") {
        // A workbook is for a person reading it: labels in their language, as with --excel.
        const co = { ...ro, words: recordWords(model, ctx.lang) };
        const columns = norms
          ? norms.batch.normedColumns(model, norms.file, co)
          : resultColumns(model, co);
        sinks.push(workbookResultsSink(writer, columns, { lang: ctx.lang, file: output ?? "-" }));
      } else
        sinks.push(
          norms
            ? norms.batch.normedResultsSink(writer, model, norms.file, { ...ro, format })
            : resultsSink(writer, model, { ...ro, format }),
        );
    }
    if (s.reports) {
      reports = await reportsSink({
        dir: resolve(ctx.cwd, s.reports.dir),
        format: s.reports.format,
        model,
        lang: ctx.lang,
        includeNotes: s.includeNotes,
        taken: reportsTaken,
        ...(norms ? { after: norms.batch.reportStanding(model, norms.file) } : {}),
      });
      sinks.push(reports);
    }
    if (s.summary)
      sinks.push(
        summarySink({
          path: resolve(ctx.cwd, s.summary),
          name: s.summary,
          model,
          lang: ctx.lang,
          includeNotes: s.includeNotes,
          minGroup: s.minGroup,
          tally: () => tally,
          style: s.excel ? EXCEL_CSV : PLAIN_CSV,
          ...(s.groupBy !== undefined ? { groupBy: s.groupBy } : {}),
        }),
      );
  } catch (e) {
    for (const sink of sinks) await sink.abort?.();
    writeFailure(e);
  }
  const signals = watchSignals();
  const reading = {
    model,
    lang: ctx.lang,
    cwd: ctx.cwd,
    stdin: ctx.stdin,
    ...(s.idColumn !== undefined ? { idColumn: s.idColumn } : {}),
    ...(s.sheet !== undefined ? { sheet: s.sheet } : {}),
    ...(columns ? { columns } : {}),
    ...(s.groupBy !== undefined ? { groupBy: s.groupBy } : {}),
    ...(read ? { read } : {}),
  };
  const units = s.keep
    ? keptUnits(sources, { ...reading, keep: s.keep, signal: signals.signal })
    : unitsOf(sources, reading);
  try {
    await runBatch(
      units,
      sinks,
      {
        model,
        lang: ctx.lang,
        failFast: s.failFast,
        signal: signals.signal,
        ...(pseudonym ? { pseudonym } : {}),
      },
      tally,
    );
    const complete = !tally.stopped && !tally.interrupted;
    for (const sink of sinks) await (complete ? sink.commit?.() : sink.abort?.());
  } catch (e) {
    stderr.done();
    for (const sink of sinks) await sink.abort?.().catch(() => {});
    writeFailure(e);
  } finally {
    signals.dispose();
  }
  stderr.done();
  if (tally.interrupted) {
    // A read of standard input may still be waiting: let the process end.
    (ctx.stdin as { destroy?: () => void }).destroy?.();
    ctx.err(m.interrupted);
    return signalExitCode(signals.signal.reason as NodeJS.Signals);
  }
  if (tally.stopped) ctx.err(m.stopped);
  else {
    if (s.results?.output) ctx.err(sanitizeLine(m.wrote(s.results.output)));
    if (reports && s.reports)
      ctx.err(sanitizeLine(m.wrote(m.reportsIn(reports.written(), s.reports.dir))));
    if (s.summary) ctx.err(sanitizeLine(m.wrote(summaryFiles(s.summary).join(", "))));
    if (table && pseudo)
      ctx.err(sanitizeLine(m.wrote(m.pseudonymTable(pseudo.table, table.size()))));
  }
  if (s.errors) ctx.err(sanitizeLine(m.wrote(s.errors)));
  ctx.err(m.tally(tally));
  return tally.rejected > 0 ? EXIT.invalid : EXIT.ok;
};
