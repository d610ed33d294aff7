// A CSV file of answers, one row per participant, streamed: each row becomes an entry or a
// rejection with its line (csv-row.ts). The header is mapped to items once; the rows only
// look cells up.

import { type CsvOutcome, csvLineRuns, newOutcome, type ScannedRecord } from "../../csv/read.ts";
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
import { RowReader } from "./csv-row.ts";
import { sideColumns } from "./side-columns.ts";
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

const inputMessages = (lang: Lang) => messagesFor(lang, batchInputMessages);

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

/** The units of a CSV file, in runs: its table's, handed on without a generator of its own between. */
export function csvUnits(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  o: CsvInputOptions,
): AsyncGenerator<Unit[]> {
  const outcome = newOutcome();
  return tableUnits(csvLineRuns(bytes, outcome), file, o, outcome);
}

/**
 * The rows of a table, a CSV file's or a workbook's sheet, read alike: the first is the
 * header. `outcome` is what the CSV reader found of the file as a whole. A run of records in,
 * a run of units out.
 */
export async function* tableUnits(
  runs: AsyncIterable<readonly ScannedRecord[]>,
  file: string,
  o: CsvInputOptions,
  outcome = newOutcome(),
): AsyncGenerator<Unit[]> {
  const table = new TableRows(file, o, outcome);
  for await (const run of runs) {
    const units = table.read(run);
    if (units.length > 0) yield units;
    if (table.stopped) return;
  }
  const units = table.end();
  if (units.length > 0) yield units;
}

/** Why a file's rows are not read: each of them is then a person not scored. */
interface Unusable {
  problems: Problem[];
  /** The rows after the header that are not blank. */
  rows: number;
}

/** One table read record by record: its header planned, then each row read against the plan. */
class TableRows {
  private readonly m: ReturnType<typeof inputMessages>;
  private plan: ColumnPlan | null = null;
  private rows: RowReader | null = null;
  private unusable: Unusable | null = null;
  private readonly emptyLines: number[] = [];
  private emptyRows = 0;
  /** Rows read after the header, blank ones aside. */
  private count = 0;
  private warnedEncoding = false;
  private warnedAnonymous = false;
  private idHeader = "";
  private timeColumn: TimeColumn | null = null;
  private readonly cells = new RowCells();
  /** No more records are read: the file has nothing more to say. */
  stopped = false;

  constructor(
    private readonly file: string,
    private readonly o: CsvInputOptions,
    private readonly outcome: CsvOutcome,
  ) {
    this.m = inputMessages(o.lang);
  }

  /** The units of a run of records. */
  read(run: readonly ScannedRecord[]): Unit[] {
    const units: Unit[] = [];
    const { file, m } = this;
    if (!this.unusable && !this.warnedEncoding && this.outcome.encoding === "windows-1252") {
      this.warnedEncoding = true;
      units.push({ kind: "warning", problem: { file, ...m.notUtf8() } });
    }
    for (const record of run) {
      if (this.unusable) {
        if (!this.cells.of(record).blank()) this.unusable.rows++;
        continue;
      }
      if ("tooLong" in record && record.tooLong) {
        this.count++;
        units.push({
          kind: "rejected",
          problems: [{ file, line: record.line, ...m.tooLong() }],
          count: 1,
        });
        // Without its header, no row of the file can be read.
        if (!this.plan) {
          this.stopped = true;
          return units;
        }
        continue;
      }
      const cells = this.cells.of(record);
      if (!this.rows) {
        this.header(cells.all(), record.line, units);
        continue;
      }
      if (cells.blank()) {
        if (this.emptyLines.length < EMPTY_LINES_SHOWN) this.emptyLines.push(record.line);
        this.emptyRows++;
        continue;
      }
      this.count++;
      const unit = this.rows.read(cells, record.line);
      if (!this.warnedAnonymous && this.rows.anonymous !== null) {
        this.warnedAnonymous = true;
        const said = m.anonymous(this.idHeader, this.rows.anonymous);
        // Said before the row it is about.
        units.push({ kind: "warning", problem: { file, line: record.line, ...said } });
      }
      if (this.timeColumn && unit.kind === "entry")
        unit.entry.time = parseTime(cells.cell(this.timeColumn.index), this.timeColumn.dayFirst);
      units.push(unit);
    }
    return units;
  }

  /** The header: the plan of its columns, or why the file cannot be read. */
  private header(header: string[], line: number, units: Unit[]): void {
    const { o, file, m } = this;
    const planned = planColumns(o.model, header, o.idColumn, o.columns);
    const found = sideColumns(header, o.groupBy);
    // The group and the timestamp are read: they are no "columns not read".
    const read = found.ok ? [found.side.group, found.side.timestamp] : [];
    const sideHeaders = new Set(read.map((i) => header[i ?? -1]));
    units.push(...planWarnings(planned.plan, file, line, o, sideHeaders));
    if (!planned.ok) {
      const problems = planned.problems.map((p) => planProblem(p, file, line, o));
      this.unusable = { problems, rows: 0 };
      return;
    }
    if (!found.ok) {
      const said = m.noGroupColumn(found.missing, header);
      this.unusable = { problems: [{ file, line, ...said }], rows: 0 };
      return;
    }
    const plan = planned.plan;
    this.plan = plan;
    this.rows = new RowReader(file, plan, found.side, header.length, o);
    if (o.times) this.timeColumn = findTimeColumn(header);
    const idHeader = plan.participant === null ? "" : (header[plan.participant] ?? "");
    this.idHeader = idHeader;
    if (o.idColumn === undefined && idHeader !== "" && normalizeLabel(idHeader) !== "participant")
      units.push({ kind: "warning", problem: { file, line, ...m.idColumnUsed(idHeader) } });
  }

  /** What is said once the file is read: its problems as a whole, its empty rows. */
  end(): Unit[] {
    const { file, m, outcome } = this;
    if (this.unusable) {
      // Nobody in the file is scored: the tally counts each of them, not the file.
      const { problems, rows } = this.unusable;
      return [{ kind: "rejected", problems, count: Math.max(1, rows) }];
    }
    const units: Unit[] = [];
    if (!this.warnedEncoding && outcome.encoding === "windows-1252")
      units.push({ kind: "warning", problem: { file, ...m.notUtf8() } });
    if (outcome.cut) {
      const { from, to, reason } = outcome.cut;
      units.push({
        kind: "rejected",
        problems: [{ file, line: from, ...m.cut(from, to, reason) }],
        count: reason === "quote" ? to - from + 1 : 1,
      });
    } else if (!this.plan) {
      units.push({ kind: "rejected", problems: [{ file, ...m.emptyFile() }], count: 1 });
    } else if (this.count === 0) {
      units.push({ kind: "warning", problem: { file, ...m.headerOnly() } });
    }
    // An empty row is counted after its line is listed: the list has the first one.
    if (this.emptyRows > 0)
      units.push({
        kind: "warning",
        problem: {
          file,
          line: this.emptyLines[0]!,
          ...m.emptyRows(this.emptyRows, this.emptyLines),
        },
      });
    return units;
  }
}
