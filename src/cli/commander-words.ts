// commander speaks English only; a French user gets its errors and help headings in French.
import { closest } from "../i18n/closest.ts";
import type { Lang } from "../i18n/lang.ts";

const FR_PLURAL = new Intl.PluralRules("fr");
/** « 1 attendu », « 2 attendus »: the French plural of a count (0 and 1 are singular). */
const counted = (n: string, one: string, other: string) =>
  `${n} ${FR_PLURAL.select(Number(n)) === "one" ? one : other}`;

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
      `erreur : trop d’arguments pour « ${command} » (${counted(expected as string, "attendu", "attendus")}, ${counted(got as string, "donné", "donnés")})`,
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

/**
 * commander's error as one line: its suggestion ("(Did you mean …?)", on a line of its own)
 * after the error; for an unknown command it has none for, the closest of `commands`.
 */
export function oneLineError(text: string, commands: readonly string[]): string {
  const unknown = /^error: unknown command '(.*)'$/.exec(text)?.[1];
  const like = unknown === undefined ? undefined : closest(unknown, commands);
  const suggested = like === undefined ? text : `${text}\n(Did you mean ${like}?)`;
  return suggested.replace(/\n\(Did you mean /, "\n(did you mean ");
}

export function translateError(text: string, lang: Lang): string {
  if (lang !== "fr") return text;
  return text
    .split("\n")
    .map((line) => {
      for (const [pattern, replacement] of FR_ERRORS) {
        // Two overloads of replace: a pattern string, or a function of the groups.
        if (pattern.test(line))
          return typeof replacement === "string"
            ? line.replace(pattern, replacement)
            : line.replace(pattern, replacement);
      }
      return line;
    })
    .join("\n");
}

export function translateTitle(title: string, lang: Lang): string {
  return lang === "fr" ? (FR_TITLES[title] ?? title) : title;
}

/** commander's "(choices: …, default: …)" after an option's or argument's description. */
export function translateExtra(description: string, lang: Lang): string {
  if (lang !== "fr") return description;
  return description.replace(/\((choices|default): [^)]*\)$/, (extra) =>
    extra.replace(/\bchoices: /, "valeurs : ").replace(/\bdefault: /, "par défaut : "),
  );
}
