// An answers file's answer read by the rules of a CSV cell: a number, a number in quotes, an
// option id, or a label in any of the questionnaire's languages, case and accents aside. One
// reader for both kinds of input (load/cells.ts), so a sheet typed in YAML and the same
// sheet exported from a form give the same answers and the same messages.

import { checkAnswer } from "../engine/answers.ts";
import { localize } from "../i18n/text.ts";
import { isBestWorst } from "../model/kinds.ts";
import type { Model } from "../model/model.ts";
import type { AnswerValue, Item } from "../model/types.ts";
import { cellReader } from "./cells.ts";

/** The answer `value` stands for, read as a cell would be; undefined when it stands for none. */
function asCell(model: Model, item: Item, value: AnswerValue): AnswerValue | undefined {
  const read = cellReader(model, item);
  if (typeof value === "number")
    return item.type === "text" ? String(value) : (read(String(value)) ?? undefined);
  if (typeof value === "string") return read(value) ?? undefined;
  if (Array.isArray(value)) {
    if (item.type !== "multi") return undefined;
    const chosen: string[] = [];
    for (const one of value) {
      const got = read(one);
      if (!Array.isArray(got)) return undefined;
      for (const v of got) if (!chosen.includes(v)) chosen.push(v);
    }
    return chosen;
  }
  if (isBestWorst(value) && item.type === "best-worst") {
    const best = read(String(value.best));
    const worst = read(String(value.worst));
    return typeof best === "string" && typeof worst === "string" ? { best, worst } : undefined;
  }
  return undefined;
}

export type ReadAnswer =
  | { ok: true; value: AnswerValue }
  | { ok: false; problem: NonNullable<ReturnType<typeof checkAnswer>> };

/**
 * The answer to score: `value` itself when the item takes it as it is (a plain JSON file reads
 * the same either way), else what it stands for as a cell. When neither is an answer, the
 * problem of the reading that got furthest: "too many options" rather than "not an option".
 */
export function readAnswer(model: Model, item: Item, value: AnswerValue): ReadAnswer {
  const direct = checkAnswer(model, item, value);
  if (!direct) return { ok: true, value };
  const cell = asCell(model, item, value);
  if (cell === undefined) return { ok: false, problem: direct };
  const problem = checkAnswer(model, item, cell);
  return problem ? { ok: false, problem } : { ok: true, value: cell };
}

/** The labels an answer to `item` may be given by, in `lang`: for hints. */
export function answerLabels(model: Model, item: Item, lang: string): string[] {
  if (item.type === "text") return [];
  if (item.type === "likert")
    return (model.file.scales[item.scale]?.points ?? []).map((p) =>
      localize(p.label, lang, model.languages),
    );
  return item.options.map((o) => localize(o.label, lang, model.languages));
}
