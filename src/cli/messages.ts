// The shell's own words: program help and the error boundary.
const en = {
  description:
    "Self-assessment questionnaires for people who work with clients: answer, see your profile, keep track.",
  versionOption: "print the version",
  helpOption: "show help",
  helpCommand: "show help for a command",
  internal: (msg: string) =>
    `reflet: internal error: ${msg} (run again with --debug for details, and report it)`,
  usageHint: (cmd: string) => `(see ${cmd} --help)`,
  menuNeedsTerminal: (cmd: string) =>
    `reflet: the menu needs a terminal (${cmd} --help lists the commands; to score an answers file without questions: ${cmd} score ID --answers FILE)`,
  badClock: (v: string) =>
    `reflet: REFLET_NOW is not a date: ${v} (write it as 2025-03-02T12:00:00Z, or unset it)`,
};

const fr: typeof en = {
  description:
    "Questionnaires d’auto-évaluation pour qui travaille avec des clients : répondre, voir son profil, suivre son évolution.",
  versionOption: "afficher la version",
  helpOption: "afficher l’aide",
  helpCommand: "afficher l’aide d’une commande",
  internal: (msg) =>
    `reflet : erreur interne : ${msg} (relancez avec --debug pour le détail, et signalez-la)`,
  usageHint: (cmd) => `(voir ${cmd} --help)`,
  menuNeedsTerminal: (cmd) =>
    `reflet : le menu a besoin d’un terminal (${cmd} --help liste les commandes ; pour évaluer un fichier de réponses sans questions : ${cmd} score ID --answers FICHIER)`,
  badClock: (v) =>
    `reflet : REFLET_NOW n’est pas une date : ${v} (écrivez-la comme 2025-03-02T12:00:00Z, ou retirez-la)`,
};

export const cliMessages = { en, fr };
