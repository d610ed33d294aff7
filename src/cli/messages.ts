// The shell's own words: program help and the error boundary.
const en = {
  description:
    "Self-assessment questionnaires for people who work with clients: answer, see your profile, keep track.",
  langOption: "language of reflet's words and of the questionnaire: fr or en",
  noColorOption: "no colour (also NO_COLOR=1)",
  debugOption: "show a stack trace on internal errors",
  versionOption: "print the version",
  helpOption: "show help",
  helpCommand: "show help for a command",
  commandsTitle: "Commands:",
  badLang: (v: string) => `unknown language "${v}" (use fr or en)`,
  internal: (msg: string) =>
    `reflet: internal error: ${msg} (run again with --debug for details, and report it)`,
  usageHint: "(see reflet --help)",
  badClock: (v: string) =>
    `reflet: REFLET_NOW is not a date: ${v} (write it as 2025-03-02T12:00:00Z, or unset it)`,
  rootExamples: [
    "reflet                          # pick a questionnaire and answer it",
    "reflet run reclamations         # answer one questionnaire",
    "reflet list                     # what questionnaires are there",
    "reflet score reclamations --answers alice.yaml --format json",
    "reflet batch reclamations team.csv --reports out/ --summary team.html",
  ],
};

const fr: typeof en = {
  description:
    "Questionnaires d'auto-évaluation pour qui travaille avec des clients : répondre, voir son profil, suivre son évolution.",
  langOption: "langue de reflet et du questionnaire : fr ou en",
  noColorOption: "sans couleur (aussi NO_COLOR=1)",
  debugOption: "afficher la pile d'appels en cas d'erreur interne",
  versionOption: "afficher la version",
  helpOption: "afficher l'aide",
  helpCommand: "afficher l'aide d'une commande",
  commandsTitle: "Commandes :",
  badLang: (v) => `langue inconnue « ${v} » (utilisez fr ou en)`,
  internal: (msg) =>
    `reflet : erreur interne : ${msg} (relancez avec --debug pour le détail, et signalez-la)`,
  usageHint: "(voir reflet --help)",
  badClock: (v) =>
    `reflet : REFLET_NOW n'est pas une date : ${v} (écrivez-la comme 2025-03-02T12:00:00Z, ou retirez-la)`,
  rootExamples: [
    "reflet                          # choisir un questionnaire et y répondre",
    "reflet run reclamations         # répondre à un questionnaire",
    "reflet list                     # les questionnaires disponibles",
    "reflet score reclamations --answers alice.yaml --format json",
    "reflet batch reclamations equipe.csv --reports out/ --summary equipe.html",
  ],
};

export const cliMessages = { en, fr };
