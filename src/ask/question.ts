// An item as the person sees it: in one language, made safe for a terminal.

import { localize } from "../i18n/text.ts";
import { typeset } from "../i18n/typography.ts";
import { allowsNotApplicable, notApplicableLabel } from "../model/kinds.ts";
import type { Model } from "../model/model.ts";
import type { AnswerValue, Item, Text } from "../model/types.ts";
import { sanitizeLine, sanitizeText } from "../term/sanitize.ts";

export interface QuestionOption {
  value: string | number;
  label: string;
}

export interface Question {
  id: string;
  /**
   * scale: one point of a Likert scale; choice: one option (choice, scenario); multi: several;
   * best-worst: the most likely option, then the least likely among the others.
   */
  kind: "scale" | "choice" | "multi" | "text" | "best-worst";
  text: string;
  help?: string;
  /** The short scene of a scenario, shown before the question. */
  scene?: string;
  options: QuestionOption[];
  min?: number;
  max?: number;
  /** The label of the "does not apply" choice, shown after the options; absent if not allowed. */
  notApplicable?: string;
}

/** Where a question stands beyond its questionnaire: shown on its progress line. */
export interface Where {
  /** The questionnaire's title, when several are answered in a row. */
  title?: string;
  /** The question's number and the count across every questionnaire of the run. */
  overall?: { n: number; total: number };
  /** Minutes left, from the pace so far. */
  minutesLeft?: number;
}

/** One question of the session, where it stands, and the answer already given if any. */
export interface Step {
  question: Question;
  /** 0-based position among the items shown so far. */
  index: number;
  total: number;
  previous?: AnswerValue;
  canGoBack: boolean;
  where?: Where;
}

export function questionOf(model: Model, item: Item, lang: string): Question {
  const text = (t: Text) => sanitizeText(typeset(localize(t, lang, model.languages), lang));
  const base = {
    id: item.id,
    text: text(item.text),
    ...(item.help ? { help: text(item.help) } : {}),
  };
  const label = (t: Text) => sanitizeLine(typeset(localize(t, lang, model.languages), lang));
  const na = allowsNotApplicable(model, item)
    ? { notApplicable: label(notApplicableLabel(model, item.id)) }
    : {};
  return { ...shaped(), ...na };
  function shaped(): Question {
    switch (item.type) {
      case "likert": {
        const points = model.file.scales[item.scale]?.points ?? [];
        return {
          ...base,
          kind: "scale",
          options: points.map((p) => ({ value: p.value, label: label(p.label) })),
        };
      }
      case "text":
        return { ...base, kind: "text", options: [] };
      case "multi":
        return {
          ...base,
          kind: "multi",
          options: item.options.map((o) => ({ value: o.value, label: label(o.label) })),
          ...(item.min !== undefined ? { min: item.min } : {}),
          ...(item.max !== undefined ? { max: item.max } : {}),
        };
      case "scenario":
      case "choice":
        return {
          ...base,
          kind: "choice",
          ...(item.type === "scenario" ? { scene: text(item.scene) } : {}),
          options: item.options.map((o) => ({ value: o.value, label: label(o.label) })),
        };
      case "best-worst":
        return {
          ...base,
          kind: "best-worst",
          scene: text(item.scene),
          options: item.options.map((o) => ({ value: o.value, label: label(o.label) })),
        };
    }
  }
}
