// A CSV file of answers, one row per participant, streamed: each row becomes an entry or a
// rejection with its line. The header is mapped to items once; the rows only look cells up.

import { type CsvRecord, csvRecords, newOutcome } from "../../csv/read.ts";
import { allowedValues, checkAnswer } from "../../engine/answers.ts";
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { answerLabels } from "../../load/answer-forms.ts";
import { joinPicks, normalizeLabel } from "../../load/cells.ts";
import { answerMessages } from "../../load/messages/answers.ts";
import type { Problem } from "../../load/problem.ts";
import type { Model } from "../../model/model.ts";
import type { AnswerValue, Item } from "../../model/types.ts";
import { columnsMessages } from "../messages/columns.ts";
import { batchInputMessages } from "../messages/input.ts";
import type { Entry, Unit } from "../types.ts";
import type { ColumnMap } from "./column-map.ts";
import { type ColumnPlan, type ItemColumn, type PlanProblem, planColumns } from "./columns.ts";
import { isAnonymous } from "./id-column.ts";
import { groupName, type SideColumns, sideColumns } from "./side-columns.ts";
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

type Said = { message: string; hint?: string | undefined };

function oneProblem(
  file: string,
  line: number,
  said: Said[],
  more: (n: number) => string,
): Problem {
  const first = said[0] as Said;
  const rest = said.length > 1 ? more(said.length - 1) : "";
  return {
    file,
    line,
    message: first.message + rest,
    ...(first.hint ? { hint: first.hint } : {}),
  };
}

/** What an answer to `item` may be, as an answers file's problem says it. */
function allowedHint(o: CsvInputOptions, item: Item): string | undefined {
  const allowed = allowedValues(o.model, item);
  if (allowed.length === 0) return undefined;
  return messagesFor(o.lang, answerMessages).useOneOf(allowed, answerLabels(o.model, item, o.lang));
}

/** The empty rows a warning names by line; it counts the others. */
const EMPTY_LINES_SHOWN = 10;

/** Each column's item index, found once per file. */
const itemIndexes = new WeakMap<ColumnPlan, number[]>();

function indexesOf(plan: ColumnPlan, model: Model): number[] {
  let at = itemIndexes.get(plan);
  if (!at) {
    at = plan.items.map((col) => model.itemIndex.get(col.item.id) as number);
    itemIndexes.set(plan, at);
  }
  return at;
}

function readRow(
  record: CsvRecord,
  file: string,
  plan: ColumnPlan,
  side: SideColumns,
  width: number,
  o: CsvInputOptions,
): Unit {
  const m = messagesFor(o.lang, batchInputMessages);
  const said: Said[] = [];
  const { cells, line } = record;
  if (cells.length !== width) said.push(m.cellCount(cells.length, width));
  // By item index: the scorer reads them so; the answers by id are made only if asked for.
  const values: (AnswerValue | undefined)[] = new Array(o.model.items.length);
  const at = indexesOf(plan, o.model);
  if (said.length === 0) {
    for (let c = 0; c < plan.items.length; c++) {
      const col = plan.items[c] as ItemColumn;
      const cell = cells[col.index] ?? "";
      const value = col.read(cell);
      if (value === null) continue;
      if (value === undefined) {
        said.push(m.badCell(col.header, col.item.id, cell, allowedHint(o, col.item)));
        continue;
      }
      if (col.item.type === "multi") {
        const p = checkAnswer(o.model, col.item, value);
        if (p) said.push(messagesFor(o.lang, answerMessages).problem(p));
      }
      values[at[c] as number] = joinPicks(values[at[c] as number], value);
    }
    // A best–worst item's two picks are checked once both of its columns are read.
    let checked: Set<number> | undefined;
    for (let c = 0; c < plan.items.length; c++) {
      const col = plan.items[c] as ItemColumn;
      const i = at[c] as number;
      if (col.item.type !== "best-worst" || values[i] === undefined) continue;
      checked ??= new Set();
      if (checked.has(i)) continue;
      checked.add(i);
      const p = checkAnswer(o.model, col.item, values[i] as AnswerValue);
      if (p) said.push(messagesFor(o.lang, answerMessages).problem(p));
    }
  }
  if (said.length > 0)
    return { kind: "rejected", problems: [oneProblem(file, line, said, m.moreProblems)], count: 1 };
  const cell = plan.participant === null ? "" : (cells[plan.participant] ?? "").trim();
  // "anonymous" for everyone names nobody: each row is its own person.
  const given = isAnonymous(cell) ? "" : cell;
  const participant = given || `${o.idPrefix ?? ""}row-${line}`;
  const entry = new CsvEntry(participant, given === "", file, line, values, plan, at);
  if (side.group !== null) entry.group = groupName(cells[side.group]);
  if (side.timestamp !== null) entry.answeredAt = groupName(cells[side.timestamp]);
  return { kind: "entry", entry };
}

