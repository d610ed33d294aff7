// reflet batch --check: how each column of each CSV input is matched to a question, without
// scoring anything; with --columns-out, a starting column map. Exit 0 when every question of
// every input has its column, 1 otherwise.
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import type { ColumnMap } from "../../batch/input/column-map.ts";
import { planColumns } from "../../batch/input/columns.ts";
import { looksLikeAnswers, type Source } from "../../batch/input/inputs.ts";
import { columnMapText, type PlannedHeader } from "../../batch/input/map-writer.ts";
import { isWorkbookHead, workbookHeader } from "../../batch/input/workbook.ts";
import { columnsMessages } from "../../batch/messages/columns.ts";
import { batchInputMessages } from "../../batch/messages/input.ts";
import { batchOutputMessages } from "../../batch/messages/output.ts";
import { EXIT } from "../../cli/exit.ts";
import { csvRecords, newOutcome } from "../../csv/read.ts";
import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import { writeWhole } from "../../io/write.ts";
import { loadMessages } from "../../load/messages/files.ts";
import { formatProblem, type Problem } from "../../load/problem.ts";
import { readHead } from "../../load/read.ts";
import type { Model } from "../../model/model.ts";
import { sanitizeLine } from "../../term/sanitize.ts";

export interface CheckOptions {
  model: Model;
  idColumn?: string;
  columns?: ColumnMap;
  /** Where to write the starting column map. */
  mapOut?: string;
  /** The sheet of a workbook to read. */
  sheet?: string;
}

/** The first record of a CSV file or standard input: its header. */
async function headerOf(bytes: AsyncIterable<Uint8Array>): Promise<string[] | null> {
  for await (const record of csvRecords(bytes, newOutcome())) return record.cells;
  return null;
}

function bytesOf(ctx: Ctx, source: Source): AsyncIterable<Uint8Array> | null {
  if (source.kind === "stdin") return ctx.stdin as AsyncIterable<Uint8Array>;
  if (source.kind !== "csv" && source.kind !== "unknown") return null;
  const path = resolve(ctx.cwd, source.file);
  if (source.kind === "unknown" && looksLikeAnswers(readHead(path, 4096) ?? "")) return null;
  return createReadStream(path, { highWaterMark: 64 * 1024 });
}

/** The path of a workbook input: a `.xlsx`, or another file that starts like one. */
function workbookPath(ctx: Ctx, source: Source): string | null {
  if (source.kind !== "xlsx" && source.kind !== "unknown") return null;
  const path = resolve(ctx.cwd, source.file);
  if (source.kind === "unknown" && !isWorkbookHead(readHead(path, 8) ?? "")) return null;
  return path;
}

export async function checkColumns(
  ctx: Ctx,
  sources: readonly Source[],
  o: CheckOptions,
): Promise<number> {
  const m = messagesFor(ctx.lang, batchInputMessages);
  const cm = messagesFor(ctx.lang, columnsMessages);
  const problems: Problem[] = [];
  const planned: PlannedHeader[] = [];
  let complete = true;
  for (const source of sources) {
    if (source.kind === "problem") {
      problems.push(source.problem);
      complete = false;
      continue;
    }
    if (source.kind === "warning") continue;
    const book = workbookPath(ctx, source);
    const bytes = book ? null : bytesOf(ctx, source);
    if (!book && !bytes) continue;
    let file = source.kind === "stdin" ? "-" : source.file;
    let header: string[] | null;
    try {
      if (book && source.kind !== "stdin") {
        const got = await workbookHeader(source.file, book, { ...o, lang: ctx.lang });
        if ("problem" in got) {
          problems.push(got.problem);
          complete = false;
          continue;
        }
        file = got.label;
        header = got.header;
      } else header = await headerOf(bytes as AsyncIterable<Uint8Array>);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      problems.push({ file, ...messagesFor(ctx.lang, loadMessages).unreadable(code) });
      complete = false;
      continue;
    }
    if (!header) {
      problems.push({ file, ...m.emptyFile() });
      complete = false;
      continue;
    }
    const outcome = planColumns(o.model, header, o.idColumn, o.columns);
    const { plan } = outcome;
    planned.push({ header, plan });
    const byIndex = new Map(plan.items.map((c) => [c.index, c]));
    const covered = new Set(plan.items.map((c) => c.item.id)).size;
    ctx.out(`${sanitizeLine(cm.checkHead(file, covered, o.model.items.length))}\n`);
    for (const [index, raw] of header.entries()) {
      const col = byIndex.get(index);
      const what =
        index === plan.participant
          ? `-  ${cm.participantColumn}`
          : col
            ? `${col.pick ? `${col.item.id}.${col.pick}` : col.item.id}  ${cm.how[col.how]}`
            : `-  ${cm.unmatched}`;
      ctx.out(`${sanitizeLine(`  ${index + 1}  ${what}  ${JSON.stringify(raw)}`)}\n`);
    }
    for (const p of outcome.ok ? [] : outcome.problems) {
      if (p.code === "missing") ctx.out(`${sanitizeLine(cm.checkMissing(p.item, p.text))}\n`);
      const said = m.plan(p, o.model.id, file);
      problems.push(
        p.code === "map-header"
          ? { file: p.map, line: p.line, col: p.col, ...said }
          : { file, line: 1, ...said },
      );
    }
    if (plan.unread.length > 0) {
      const said = cm.unread(plan.unread);
      problems.push({ file, line: 1, message: m.warningPrefix + said.message });
    }
    if (!outcome.ok) complete = false;
  }
  for (const p of problems) ctx.err(formatProblem(p));
  if (o.mapOut !== undefined) {
    await writeWhole(resolve(ctx.cwd, o.mapOut), columnMapText(o.model, planned, ctx.lang), {
      name: o.mapOut,
    });
    ctx.err(sanitizeLine(messagesFor(ctx.lang, batchOutputMessages).wrote(o.mapOut)));
  }
  return complete ? EXIT.ok : EXIT.invalid;
}
