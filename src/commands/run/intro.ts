// The introduction of a questionnaire, above its first question the first time the person
// opens it: what it is about, how long it takes, where its ideas come from. Never in the
// way: the first question is right under it, and it is not shown again.
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { localize } from "../../i18n/text.ts";
import { typeset } from "../../i18n/typography.ts";
import type { Model } from "../../model/model.ts";
import type { Text } from "../../model/types.ts";
import type { Colour } from "../../term/colour.ts";
import { sanitizeText } from "../../term/sanitize.ts";
import { wrap } from "../../term/wrap.ts";
import { runMessages } from "./messages.ts";

/**
 * The introduction's lines for a terminal `columns` wide: the questionnaire's texts in
 * `lang`, reflet's words in `userLang`.
 */
export function introLines(
  model: Model,
  lang: string,
  userLang: Lang,
  colour: Colour,
  columns: number,
): string[] {
  const m = messagesFor(userLang, runMessages);
  const text = (t: Text | undefined) =>
    sanitizeText(typeset(localize(t, lang, model.languages), lang));
  const width = Math.max(20, Math.min(columns, 100) - 1);
  const lines = wrap(text(model.file.title), width).map((l) => colour.bold(l));
  if (model.file.minutes !== undefined)
    lines.push(...wrap(m.introMinutes(model.file.minutes), width).map((l) => colour.dim(l)));
  const description = text(model.file.description);
  if (description) lines.push("", ...wrap(description, width));
  const credits = (model.file.credits ?? []).map(text).filter(Boolean);
  if (credits.length > 0) {
    lines.push("", colour.dim(m.introCredits));
    for (const credit of credits)
      lines.push(...wrap(credit, width, { first: "- ", rest: "  " }).map((l) => colour.dim(l)));
  }
  return [...lines, ""];
}
