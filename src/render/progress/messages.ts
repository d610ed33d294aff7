// The words of `reflet progress`, and the outcomes of a check-in as they are shown there and
// asked in `reflet checkin`.
import type { Next, Obstacle, Tried } from "../../store/commitment.ts";

const en = {
  span: (first: string, last: string, n: number) =>
    n === 1 ? `${first} · 1 result` : `${first} → ${last} · ${n} results`,
  lastOf: (shown: number, n: number) => `the last ${shown} of ${n} results`,
  plans: "Plans",
  notEnough: "not enough answers",
  newVersion: (version: string) =>
    `| version ${version}: new questions, so the change is counted from its first result`,
  made: (date: string) => `chosen ${date}`,
  open: (date: string) => `next check-in ${date}`,
  outcome: (date: string, tried: string, next: string) => `${date}: ${tried}, ${next}`,
  change: "Change",
  reading: {
    reliable: "reliable change",
    noise: "within measurement noise",
    unknown: "reliability unknown",
  },
  readingLine: (parts: string[]) => `Reading of the change: ${parts.join("; ")}.`,
  unknownAll:
    "Reliability unknown: this questionnaire declares none, so no change is called reliable or noise.",
  between: (date: string) => `Your plans since your last result (${date}), and what came of them`,
  date: "Date",
  title: "My progress",
  footer: "Made with reflet, from the history kept on this computer.",
  chart: (title: string) => `${title}: each dimension, result after result (0 to 100)`,
  tried: {
    "not-yet": "not yet",
    once: "once",
    several: "several times",
    habit: "it became a habit",
  } satisfies Record<Tried, string>,
  next: {
    keep: "kept",
    adjust: "adjusted",
    drop: "dropped",
    done: "done",
  } satisfies Record<Next, string>,
  obstacles: {
    "no-occasion": "the situation did not come up",
    forgot: "forgot in the moment",
    "no-time": "no time, too much pressure",
    awkward: "it felt awkward",
    others: "colleagues, tools or rules",
  } satisfies Record<Obstacle, string>,
};

const fr: typeof en = {
  span: (first, last, n) =>
    n === 1 ? `${first} · 1 résultat` : `${first} → ${last} · ${n} résultats`,
  lastOf: (shown, n) => `les ${shown} derniers des ${n} résultats`,
  plans: "Plans",
  notEnough: "pas assez de réponses",
  newVersion: (version) =>
    `| version ${version} : de nouvelles questions, donc l’évolution part de son premier résultat`,
  made: (date) => `choisi le ${date}`,
  open: (date) => `prochain point le ${date}`,
  outcome: (date, tried, next) => `${date} : ${tried}, ${next}`,
  change: "Évolution",
  reading: {
    reliable: "changement fiable",
    noise: "dans le bruit de mesure",
    unknown: "fiabilité inconnue",
  },
  readingLine: (parts) => `Lecture de l’évolution : ${parts.join(" ; ")}.`,
  unknownAll:
    "Fiabilité inconnue : ce questionnaire n’en déclare pas, donc aucune évolution n’est dite fiable ni due au bruit.",
  between: (date) => `Vos plans depuis votre dernier résultat (${date}), et ce qu’ils ont donné`,
  date: "Date",
  title: "Mon évolution",
  footer: "Fait avec reflet, à partir de l’historique gardé sur cet ordinateur.",
  chart: (title) => `${title} : chaque dimension, résultat après résultat (0 à 100)`,
  tried: {
    "not-yet": "pas encore",
    once: "une fois",
    several: "plusieurs fois",
    habit: "c’est devenu une habitude",
  },
  next: { keep: "gardé", adjust: "ajusté", drop: "abandonné", done: "tenu" },
  obstacles: {
    "no-occasion": "la situation ne s’est pas présentée",
    forgot: "oublié sur le moment",
    "no-time": "pas le temps, trop de pression",
    awkward: "pas à l’aise",
    others: "collègues, outils ou règles",
  },
};

export const progressMessages = { en, fr };
