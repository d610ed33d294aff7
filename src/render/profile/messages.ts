// Headings and labels of a profile, in both languages.

import { formatDate } from "../../i18n/dates.ts";
import { wordsLang } from "../../i18n/lang.ts";
import { counted } from "../../i18n/plural.ts";

const en = {
  profile: "Profile",
  participant: "Participant",
  dimensions: "Dimensions",
  dimension: "Dimension",
  score: "Score",
  band: "Band",
  change: "Change",
  notEnough: "not enough answers",
  strengths: "Strengths",
  watch: "What to watch",
  actions: "To try this week",
  support: "Support",
  reflections: "To reflect on",
  quality: "About these answers",
  lowInformationTitle: "Not enough to go on",
  lowInformation:
    "These answers say too little to draw a profile: most of them are the same, in the middle, not applicable or missing. Your scores are below; answer again, one question at a time, for a profile and your strengths.",
  since: (date: string) => `Change since your last result (${date}) in the last column.`,
  combined: (n: number) => `Your profile: ${n} questionnaires`,
  flag: (id: string) =>
    id === "straight-lining"
      ? "Almost every answer is the same: the profile may not reflect you. Take the questions one at a time next time."
      : `Two answers that should agree do not (${id}): read the profile with care.`,
  notApplicable: (questions: readonly string[]) =>
    `${counted("en", questions.length, "question", "questions")} answered “does not apply” (N/A), left out of the scores: ${questions.join(" · ")}`,
  /** A text about something named: "Calm: …" (French puts a space before the colon). */
  about: (name: string, text: string) => `${name}: ${text}`,
  // --why: the answers behind a text.
  quote: (s: string) => `“${s}”`,
  because: (answer: string, question: string) => `because you answered ${answer} to ${question}`,
  bestWorst: (best: string, worst: string, question: string) =>
    `because you picked ${best} as the most likely and ${worst} as the least likely, in answer to ${question}`,
};

const fr: typeof en = {
  profile: "Profil",
  participant: "Participant·e",
  dimensions: "Dimensions",
  dimension: "Dimension",
  score: "Score",
  band: "Niveau",
  change: "Évolution",
  notEnough: "pas assez de réponses",
  strengths: "Points forts",
  watch: "Points de vigilance",
  actions: "À essayer cette semaine",
  support: "Du soutien",
  reflections: "Pour réfléchir",
  quality: "À propos de ces réponses",
  lowInformationTitle: "Pas assez d’éléments",
  lowInformation:
    "Ces réponses en disent trop peu pour dresser un profil : la plupart sont identiques, au milieu, sans objet ou manquantes. Vos scores sont ci-dessous ; répondez de nouveau, une question à la fois, pour obtenir un profil et vos points forts.",
  since: (date) => `Évolution depuis votre dernier résultat (${date}) en dernière colonne.`,
  combined: (n) => `Votre profil : ${n} questionnaires`,
  flag: (id) =>
    id === "straight-lining"
      ? "Presque toutes les réponses sont identiques : le profil risque de ne pas vous ressembler. La prochaine fois, prenez les questions une à une."
      : `Deux réponses qui devraient concorder ne concordent pas (${id}) : lisez le profil avec prudence.`,
  notApplicable: (questions) =>
    `${counted("fr", questions.length, "question", "questions")} avec la réponse « ne s’applique pas » (N/A), hors des scores : ${questions.join(" · ")}`,
  about: (name, text) => `${name} : ${text}`,
  // No-break spaces: a guillemet never ends up alone at the start or end of a line.
  quote: (s) => `«\u00a0${s}\u00a0»`,
  because: (answer, question) => `parce que vous avez répondu ${answer} à ${question}`,
  bestWorst: (best, worst, question) =>
    `parce que vous avez choisi ${best} comme la plus probable et ${worst} comme la moins probable, en réponse à ${question}`,
};

export const profileMessages = { en, fr };

/** What the profile says about the answers themselves: quality flags, then the N/A count. */
export function aboutAnswers(v: {
  uiLang: "en" | "fr";
  flags: readonly string[];
  notApplicable: readonly string[];
}): string[] {
  const w = profileMessages[v.uiLang];
  const na = v.notApplicable.length > 0 ? [w.notApplicable(v.notApplicable)] : [];
  return [...v.flags.map(w.flag), ...na];
}

/** "+12", "−5" (a real minus sign), or "=" when nothing moved. */
export function signed(change: number): string {
  if (change === 0) return "=";
  return change > 0 ? `+${change}` : `−${Math.abs(change)}`;
}

/** A date as people write it in that language: "2 March 2025", "2 mars 2025". */
export function longDate(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatDate(date, lang, { dateStyle: "long" });
}

/** A text about something named, punctuated as the text's language wants: "Calme : ...". */
export function about(lang: string, name: string, text: string): string {
  return profileMessages[wordsLang(lang)].about(name, text);
}
