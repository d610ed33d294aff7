// What the answers loader says, in both languages.

import type { AnswerProblem } from "../../engine/answers.ts";
import { counted } from "../../i18n/plural.ts";

type Said = { message: string; hint?: string };
const show = (v: unknown) => JSON.stringify(v);
const allowed = (xs: (string | number)[]) => xs.map((x) => String(x)).join(", ");
const SHOWN = 8;
/** The first few of a list, "…" for the rest. */
const shown = (xs: readonly (string | number)[]) =>
  xs.length > SHOWN ? `${xs.slice(0, SHOWN).join(", ")}, …` : xs.join(", ");

const en = {
  blank: (answered: number): Said => ({
    message:
      answered === 0
        ? "no answers: this sheet is not scored"
        : `only ${counted("en", answered, "answer", "answers")}: too few for any dimension, this sheet is not scored`,
    hint: "fill it in, or leave it out",
  }),
  otherQuestionnaire: (got: string, want: string): Said => ({
    message: `these answers are for "${got}", not "${want}"`,
    hint: "score them with their own questionnaire",
  }),
  /** What an answer may be: its values, and the labels that say the same. */
  useOneOf: (values: (string | number)[], labels: readonly string[]): string =>
    `use one of ${shown(values)}` +
    (labels.length > 0 ? `, or their labels: ${shown(labels.map((l) => `"${l}"`))}` : ""),
  unknownItem: (id: string, suggestion: string | undefined): Said => ({
    message: `no question "${id}" in this questionnaire: this answer is left out`,
    hint: suggestion ? `did you mean "${suggestion}"?` : "check the id, or remove the line",
  }),
  problem: (p: AnswerProblem, labels: readonly string[] = []): Said => {
    switch (p.code) {
      case "unknown-item":
        return {
          message: `no question "${p.item}" in this questionnaire`,
          hint: "check the id, or remove the line",
        };
      case "not-on-scale":
        return {
          message: `${p.item}: ${show(p.value)} is not on the scale`,
          hint: en.useOneOf(p.allowed, labels),
        };
      case "unknown-option":
        return {
          message: `${p.item}: ${show(p.value)} is not an option`,
          hint: en.useOneOf(p.allowed, labels),
        };
      case "one-option":
        return {
          message: `${p.item}: give one option, not a list`,
          hint: `one of ${allowed(p.allowed)}`,
        };
      case "too-few-options":
        return {
          message: `${p.item}: too few options chosen`,
          hint: `choose at least ${p.limit ?? 1}`,
        };
      case "too-many-options":
        return {
          message: `${p.item}: too many options chosen`,
          hint: `choose at most ${p.limit ?? 1}`,
        };
      case "not-text":
        return { message: `${p.item}: expected text`, hint: "put the answer in quotes" };
      case "best-worst":
        return {
          message: `${p.item}: expected the most and the least likely options`,
          hint: `write {best: OPTION, worst: OPTION} with two of ${allowed(p.allowed)}`,
        };
      case "same-pick":
        return {
          message: `${p.item}: the same option is picked as most and least likely`,
          hint: "pick two different options",
        };
    }
  },
};

const fr: typeof en = {
  blank: (answered) => ({
    message:
      answered === 0
        ? "aucune réponse : cette feuille n’est pas évaluée"
        : `seulement ${counted("fr", answered, "réponse", "réponses")} : trop peu pour toute dimension, cette feuille n’est pas évaluée`,
    hint: "faites-la remplir, ou laissez-la de côté",
  }),
  otherQuestionnaire: (got, want) => ({
    message: `ces réponses sont pour « ${got} », pas pour « ${want} »`,
    hint: "évaluez-les avec leur propre questionnaire",
  }),
  useOneOf: (values, labels) =>
    `utilisez ${shown(values)}` +
    (labels.length > 0 ? `, ou leurs libellés : ${shown(labels.map((l) => `« ${l} »`))}` : ""),
  unknownItem: (id, suggestion) => ({
    message: `pas de question « ${id} » dans ce questionnaire : cette réponse est laissée de côté`,
    hint: suggestion
      ? `vouliez-vous dire « ${suggestion} » ?`
      : "vérifiez l’identifiant ou retirez la ligne",
  }),
  problem: (p, labels = []) => {
    switch (p.code) {
      case "unknown-item":
        return {
          message: `pas de question « ${p.item} » dans ce questionnaire`,
          hint: "vérifiez l’identifiant ou retirez la ligne",
        };
      case "not-on-scale":
        return {
          message: `${p.item} : ${show(p.value)} n’est pas sur l’échelle`,
          hint: fr.useOneOf(p.allowed, labels),
        };
      case "unknown-option":
        return {
          message: `${p.item} : ${show(p.value)} n’est pas une option`,
          hint: fr.useOneOf(p.allowed, labels),
        };
      case "one-option":
        return {
          message: `${p.item} : une seule option, pas une liste`,
          hint: `parmi ${allowed(p.allowed)}`,
        };
      case "too-few-options":
        return {
          message: `${p.item} : trop peu d’options choisies`,
          hint: `choisissez-en au moins ${p.limit ?? 1}`,
        };
      case "too-many-options":
        return {
          message: `${p.item} : trop d’options choisies`,
          hint: `choisissez-en au plus ${p.limit ?? 1}`,
        };
      case "not-text":
        return { message: `${p.item} : texte attendu`, hint: "mettez la réponse entre guillemets" };
      case "best-worst":
        return {
          message: `${p.item} : il faut l’option la plus probable et la moins probable`,
          hint: `écrivez {best: OPTION, worst: OPTION} avec deux options parmi ${allowed(p.allowed)}`,
        };
      case "same-pick":
        return {
          message: `${p.item} : la même option est choisie comme la plus et la moins probable`,
          hint: "choisissez deux options différentes",
        };
    }
  },
};

export const answerMessages = { en, fr };
