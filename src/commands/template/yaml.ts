// A blank answers file: every question as a comment, with its allowed values and their
// labels, and an empty answer after each id. `reflet score` and `reflet batch` read it back.
import { describe } from "../../engine/conditions.ts";
import { type Lang, messagesFor } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import { allowsNotApplicable, NOT_APPLICABLE, notApplicableLabel } from "../../model/kinds.ts";
import type { Model } from "../../model/model.ts";
import type { Item, Text } from "../../model/types.ts";
import { sanitizeJson, sanitizeLine } from "../../term/sanitize.ts";
import { templateMessages } from "./messages.ts";

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const YAML_WORDS = /^(true|false|null|yes|no|on|off|y|n)$/i;

/** Double-quoted, as JSON (which YAML reads): bidi and C1 characters escaped as \uXXXX. */
const quoted = (text: string): string => sanitizeJson(JSON.stringify(text));

/** An id as a YAML key: plain when it can be, double-quoted otherwise. */
export function yamlKey(id: string): string {
  return PLAIN_KEY.test(id) && !YAML_WORDS.test(id) ? id : quoted(id);
}

/** Comment lines: untrusted text cannot end the comment, nor reach a terminal raw. */
export const comment = (indent: string, text: string): string[] =>
  text.split(/\r?\n/).map((line) => `${indent}# ${sanitizeLine(line)}`.trimEnd());

const ONE_LINE = 100;

function choices(indent: string, pairs: [string, string][], heading: string): string[] {
  const inline = pairs.map(([v, l]) => `${v} = ${l}`).join(" · ");
  if (`${indent}# ${heading} ${inline}`.length <= ONE_LINE)
    return comment(indent, `${heading} ${inline}`);
  return [
    ...comment(indent, heading),
    ...pairs.flatMap(([v, l]) => comment(indent, `  ${v} = ${l}`)),
  ];
}

function itemLines(model: Model, item: Item, lang: string, userLang: Lang): string[] {
  const w = messagesFor(userLang, templateMessages);
  const text = (t: Text | undefined) => localize(t, lang, model.languages);
  const indent = "  ";
  const out: string[] = [""];
  if (item.when) out.push(...comment(indent, `(${w.when(describe(item.when))})`));
  if (item.type === "scenario" || item.type === "best-worst")
    out.push(...comment(indent, text(item.scene)));
  // "Does not apply", where allowed, is one more choice: na.
  const na: [string, string][] = allowsNotApplicable(model, item)
    ? [[NOT_APPLICABLE, text(notApplicableLabel(model, item.id))]]
    : [];
  out.push(...comment(indent, text(item.text)));
  if (item.type === "likert") {
    const points = model.file.scales[item.scale]?.points ?? [];
    out.push(
      ...choices(
        indent,
        [...points.map((p): [string, string] => [String(p.value), text(p.label)]), ...na],
        w.oneOf,
      ),
    );
  } else if (item.type === "text") {
    out.push(...comment(indent, w.text));
  } else {
    const pairs = item.options.map((o): [string, string] => [o.value, text(o.label)]);
    const heading =
      item.type === "multi"
        ? w.multi(item.min, item.max)
        : item.type === "best-worst"
          ? w.bestWorst
          : w.oneOf;
    out.push(...choices(indent, [...pairs, ...na], heading));
  }
  out.push(`${indent}${yamlKey(item.id)}:`);
  return out;
}

export function templateYaml(model: Model, userLang: Lang, participant?: string): string {
  const w = messagesFor(userLang, templateMessages);
  const lang = contentLang(userLang, model.languages);
  const out = [
    ...comment("", localize(model.file.title, lang, model.languages)),
    ...comment("", w.intro(model.id, model.version)),
    ...comment("", w.how),
    ...comment("", w.afterwards(model.id)),
    `questionnaire: ${quoted(model.id)}`,
    `version: ${quoted(model.version)}`,
    participant === undefined ? `# ${w.participant}` : `participant: ${quoted(participant)}`,
    `lang: ${lang}`,
    "answers:",
    ...model.items.flatMap((item) => itemLines(model, item, lang, userLang)),
  ];
  return `${out.join("\n")}\n`;
}
