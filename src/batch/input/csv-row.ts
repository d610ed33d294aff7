// One CSV row read against the header's plan: an entry with its answers by item index, or a
// rejection naming every cell that is not an answer, at the row's line. The cells are read in
// place (csv/row-cells.ts): a one-character answer is looked up by its code, no string made.

import type { RowCells } from "../../csv/row-cells.ts";
import { allowedValues, checkAnswer } from "../../engine/answers.ts";
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { answerLabels } from "../../load/answer-forms.ts";
import { joinPicks } from "../../load/cells.ts";
import { answerMessages } from "../../load/messages/answers.ts";
import type { Problem } from "../../load/problem.ts";
import type { Model } from "../../model/model.ts";
import type { AnswerValue, Item } from "../../model/types.ts";
import { batchInputMessages } from "../messages/input.ts";
import type { Entry, Unit } from "../types.ts";
import type { ColumnPlan, ItemColumn } from "./columns.ts";
import { isAnonymous } from "./id-column.ts";
import { groupName, type SideColumns } from "./side-columns.ts";

/** What reading a row needs to know beside its cells. */
export interface RowContext {
  model: Model;
  lang: Lang;
  /** Put before `row-N` ids, so rows of several files do not share ids. */
  idPrefix?: string | undefined;
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
function allowedHint(o: RowContext, item: Item): string | undefined {
  const allowed = allowedValues(o.model, item);
  if (allowed.length === 0) return undefined;
  return messagesFor(o.lang, answerMessages).useOneOf(allowed, answerLabels(o.model, item, o.lang));
}

/** Each column's item index, found once per file. */
const itemIndexes = new WeakMap<ColumnPlan, number[]>();

function indexesOf(plan: ColumnPlan, model: Model): number[] {
  let at = itemIndexes.get(plan);
  if (!at) {
    // A planned column holds one of the model's items; at has one index a column.
    at = plan.items.map((col) => model.itemIndex.get(col.item.id)!);
    itemIndexes.set(plan, at);
  }
  return at;
}

/** The answer in cell `k` for `col`: null for an empty cell, undefined for one that is none. */
function answerIn(cells: RowCells, col: ItemColumn): AnswerValue | null | undefined {
  const code = col.oneCharacter ? cells.code(col.index) : -1;
  const quick = code >= 0 ? (col.oneCharacter as readonly (number | undefined)[])[code] : undefined;
  return quick !== undefined ? quick : col.read(cells.cell(col.index));
}

export function readRow(
  cells: RowCells,
  line: number,
  file: string,
  plan: ColumnPlan,
  side: SideColumns,
  width: number,
  o: RowContext,
): Unit {
  const m = messagesFor(o.lang, batchInputMessages);
  const said: Said[] = [];
  if (cells.count !== width) said.push(m.cellCount(cells.count, width));
  // By item index: the scorer reads them so; the answers by id are made only if asked for.
  const values: (AnswerValue | undefined)[] = new Array(o.model.items.length);
  const at = indexesOf(plan, o.model);
  if (said.length === 0) {
    for (let c = 0; c < plan.items.length; c++) {
      const col = plan.items[c] as ItemColumn;
      const value = answerIn(cells, col);
      if (value === null) continue;
      if (value === undefined) {
        const cell = cells.cell(col.index);
        said.push(m.badCell(col.header, col.item.id, cell, allowedHint(o, col.item)));
        continue;
      }
      if (col.item.type === "multi") {
        const p = checkAnswer(o.model, col.item, value);
        if (p) said.push(messagesFor(o.lang, answerMessages).problem(p));
      }
      values[at[c]!] = joinPicks(values[at[c]!], value);
    }
    // A best–worst item's two picks are checked once both of its columns are read.
    let checked: Set<number> | undefined;
    for (let c = 0; c < plan.items.length; c++) {
      const col = plan.items[c] as ItemColumn;
      const i = at[c]!;
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
  const cell = plan.participant === null ? "" : cells.cell(plan.participant).trim();
  // "anonymous" for everyone names nobody: each row is its own person.
  const given = isAnonymous(cell) ? "" : cell;
  const participant = given || `${o.idPrefix ?? ""}row-${line}`;
  const entry = new CsvEntry(participant, given === "", file, line, values, plan, at);
  if (side.group !== null) entry.group = groupName(cells.cell(side.group));
  if (side.timestamp !== null) entry.answeredAt = groupName(cells.cell(side.timestamp));
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
        const value = this.values[this.at[c]!];
        if (value !== undefined) byId[col.item.id] = value;
      }
      this.byId = byId;
    }
    return this.byId;
  }
}