/** A row's entry: its answers by item index, and by id only if something asks for them. */
class CsvEntry implements Entry {
  readonly lang = null;
  group: string | null = null;
  answeredAt: string | null = null;
  time: number | null = null;
  private byId: Record<string, AnswerValue> | undefined;

  constructor(
    readonly participant: string,
    readonly generated: boolean,
    readonly file: string,
    readonly line: number,
    readonly values: readonly (AnswerValue | undefined)[],
    private readonly plan: ColumnPlan,
    private readonly at: readonly number[],
  ) {}

  /** In the order of the columns, as they were read. */
  get answers(): Record<string, AnswerValue> {
    if (!this.byId) {
      const byId: Record<string, AnswerValue> = {};
      for (const [c, col] of this.plan.items.entries()) {
        const value = this.values[this.at[c] as number];
        if (value !== undefined) byId[col.item.id] = value;
      }
      this.byId = byId;
    }
    return this.byId;
  }
}

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
async function rowsLeft(records: AsyncIterable<CsvRecord>): Promise<number> {
  let n = 0;
  for await (const record of records) if (!record.cells.every((c) => c.trim() === "")) n++;
  return n;
}

export async function* csvUnits(
  bytes: AsyncIterable<Uint8Array>,
  file: string,
  o: CsvInputOptions,
): AsyncGenerator<Unit> {
  const outcome = newOutcome();
  yield* tableUnits(csvRecords(bytes, outcome), file, o, outcome);
}

/**
 * The rows of a table, a CSV file's or a workbook's sheet, read alike: the first is the
 * header. `outcome` is what the CSV reader found of the file as a whole.
 */
export async function* tableUnits(
  records: AsyncIterable<CsvRecord>,
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
  for await (const record of records) {
    if (!warnedEncoding && outcome.encoding === "windows-1252") {
      warnedEncoding = true;
      yield { kind: "warning", problem: { file, ...m.notUtf8() } };
    }
    if (record.tooLong) {
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
    if (!plan) {
      const planned = planColumns(o.model, record.cells, o.idColumn, o.columns);
      const found = sideColumns(record.cells, o.groupBy);
      // The group and the timestamp are read: they are no "columns not read".
      const read = found.ok ? [found.side.group, found.side.timestamp] : [];
      const sideHeaders = new Set(read.map((i) => record.cells[i ?? -1]));
      yield* planWarnings(planned.plan, file, record.line, o, sideHeaders);
      if (!planned.ok) {
        const problems = planned.problems.map((p) => planProblem(p, file, record.line, o));
        // Nobody in the file is scored: the tally counts each of them, not the file.
        yield { kind: "rejected", problems, count: Math.max(1, await rowsLeft(records)) };
        return;
      }
      if (!found.ok) {
        const said = m.noGroupColumn(found.missing, record.cells);
        const count = Math.max(1, await rowsLeft(records));
        yield { kind: "rejected", problems: [{ file, line: record.line, ...said }], count };
        return;
      }
      side = found.side;
      plan = planned.plan;
      width = record.cells.length;
      if (o.times) timeColumn = findTimeColumn(record.cells);
      idHeader = plan.participant === null ? "" : (record.cells[plan.participant] ?? "");
      if (o.idColumn === undefined && idHeader !== "" && normalizeLabel(idHeader) !== "participant")
        yield {
          kind: "warning",
          problem: { file, line: record.line, ...m.idColumnUsed(idHeader) },
        };
      continue;
    }
    if (record.cells.every((c) => c.trim() === "")) {
      if (emptyLines.length < EMPTY_LINES_SHOWN) emptyLines.push(record.line);
      emptyRows++;
      continue;
    }
    rows++;
    const idCell = plan.participant === null ? "" : (record.cells[plan.participant] ?? "");
    if (!warnedAnonymous && isAnonymous(idCell)) {
      warnedAnonymous = true;
      yield {
        kind: "warning",
        problem: { file, line: record.line, ...m.anonymous(idHeader, idCell.trim()) },
      };
    }
    const unit = readRow(record, file, plan, side, width, o);
    if (timeColumn && unit.kind === "entry")
      unit.entry.time = parseTime(record.cells[timeColumn.index] ?? "", timeColumn.dayFirst);
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
  if (emptyRows > 0)
    yield {
      kind: "warning",
      problem: { file, line: emptyLines[0] as number, ...m.emptyRows(emptyRows, emptyLines) },
    };
}
