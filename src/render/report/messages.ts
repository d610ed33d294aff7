// Words of per-person reports and team summaries that a profile does not already have.
import { counted } from "../../i18n/plural.ts";

const en = {
  notes: "Your notes",
  questionnaire: (id: string, version: string) => `questionnaire ${id}, version ${version}`,
  chart: "Dimensions, from 0 to 100",
  answeredAt: (date: string) => `answers of ${date}`,
  unanswered: (n: number) =>
    n === 0
      ? "every question answered"
      : `${counted("en", n, "question", "questions")} left unanswered`,
  made: "Made with reflet. Nothing in this page was fetched from the network.",
};

const fr: typeof en = {
  notes: "Vos notes",
  questionnaire: (id, version) => `questionnaire ${id}, version ${version}`,
  chart: "Dimensions, de 0 à 100",
  answeredAt: (date) => `réponses du ${date}`,
  unanswered: (n) =>
    n === 0
      ? "toutes les questions ont une réponse"
      : `${counted("fr", n, "question", "questions")} sans réponse`,
  made: "Fait avec reflet. Rien dans cette page ne vient du réseau.",
};

export const reportMessages = { en, fr };
