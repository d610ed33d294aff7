// Beside each dimension of a profile, where the person stands among the norm group: "higher
// than 7 people in 10 of your team, n = 214". Used by score (text and Markdown).

import type { Result } from "../engine/types.ts";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { contentLang, localize } from "../i18n/text.ts";
import { typeset } from "../i18n/typography.ts";
import type { Model } from "../model/model.ts";
import { escapeMarkdownInline } from "../render/markdown.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { normsMessages } from "./messages.ts";
import { type NormFile, tenthsBelow } from "./norms.ts";

export function standingLines(model: Model, result: Result, norms: NormFile, lang: Lang): string[] {
  const m = messagesFor(lang, normsMessages);
  const content = contentLang(lang, model.languages);
  const byId = new Map(norms.targets.map((t) => [t.id, t]));
  return result.dimensions.map((d) => {
    const target = model.targets.get(d.id);
    const name = target ? localize(target.name, content, model.languages) : d.id;
    const norm = byId.get(d.id);
    const line =
      d.percent === null || d.status !== "ok"
        ? m.noScore(name)
        : norm
          ? m.standing(name, tenthsBelow(norm, d.percent), norm.n)
          : m.noNorm(name);
    return typeset(line, lang);
  });
}

/** "Where you stand (norms, n = 214):", n being the most people any target's norm has. */
export function standingHeading(norms: NormFile, lang: Lang): string {
  const n = Math.max(0, ...norms.targets.map((t) => t.n));
  return typeset(messagesFor(lang, normsMessages).heading(n), lang);
}

/** The block that follows a profile: a heading, then one line per dimension. */
export function standingBlock(
  model: Model,
  result: Result,
  norms: NormFile,
  lang: Lang,
  format: "text" | "markdown",
): string {
  const lines = standingLines(model, result, norms, lang);
  const heading = standingHeading(norms, lang);
  if (format === "markdown")
    return `\n## ${escapeMarkdownInline(heading)}\n\n${lines.map((l) => `- ${escapeMarkdownInline(l)}`).join("\n")}\n`;
  return `\n${sanitizeLine(heading)}\n${lines.map((l) => `  ${sanitizeLine(l)}`).join("\n")}\n`;
}

/** After the profiles of a run: the standing of the questionnaire the norms are of. */
export function standingOfRun(
  inputs: readonly { model: Model; result: Result }[],
  norms: NormFile,
  lang: Lang,
  format: "text" | "markdown",
): string {
  const input = inputs.find((i) => i.model.id === norms.questionnaire.id);
  return input ? standingBlock(input.model, input.result, norms, lang, format) : "";
}
