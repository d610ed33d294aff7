// Words of per-person reports and team summaries that a profile does not already have.
const en = {
  notes: "Your notes",
  questionnaire: (id: string, version: string) => `questionnaire ${id}, version ${version}`,
  chart: "Dimensions, from 0 to 100",
  answeredAt: (date: string) => `answers of ${date}`,
  unanswered: (n: number) =>
    n === 0 ? "every question answered" : `${n} question(s) left unanswered`,
  made: "Made with reflet. Nothing in this page was fetched from the network.",
};

const fr: typeof en = {
  notes: "Vos notes",
  questionnaire: (id, version) => `questionnaire ${id}, version ${version}`,
  chart: "Dimensions, de 0 à 100",
  answeredAt: (date) => `réponses du ${date}`,
  unanswered: (n) =>
    n === 0 ? "toutes les questions ont une réponse" : `${n} question(s) sans réponse`,
  made: "Fait avec reflet. Rien dans cette page ne vient du réseau.",
};

export const reportMessages = { en, fr };
