// Words of the comparison of two waves, in both languages.
import type { ReliabilitySource } from "../change.ts";

/** A reliability as the words need it: its value already in the reader's number format. */
export interface ReliabilityWords {
  source: ReliabilitySource;
  value: string;
  n: number | null;
}

const en = {
  title: (questionnaire: string) => `Before and after: ${questionnaire}`,
  participants: "Participants",
  before: "before",
  after: "after",
  matched: "matched (in both waves)",
  design: (paired: boolean): string =>
    paired
      ? "Paired comparison: each person's change, for the people in both waves."
      : "Unpaired comparison: the two waves as two groups (Welch's interval); nobody is matched.",
  withheld: (min: number) => `Fewer than ${min} people: no figures, to protect anonymity.`,
  dimensions: "Dimensions",
  scale: (level: number) =>
    `Scores from 0 to 100. Change: after − before, with its ${level}% confidence interval. d_z: the mean change divided by the standard deviation of the changes (Cohen's d for paired data). Bands: share of people whose band went up, stayed, went down. Reliable changes (Jacobson & Truax): people whose change is larger than measurement error (|RCI| > 1.96), up, none, down.`,
  dimension: "Dimension",
  nBefore: "n before",
  nAfter: "n after",
  nMatched: "n matched",
  meanBefore: "before",
  meanAfter: "after",
  change: "change [95% CI]",
  dz: "d_z",
  bands: "bands ↑ / = / ↓",
  reliable: "reliable ↑ · ↓",
  noGroup: "(no group)",
  groups: "By group",
  group: (name: string) => `Group: ${name}`,
  changeText: (change: string, lo: string, hi: string, n: number, paired: boolean) =>
    `Mean change: ${change} points (95% confidence interval ${lo} to ${hi}; ${paired ? `${n} people matched` : "two groups, Welch"}).`,
  dzText: (dz: string) => `d_z = ${dz} (mean change / standard deviation of the changes).`,
  movesText: (up: string, same: string, down: string) =>
    `Band: up for ${up}, the same for ${same}, down for ${down} of the people.`,
  reliableText: (up: number, none: number, down: number, reliability: string) =>
    `Reliable change (${reliability}): ${up} up, ${none} without reliable change, ${down} down.`,
  reliability: (r: ReliabilityWords): string =>
    r.source === "alpha"
      ? `Cronbach's alpha of the first wave = ${r.value}`
      : r.source === "declared"
        ? `declared reliability = ${r.value}`
        : `test-retest r of the ${r.n} matched people = ${r.value}`,
  reliabilityHead: "The reliable change index rests on:",
  restsOn: (name: string, reliability: string) => `${name}: ${reliability}`,
  noReliability:
    "No reliable change index: the matched people's before and after scores do not go together (test-retest r not above 0); give a reliability with --reliability (the JSON of the first wave's batch --summary, or ID=VALUE).",
  noIndex: "no reliable change index (test-retest r not above 0; see --reliability)",
  retestNote:
    "Test-retest r (Pearson's r of the matched people's before and after scores) is conservative: people who really change, each in their own way, lower it, so fewer changes count as reliable. --reliability gives another (the first wave's alpha from its batch --summary JSON, or ID=VALUE).",
  distributionChart: (name: string) =>
    `${name}: people by score before (light) and after (dark), in tenths of 0 to 100`,
  changeChart: (name: string) => `${name}: mean change and its 95% confidence interval`,
  legendBefore: "before",
  legendAfter: "after",
  made: "Made with reflet. Nothing in this page was fetched from the network. No name is shown.",
  interval: (lo: string, hi: string) => `[${lo}, ${hi}]`,
};

export type ComparePageMessages = typeof en;

