// "Because you answered …": the answers behind a text of the profile, in words, for --why.

import type { Evidence } from "../../engine/types.ts";
import { wordsLang } from "../../i18n/lang.ts";
import { localize } from "../../i18n/text.ts";
import { typeset } from "../../i18n/typography.ts";
import { isBestWorst } from "../../model/kinds.ts";
import type { Model } from "../../model/model.ts";
import type { AnswerValue, Item } from "../../model/types.ts";
import { profileMessages } from "./messages.ts";

/** The label a person saw for an answer: the scale point's, the option's (or the text itself). */
function answerLabel(model: Model, item: Item, answer: AnswerValue, lang: string): string {
  const text = (t: Parameters<typeof localize>[0]) =>
    typeset(localize(t, lang, model.languages), lang);
  if (item.type === "likert") {
    const point = model.file.scales[item.scale]?.points.find((p) => p.value === answer);
    return point ? text(point.label) : String(answer);
  }
  if (item.type === "text") return String(answer);
  const values = (Array.isArray(answer) ? answer : [answer]).map(String);
  return values
    .map((v) => {
      const option = item.options.find((o) => o.value === v);
      return option ? text(option.label) : v;
    })
    .join(", ");
}

/**
 * One sentence per answer behind a text, each item once, in questionnaire order: the
 * answer the person gave and the question it answered, in the language of the texts.
 */
export function whyLines(model: Model, evidence: readonly Evidence[], lang: string): string[] {
  const w = profileMessages[wordsLang(lang)];
  const seen = new Map<string, AnswerValue>();
  for (const e of evidence) if (!seen.has(e.item)) seen.set(e.item, e.answer);
  const order = (id: string) => model.itemIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
  return [...seen]
    .sort(([a], [b]) => order(a) - order(b))
    .flatMap(([id, answer]) => {
      const index = model.itemIndex.get(id);
      const item = index === undefined ? undefined : model.items[index];
      if (!item) return [];
      const question = typeset(
        localize(item.text, lang, model.languages).replace(/\s+/g, " ").trim(),
        lang,
      );
      if (isBestWorst(answer)) {
        const label = (v: string | number) => w.quote(answerLabel(model, item, String(v), lang));
        return [w.bestWorst(label(answer.best), label(answer.worst), w.quote(question))];
      }
      return [w.because(w.quote(answerLabel(model, item, answer, lang)), w.quote(question))];
    });
}
