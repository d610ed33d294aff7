// The shell's own words: program help and the error boundary; and commander's, which speaks
// English only: a French user gets its errors, help headings and argument names in French.
import { counted } from "../i18n/plural.ts";

/** commander's error lines in French: a pattern and what a line matching it becomes. */
const FR_ERRORS: [RegExp, string | ((...groups: string[]) => string)][] = [
  [/^error: unknown command '(.*)'/, "erreur : commande inconnue « $1 »"],
  [/^error: unknown option '(.*)'/, "erreur : option inconnue « $1 »"],
  [/^error: required option '(.*)' not specified/, "erreur : l’option obligatoire « $1 » manque"],
  [/^error: missing required argument '(.*)'/, "erreur : l’argument obligatoire « $1 » manque"],
  [
    /^error: command-argument value '(.*)' is invalid for argument '(.*)'\. Allowed choices are (.*)\./,
    "erreur : « $1 » n’est pas permis pour « $2 » ; valeurs permises : $3",
  ],
  [
    /^error: option '(.*)' cannot be used with option '(.*)'/,
    "erreur : l’option « $1 » ne va pas avec l’option « $2 »",
  ],
  [/^error: option '(.*)' argument missing/, "erreur : l’option « $1 » attend une valeur"],
  [
    /^error: option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)\./,
    "erreur : « $2 » n’est pas permis pour « $1 » ; valeurs permises : $3",
  ],
  [
    /^error: too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\./,
    (_all, command, expected, got) =>
      `erreur : trop d’arguments pour « ${command} » (${counted("fr", Number(expected), "attendu", "attendus")}, ${counted("fr", Number(got), "donné", "donnés")})`,
  ],
  [/^error: too many arguments\./, "erreur : trop d’arguments"],
  [/^\(did you mean (.*)\?\)/m, "(vouliez-vous dire $1 ?)"],
];

const FR_TITLES: Record<string, string> = {
  "Usage:": "Utilisation :",
  "Options:": "Options :",
  "Commands:": "Commandes :",
  "Arguments:": "Arguments :",
  "Global Options:": "Options générales :",
};

/** Argument names as a French user reads them in help and errors; values are read by position. */
const FR_ARGUMENT_NAMES: Record<string, string> = {
  words: "mots",
  file: "fichier",
  inputs: "entrées",
  before: "avant",
  after: "après",
  shell: "interpréteur",
};

const same = (text: string) => text;

const en = {
  description:
    "Self-assessment questionnaires for people who work with clients: answer, see your profile, keep track.",
  versionOption: "print the version",
  helpOption: "show help",
  helpCommand: "show help for a command",
  internal: (msg: string) =>
    `reflet: internal error: ${msg} (run again with --debug for details, and report it)`,
  usageHint: (cmd: string) => `(see ${cmd} --help)`,
  /** The heading of the examples at the end of each command's help. */
  examplesTitle: "Examples:",
  menuNeedsTerminal: (cmd: string) =>
    `reflet: the menu needs a terminal (${cmd} --help lists the commands; to score an answers file without questions: ${cmd} score ID --answers FILE)`,
  badClock: (v: string) =>
    `reflet: REFLET_NOW is not a date: ${v} (write it as 2025-03-02T12:00:00Z, or unset it)`,
  /** One line of commander's error, as commander wrote it in English. */
  commanderError: same,
  /** A heading of commander's help ("Usage:"). */
  helpTitle: same,
  /** commander's "(choices: …, default: …)" after an option's or argument's description. */
  helpExtra: same,
  /** `[words...]`: an argument's name in help and errors. */
  argumentName: same,
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
  examplesTitle: "Exemples :",
  menuNeedsTerminal: (cmd) =>
    `reflet : le menu a besoin d’un terminal (${cmd} --help liste les commandes ; pour évaluer un fichier de réponses sans questions : ${cmd} score ID --answers FICHIER)`,
  badClock: (v) =>
    `reflet : REFLET_NOW n’est pas une date : ${v} (écrivez-la comme 2025-03-02T12:00:00Z, ou retirez-la)`,
  commanderError: (line) => {
    for (const [pattern, replacement] of FR_ERRORS) {
      // Two overloads of replace: a pattern string, or a function of the groups.
      if (pattern.test(line))
        return typeof replacement === "string"
          ? line.replace(pattern, replacement)
          : line.replace(pattern, replacement);
    }
    return line;
  },
  helpTitle: (title) => FR_TITLES[title] ?? title,
  helpExtra: (description) =>
    description.replace(/\((choices|default): [^)]*\)$/, (extra) =>
      extra.replace(/\bchoices: /, "valeurs : ").replace(/\bdefault: /, "par défaut : "),
    ),
  argumentName: (name) => name.replace(/\w+/, (word) => FR_ARGUMENT_NAMES[word] ?? word),
};

export const cliMessages = { en, fr };
