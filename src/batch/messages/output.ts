// What a batch says while it works and about what it writes, in both languages: progress, the
// files written, the pseudonym key, and why nothing was written.

import { counted } from "../../i18n/plural.ts";

const en = {
  progressOf: (n: number, percent: number, left: string | null) =>
    `scoring… ${n} answer sheets, ${percent}%${left ? `, about ${left} left` : ""}`,
  tally: (t: { scored: number; rejected: number; flagged: number }) =>
    `${t.scored} scored, ${t.rejected} rejected, ${t.flagged} flagged`,
  progress: (n: number) => `scoring… ${n} answer sheets`,
  wrote: (what: string) => `written: ${what}`,
  reportsIn: (n: number, dir: string) => `${counted("en", n, "report", "reports")} in ${dir}`,
  keyCreated: (file: string) =>
    `reflet: new pseudonym key in ${file} (keep it: the same key gives the same pseudonyms)`,
  keyTooShort: (file: string) =>
    `reflet: ${file}: the pseudonym key is too short (use at least 16 characters, or delete the file to get a new key)`,
  keyUnreadable: (file: string, detail: string) =>
    `reflet: ${file}: cannot read or write the pseudonym key (${detail})`,
  keyOpen: (file: string) =>
    `reflet: warning: ${file}: others can read the pseudonym key, and with it tell who is who (chmod 600 ${file})`,
  pseudonymTable: (file: string, n: number) =>
    `table of ${counted("en", n, "pseudonym", "pseudonyms")} and names in ${file} (private: it tells who is who)`,
  interrupted: "reflet: interrupted: results, reports and summary not written",
  stopped:
    "reflet: stopped at the first rejected answer sheet (--fail-fast): results, reports and summary not written",
};

const fr: typeof en = {
  progressOf: (n, percent, left) =>
    `évaluation… ${n} feuilles de réponses, ${percent} %${left ? `, encore ${left} environ` : ""}`,
  tally: (t) =>
    [
      counted("fr", t.scored, "évalué", "évalués"),
      counted("fr", t.rejected, "rejeté", "rejetés"),
      counted("fr", t.flagged, "signalé", "signalés"),
    ].join(", "),
  progress: (n) => `évaluation… ${n} feuilles de réponses`,
  wrote: (what) => `écrit : ${what}`,
  reportsIn: (n, dir) => `${counted("fr", n, "rapport", "rapports")} dans ${dir}`,
  keyCreated: (file) =>
    `reflet : nouvelle clé de pseudonymes dans ${file} (gardez-la : la même clé donne les mêmes pseudonymes)`,
  keyTooShort: (file) =>
    `reflet : ${file} : la clé de pseudonymes est trop courte (au moins 16 caractères, ou supprimez le fichier pour en avoir une nouvelle)`,
  keyUnreadable: (file, detail) =>
    `reflet : ${file} : lecture ou écriture de la clé de pseudonymes impossible (${detail})`,
  keyOpen: (file) =>
    `reflet : attention : ${file} : d’autres peuvent lire la clé de pseudonymes, et savoir qui est qui (chmod 600 ${file})`,
  pseudonymTable: (file, n) =>
    `table de ${counted("fr", n, "pseudonyme", "pseudonymes")} et noms dans ${file} (privée : elle dit qui est qui)`,
  interrupted: "reflet : interrompu : résultats, rapports et synthèse non écrits",
  stopped:
    "reflet : arrêt à la première feuille de réponses rejetée (--fail-fast) : résultats, rapports et synthèse non écrits",
};

export const batchOutputMessages = { en, fr };
