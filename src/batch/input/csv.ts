// A CSV file of answers, one row per participant, streamed: each row becomes an entry or a
// rejection with its line (csv-row.ts). The header is mapped to items once; the rows only
// look cells up.

import { csvLines, newOutcome, type ScannedRecord } from "../../csv/read.ts";
import { RowCells } from "../../csv/row-cells.ts";
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { normalizeLabel } from "../../load/cells.ts";
import type { Problem } from "../../load/problem.ts";
import type { Model } from "../../model/model.ts";
import { columnsMessages } from "../messages/columns.ts";
import { batchInputMessages } from "../messages/input.ts";
import type { Unit } from "../types.ts";
import type { ColumnMap } from "./column-map.ts";
import { type ColumnPlan, type PlanProblem, planColumns } from "./columns.ts";
import { readRow } from "./csv-row.ts";
import { isAnonymous } from "./id-column.ts";
import { type SideColumns, sideColumns } from "./side-columns.ts";
import { findTimeColumn, parseTime, type TimeColumn } from "./timestamp.ts";

export interface CsvInputOptions {
  model: Model;
  lang: Lang;
  /** The header of the column holding participant ids, instead of `participant`. */
  idColumn?: string;
  /** Put before `row-N` ids, so rows of several files do not share ids. */
  idPrefix?: string;
  /** Read each row's time from the timestamp column (for --keep). */
  times?: boolean;
  /** The coach's header → item map (--columns). */
  columns?: ColumnMap;
  /** The header of the column holding each person's group (--group-by). */
  groupBy?: string;
}

/** The empty rows a warning names by line; it counts the others. */
const EMPTY_LINES_SHOWN = 10;

/** Where a header problem is: the map's line for a map entry, else the header line. */
function planProblem(p: PlanProblem, file: string, line: number, o: CsvInputOptions): Problem {
  const said = messagesFor(o.lang, batchInputMessages).plan(p, o.model.id, file);
  return p.code === "map-header"
    ? { file: p.map, line: p.line, col: p.col, ...said }
    : { file, line, ...said };
}

/** What the header says before any row: columns not read, texts matched by order. */
function* planWarnings(
  plan: ColumnPlan,
  file: string,
  line: number,
  o: CsvInputOptions,
  /** Headers read beside the answers (side-columns.ts). */
  side: ReadonlySet<string | undefined>,
) {
  const m = messagesFor(o.lang, batchInputMessages);
  const cm = messagesFor(o.lang, columnsMessages);
  const warn = (said: { message: string; hint?: string }): Unit => ({
    kind: "warning",
    problem: { file, line, ...said },
  });
  const ignored = plan.ignored.filter((h) => !side.has(h));
  if (ignored.length > 0) yield warn(m.ignoredColumns(ignored));
  for (const group of plan.byOrder) yield warn(cm.byOrder(group.header, group.items));
  if (plan.unread.length > 0) yield warn(cm.unread(plan.unread));
}

/** The rows left in a file whose header cannot be used: each is a person not scored. */
async function rowsLeft(records: AsyncIterable<ScannedRecord>): Promise<number> {
  const cells = new RowCells();
  let n = 0;
  for await (const record of records) if (!cells.of(record).blank()) n++;
  return n;
}

/** The units of a CSV file: its table's, handed on without a generator of its own between. */
export function csvUnits(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  o: CsvInputOptions,
): AsyncGenerator<Unit> {
  const outcome = newOutcome();
  return tableUnits(csvLines(bytes, outcome), file, o, outcome);
}

/**
 * The rows of a table, a CSV file's or a workbook's sheet, read alike: the first is the
 * header. `outcome` is what the CSV reader found of the file as a whole.
 */
