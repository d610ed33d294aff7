// One CSV row read against the header's plan: an entry with its answers by item index, or a
// rejection naming every cell that is not an answer, at the row's line. The cells are read in
// place (csv/row-cells.ts): a one-character answer is looked up by its code, no string made.
// What a file's rows share (the plan's tables, the messages) is worked out once per file.

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

/**
 * Every item column's answers to a one-character cell, by character code, side by side in
 * one array: when every column has them (likert items, as most questionnaires are), a row
 * whose cells all hit is read with one lookup a cell, no string made and no function
 * called, and needs no other check. A plain array, not a Float64Array: its whole numbers
 * stay small integers in the row's values, where doubles would make V8 copy the array.
 */
interface QuickPlan {
  /** The file column of each item column. */
  columns: Int32Array;
  /** The item index of each item column. */
  items: Int32Array;
  /** Item column c's answer to code x at c * CODES + x; undefined for a code that is none. */
  answers: readonly (number | undefined)[];
}

/** Codes a quick plan holds answers for: a scale value of one character is an ASCII one. */
const CODES = 128;

function quickPlan(plan: ColumnPlan, at: readonly number[]): QuickPlan | null {
  const n = plan.items.length;
  if (new Set(at).size !== n) return null;
  // Filled, not holey: a hole is looked for on the prototype.
  const answers: (number | undefined)[] = new Array(n * CODES).fill(undefined);
  for (let c = 0; c < n; c++) {
    const table = plan.items[c]!.oneCharacter;
    if (!table) return null;
    for (let x = 0; x < CODES; x++) {
      const value = table[x];
      if (value !== undefined) answers[c * CODES + x] = value;
    }
  }
  return {
    columns: Int32Array.from(plan.items, (col) => col.index),
    items: Int32Array.from(at),
    answers,
  };
}

/** The answer in cell `k` for `col`: null for an empty cell, undefined for one that is none. */
function answerIn(cells: RowCells, col: ItemColumn): AnswerValue | null | undefined {
  const code = col.oneCharacter ? cells.code(col.index) : -1;
  const quick = code >= 0 ? (col.oneCharacter as readonly (number | undefined)[])[code] : undefined;
  return quick !== undefined ? quick : col.read(cells.cell(col.index));
}

/** The rows of one file, read against its header's plan. */
export class RowReader {
  private readonly m: (typeof batchInputMessages)["en"];
  /** Each item column's item index. */
  private readonly at: readonly number[];
  private readonly quick: QuickPlan | null;
  /** The codes of a row's item cells, reused from row to row. */
  private readonly codes: Int32Array;
  /** The last row's id cell, trimmed, when it says "anonymous" (id-column.ts); else null. */
  anonymous: string | null = null;

  constructor(
    private readonly file: string,
    private readonly plan: ColumnPlan,
    private readonly side: SideColumns,
    /** The header's number of cells: every row must have as many. */
    private readonly width: number,
    private readonly o: RowContext,
    /** False: every row read cell by cell, as the tests compare the two ways. */
    quick = true,
  ) {
    this.m = messagesFor(o.lang, batchInputMessages);
    // A planned column holds one of the model's items.
    this.at = plan.items.map((col) => o.model.itemIndex.get(col.item.id)!);
    this.quick = quick ? quickPlan(plan, this.at) : null;
    this.codes = new Int32Array(plan.items.length);
  }

  /** An entry with its answers by item index, or a rejection naming every cell that is none. */
  read(cells: RowCells, line: number): Unit {
    const { plan, side, file } = this;
    const cell = plan.participant === null ? "" : cells.cell(plan.participant).trim();
    // "anonymous" for everyone names nobody: each row is its own person.
    this.anonymous = isAnonymous(cell) ? cell : null;
    // By item index: the scorer reads them so; the answers by id are made only if asked for.
    let values: (AnswerValue | undefined)[] = new Array(this.o.model.items.length);
    if (!(this.quick && cells.count === this.width && this.quickly(cells, values))) {
      if (this.quick) values = new Array(this.o.model.items.length);
      const said = this.answers(cells, values);
      if (said.length > 0)
        return {
          kind: "rejected",
          problems: [oneProblem(this.file, line, said, this.m.moreProblems)],
          count: 1,
        };
    }
    const given = this.anonymous === null ? cell : "";
    const participant = given || `${this.o.idPrefix ?? ""}row-${line}`;
    const entry = new CsvEntry(participant, given === "", file, line, values, plan, this.at);
    if (side.group !== null) entry.group = groupName(cells.cell(side.group));
    if (side.timestamp !== null) entry.answeredAt = groupName(cells.cell(side.timestamp));
    return { kind: "entry", entry };
  }

  /** Every answer looked up by its cell's code; false at the first cell that is not one. */
  private quickly(cells: RowCells, values: (AnswerValue | undefined)[]): boolean {
    const { columns, items, answers } = this.quick!;
    const codes = this.codes;
    cells.codesOf(columns, codes);
    for (let c = 0; c < codes.length; c++) {
      const code = codes[c]!;
      if (code < 0 || code >= CODES) return false;
      const value = answers[c * CODES + code];
      if (value === undefined) return false;
      values[items[c]!] = value;
    }
    return true;
  }

  /** Every cell read as its column's reader reads it, what is wrong said. */
  private answers(cells: RowCells, values: (AnswerValue | undefined)[]): Said[] {
    const { m, o, plan, at } = this;
    const said: Said[] = [];
    if (cells.count !== this.width) {
      said.push(m.cellCount(cells.count, this.width));
      return said;
    }
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
    return said;
  }
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
