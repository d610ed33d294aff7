// Words of the team summary, in both languages.
import { counted } from "../../../i18n/plural.ts";

const en = {
  title: (questionnaire: string) => `Team summary: ${questionnaire}`,
  participants: "Participants",
  scored: (n: number) => `${n} scored`,
  rejected: (n: number) => `${n} rejected (see the errors)`,
  flagged: (n: number) => `${n} flagged for response quality`,
  withheld: (min: number) =>
    `Fewer than ${min} participants were scored: no per-dimension figures are shown, to protect anonymity.`,
  targetWithheld: (min: number) =>
    `Fewer than ${min} participants have a score here: no figures, to protect anonymity.`,
  dimensions: "Dimensions",
  scale: "Scores from 0 to 100. sd: sample standard deviation.",
  dimension: "Dimension",
  n: "n",
  mean: "mean",
  sd: "sd",
  min: "min",
  max: "max",
  insufficient: "not enough answers",
  bands: "Bands",
  band: "Band",
  distribution: "Distribution",
  meansChart: "Mean score of each dimension, from 0 to 100",
  distributionChart: (name: string) => `${name}: participants by score, in tenths of 0 to 100`,
  bandsChart: (name: string) => `${name}: share of participants in each band`,
  range: "score",
  count: "participants",
  alpha: "Cronbach's alpha",
  alphaOf: (alpha: string, n: number) => `Cronbach's alpha: ${alpha} (${n} complete answer sheets)`,
  alphaNone: (n: number) => `Cronbach's alpha: not computed (${n} complete answer sheets)`,
  alphaNote:
    "Reverse-keyed items are reversed first. Item-total correlations are corrected: each item against the total of the others.",
  item: "Item",
  itemTotal: "item-total correlation",
  flaggedTitle: "Flagged for response quality",
  flag: (id: string) =>
    id === "straight-lining" ? "straight-lining" : `inconsistent answers (${id})`,
  noneFlagged: "No one.",
  flaggedWhere:
    "Counted, not named: who is flagged is in the per-person results and reports, never in the team summary.",
  notes: "Notes (without names, in alphabetical order)",
  noGroup: "(no group)",
  groupsTitle: (column: string) => `By ${column}`,
  groupsNote: (min: number) =>
    `Mean of each group, n: participants scored. A group's figures are shown only with ${min} or more participants, and not when the hidden groups could be worked out from the team's figures less the groups shown.`,
  groupHidden: "hidden",
  negativeItemTotal:
    "negative: this item goes against the others (a reverse-keyed item scored the wrong way, or a question read differently); check its wording",
  made: "Made with reflet. Nothing in this page was fetched from the network.",
  percent: (n: number) => `${n}%`,
};

const fr: typeof en = {
  title: (questionnaire) => `Synthèse d’équipe : ${questionnaire}`,
  participants: "Participants",
  scored: (n) => counted("fr", n, "évalué", "évalués"),
  rejected: (n) => `${counted("fr", n, "rejeté", "rejetés")} (voir les erreurs)`,
  flagged: (n) => `${counted("fr", n, "signalé", "signalés")} pour la qualité des réponses`,
  withheld: (min) =>
    `Moins de ${min} personnes ont été évaluées : aucun chiffre par dimension n’est montré, pour préserver l’anonymat.`,
  targetWithheld: (min) =>
    `Moins de ${min} personnes ont un score ici : pas de chiffres, pour préserver l’anonymat.`,
  dimensions: "Dimensions",
  scale: "Scores de 0 à 100. é.-t. : écart-type de l’échantillon.",
  dimension: "Dimension",
  n: "n",
  mean: "moyenne",
  sd: "é.-t.",
  min: "min",
  max: "max",
  insufficient: "pas assez de réponses",
  bands: "Niveaux",
  band: "Niveau",
  distribution: "Répartition",
  meansChart: "Score moyen de chaque dimension, de 0 à 100",
  distributionChart: (name) => `${name} : personnes par score, par dixièmes de 0 à 100`,
  bandsChart: (name) => `${name} : part des personnes dans chaque niveau`,
  range: "score",
  count: "personnes",
  alpha: "Alpha de Cronbach",
  alphaOf: (alpha, n) => `Alpha de Cronbach : ${alpha} (${n} feuilles de réponses complètes)`,
  alphaNone: (n) => `Alpha de Cronbach : non calculé (${n} feuilles de réponses complètes)`,
  alphaNote:
    "Les questions inversées sont d’abord remises à l’endroit. Les corrélations item-total sont corrigées : chaque question contre le total des autres.",
  item: "Question",
  itemTotal: "corrélation item-total",
  flaggedTitle: "Signalés pour la qualité des réponses",
  flag: (id) =>
    id === "straight-lining" ? "réponses toutes identiques" : `réponses incohérentes (${id})`,
  noneFlagged: "Personne.",
  flaggedWhere:
    "Comptés, pas nommés : qui est signalé figure dans les résultats et rapports par personne, jamais dans la synthèse d’équipe.",
  notes: "Notes (sans les noms, par ordre alphabétique)",
  noGroup: "(sans groupe)",
  groupsTitle: (column) => `Par ${column}`,
  groupsNote: (min) =>
    `Moyenne de chaque groupe, n : personnes évaluées. Les chiffres d’un groupe ne sont montrés qu’à partir de ${min} personnes, et pas quand les groupes cachés se déduiraient des chiffres de l’équipe moins ceux des groupes montrés.`,
  groupHidden: "masqué",
  negativeItemTotal:
    "négative : cette question va à l’encontre des autres (question inversée comptée dans le mauvais sens, ou question comprise autrement) ; vérifiez sa formulation",
  made: "Fait avec reflet. Rien dans cette page ne vient du réseau.",
  // French puts a space before the percent sign.
  percent: (n) => `${n} %`,
};

export const summaryMessages = { en, fr };