const fr: ComparePageMessages = {
  title: (questionnaire) => `Avant et après : ${questionnaire}`,
  participants: "Participants",
  before: "avant",
  after: "après",
  matched: "appariés (dans les deux vagues)",
  design: (paired) =>
    paired
      ? "Comparaison appariée : le changement de chaque personne, pour les personnes présentes dans les deux vagues."
      : "Comparaison non appariée : les deux vagues comme deux groupes (intervalle de Welch) ; personne n’est apparié.",
  withheld: (min) => `Moins de ${min} personnes : pas de chiffres, pour préserver l’anonymat.`,
  dimensions: "Dimensions",
  scale: (level) =>
    `Scores de 0 à 100. Changement : après − avant, avec son intervalle de confiance à ${level} %. d_z : le changement moyen divisé par l’écart-type des changements (d de Cohen pour données appariées). Niveaux : part des personnes dont le niveau est monté, resté le même, descendu. Changements fiables (Jacobson et Truax) : personnes dont le changement dépasse l’erreur de mesure (|RCI| > 1,96), en hausse, sans, en baisse.`,
  dimension: "Dimension",
  nBefore: "n avant",
  nAfter: "n après",
  nMatched: "n appariés",
  meanBefore: "avant",
  meanAfter: "après",
  change: "changement [IC 95 %]",
  dz: "d_z",
  bands: "niveaux ↑ / = / ↓",
  reliable: "fiables ↑ · ↓",
  noGroup: "(sans groupe)",
  groups: "Par groupe",
  group: (name) => `Groupe : ${name}`,
  changeText: (change, lo, hi, n, paired) =>
    `Changement moyen : ${change} points (intervalle de confiance à 95 % de ${lo} à ${hi} ; ${paired ? `${n} personnes appariées` : "deux groupes, Welch"}).`,
  dzText: (dz) => `d_z = ${dz} (changement moyen / écart-type des changements).`,
  movesText: (up, same, down) =>
    `Niveau : monté pour ${up}, le même pour ${same}, descendu pour ${down} des personnes.`,
  reliableText: (up, none, down, reliability) =>
    `Changement fiable (${reliability}) : ${up} en hausse, ${none} sans changement fiable, ${down} en baisse.`,
  reliability: (r) =>
    r.source === "alpha"
      ? `alpha de Cronbach de la première vague = ${r.value}`
      : r.source === "declared"
        ? `fidélité déclarée = ${r.value}`
        : `corrélation test-retest r des ${r.n} personnes appariées = ${r.value}`,
  reliabilityHead: "L’indice de changement fiable repose sur :",
  restsOn: (name, reliability) => `${name} : ${reliability}`,
  noReliability:
    "Pas d’indice de changement fiable : les scores avant et après des personnes appariées ne vont pas ensemble (corrélation test-retest r pas au-dessus de 0) ; donnez une fidélité avec --reliability (le JSON de la synthèse batch --summary de la première vague, ou ID=VALEUR).",
  noIndex:
    "pas d’indice de changement fiable (corrélation test-retest r pas au-dessus de 0 ; voir --reliability)",
  retestNote:
    "La corrélation test-retest r (r de Pearson entre les scores avant et après des personnes appariées) est prudente : les personnes qui changent vraiment, chacune à sa façon, la font baisser, et moins de changements comptent alors comme fiables. --reliability en donne une autre (l’alpha de la première vague, tiré du JSON de sa synthèse batch --summary, ou ID=VALEUR).",
  distributionChart: (name) =>
    `${name} : personnes par score avant (clair) et après (foncé), par dixièmes de 0 à 100`,
  changeChart: (name) => `${name} : changement moyen et son intervalle de confiance à 95 %`,
  legendBefore: "avant",
  legendAfter: "après",
  made: "Fait avec reflet. Rien dans cette page ne vient du réseau. Aucun nom n’y figure.",
  // The comma is the French decimal separator: the bounds are set apart by a semicolon.
  interval: (lo, hi) => `[${lo} ; ${hi}]`,
};

export const comparePageMessages = { en, fr };