export async function* tableUnits(
  records: AsyncIterable<ScannedRecord>,
  file: string,
  o: CsvInputOptions,
  outcome = newOutcome(),
): AsyncGenerator<Unit> {
  const m = messagesFor(o.lang, batchInputMessages);
  let plan: ColumnPlan | null = null;
  let side: SideColumns = { group: null, timestamp: null };
  let width = 0;
  const emptyLines: number[] = [];
  let emptyRows = 0;
  let rows = 0;
  let warnedEncoding = false;
  let warnedAnonymous = false;
  let idHeader = "";
  let timeColumn: TimeColumn | null = null;
  const cells = new RowCells();
  for await (const record of records) {
    if (!warnedEncoding && outcome.encoding === "windows-1252") {
      warnedEncoding = true;
      yield { kind: "warning", problem: { file, ...m.notUtf8() } };
    }
    if ("tooLong" in record && record.tooLong) {
      rows++;
      yield {
        kind: "rejected",
        problems: [{ file, line: record.line, ...m.tooLong() }],
        count: 1,
      };
      // Without its header, no row of the file can be read.
      if (!plan) return;
      continue;
    }
    cells.of(record);
    if (!plan) {
      const header = cells.all();
      const planned = planColumns(o.model, header, o.idColumn, o.columns);
      const found = sideColumns(header, o.groupBy);
      // The group and the timestamp are read: they are no "columns not read".
      const read = found.ok ? [found.side.group, found.side.timestamp] : [];
      const sideHeaders = new Set(read.map((i) => header[i ?? -1]));
      yield* planWarnings(planned.plan, file, record.line, o, sideHeaders);
      if (!planned.ok) {
        const problems = planned.problems.map((p) => planProblem(p, file, record.line, o));
        // Nobody in the file is scored: the tally counts each of them, not the file.
        yield { kind: "rejected", problems, count: Math.max(1, await rowsLeft(records)) };
        return;
      }
      if (!found.ok) {
        const said = m.noGroupColumn(found.missing, header);
        const count = Math.max(1, await rowsLeft(records));
        yield { kind: "rejected", problems: [{ file, line: record.line, ...said }], count };
        return;
      }
      side = found.side;
      plan = planned.plan;
      width = header.length;
      if (o.times) timeColumn = findTimeColumn(header);
      idHeader = plan.participant === null ? "" : (header[plan.participant] ?? "");
      if (o.idColumn === undefined && idHeader !== "" && normalizeLabel(idHeader) !== "participant")
        yield {
          kind: "warning",
          problem: { file, line: record.line, ...m.idColumnUsed(idHeader) },
        };
      continue;
    }
    if (cells.blank()) {
      if (emptyLines.length < EMPTY_LINES_SHOWN) emptyLines.push(record.line);
      emptyRows++;
      continue;
    }
    rows++;
    if (
      !warnedAnonymous &&
      plan.participant !== null &&
      isAnonymous(cells.cell(plan.participant))
    ) {
      const idCell = cells.cell(plan.participant);
      warnedAnonymous = true;
      yield {
        kind: "warning",
        problem: { file, line: record.line, ...m.anonymous(idHeader, idCell.trim()) },
      };
    }
    const unit = readRow(cells, record.line, file, plan, side, width, o);
    if (timeColumn && unit.kind === "entry")
      unit.entry.time = parseTime(cells.cell(timeColumn.index), timeColumn.dayFirst);
    yield unit;
  }
  if (!warnedEncoding && outcome.encoding === "windows-1252")
    yield { kind: "warning", problem: { file, ...m.notUtf8() } };
  if (outcome.cut) {
    const { from, to, reason } = outcome.cut;
    yield {
      kind: "rejected",
      problems: [{ file, line: from, ...m.cut(from, to, reason) }],
      count: reason === "quote" ? to - from + 1 : 1,
    };
  } else if (!plan) {
    yield { kind: "rejected", problems: [{ file, ...m.emptyFile() }], count: 1 };
  } else if (rows === 0) {
    yield { kind: "warning", problem: { file, ...m.headerOnly() } };
  }
  // An empty row is counted after its line is listed: the list has the first one.
  if (emptyRows > 0)
    yield {
      kind: "warning",
      problem: { file, line: emptyLines[0]!, ...m.emptyRows(emptyRows, emptyLines) },
    };
}
