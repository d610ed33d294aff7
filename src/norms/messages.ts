// What norms say, in both languages.
const en = {
  notNorms: (file: string, detail: string) =>
    `reflet: ${file}: not a norm file (${detail}; make one with reflet norms build)`,
  otherQuestionnaire: (file: string, norms: string, here: string) =>
    `reflet: ${file}: norms of ${norms}, not of ${here} (build norms from results of this version)`,
  mixed: (a: string, first: string, b: string, other: string) =>
    `reflet: ${a} holds results of ${first}, ${b} of ${other}: norms are built from one questionnaire and version`,
  tooFew: (n: number, min: number) =>
    `reflet: ${n} people scored, norms need at least ${min} (give more results, or a smaller --min-size if you accept less precise norms)`,
  leftOut: (id: string, n: number, min: number) =>
    `reflet: warning: ${id} left out of the norms: ${n} people have a score, fewer than ${min}`,
  badMinSize: (value: string) =>
    `reflet: --min-size: "${value}" is not a whole number of at least 10 (e.g. --min-size 30)`,
  usage: () => `reflet: norms: say what to do: reflet norms build RESULTS... --output norms.json`,
  needsOutput: () => `reflet: norms build needs --output FILE (e.g. --output norms.json)`,
  heading: (n: number) => `Where you stand (norms, n = ${n}):`,
  standing: (name: string, tenths: number, n: number) =>
    `${name}: higher than ${tenths} people in 10 of your team, n = ${n}`,
  noNorm: (name: string) => `${name}: no norm (too few people had a score)`,
  noScore: (name: string) => `${name}: no score to place`,
  wrote: (file: string, targets: number, n: number) =>
    `written: ${file} (${targets} dimensions and facets, ${n} people)`,
};

export type NormsMessages = typeof en;

const fr: NormsMessages = {
  notNorms: (file, detail) =>
    `reflet : ${file} : pas un fichier de normes (${detail} ; créez-en un avec reflet norms build)`,
  otherQuestionnaire: (file, norms, here) =>
    `reflet : ${file} : normes de ${norms}, pas de ${here} (construisez les normes avec des résultats de cette version)`,
  mixed: (a, first, b, other) =>
    `reflet : ${a} contient des résultats de ${first}, ${b} de ${other} : des normes se construisent sur un seul questionnaire, dans une seule version`,
  tooFew: (n, min) =>
    `reflet : ${n} personnes évaluées, il en faut au moins ${min} pour des normes (donnez plus de résultats, ou un --min-size plus petit si des normes moins précises vous conviennent)`,
  leftOut: (id, n, min) =>
    `reflet : attention : ${id} laissé hors des normes : ${n} personnes ont un score, moins de ${min}`,
  badMinSize: (value) =>
    `reflet : --min-size : « ${value} » n’est pas un nombre entier d’au moins 10 (par exemple --min-size 30)`,
  usage: () =>
    `reflet : norms : dites quoi faire : reflet norms build RÉSULTATS... --output normes.json`,
  needsOutput: () =>
    `reflet : norms build demande --output FICHIER (par exemple --output normes.json)`,
  heading: (n) => `Où vous vous situez (normes, n = ${n}) :`,
  standing: (name, tenths, n) =>
    `${name} : plus haut que ${tenths} personnes sur 10 de votre équipe, n = ${n}`,
  noNorm: (name) => `${name} : pas de norme (trop peu de personnes avaient un score)`,
  noScore: (name) => `${name} : pas de score à situer`,
  wrote: (file, targets, n) =>
    `écrit : ${file} (${targets} dimensions et facettes, ${n} personnes)`,
};

export const normsMessages = { en, fr };
