// Options several commands share, declared once: each command's table takes them from here.
import type { Bilingual } from "../i18n/lang.ts";

/** `-d, --dir <dir...>`: where to look for questionnaires, besides the usual places. */
export const dir = {
  kind: "values",
  short: "d",
  arg: "dir",
  help: {
    fr: "autres dossiers où chercher les questionnaires",
    en: "more folders to look for questionnaires in",
  },
} as const;

/** `--json`: the command's output as JSON; what it holds is said by each command. */
export const json = (help: Bilingual) => ({ kind: "flag", help }) as const;

/** `-f, --format <format>`: one of the formats the command writes. */
export function format<const C extends readonly string[]>(help: Bilingual, choices: C) {
  return { kind: "value", short: "f", arg: "format", help, choices } as const;
}

/** `-f, --format <format>` with the format used when none is given. */
export function formatOr<const C extends readonly string[]>(
  help: Bilingual,
  choices: C,
  fallback: C[number],
) {
  return { ...format(help, choices), default: fallback } as const;
}

/** `-o, --output <file>`: where the command writes instead of (or besides) stdout. */
export const output = (help: Bilingual) =>
  ({ kind: "value", short: "o", arg: "file", help }) as const;

/** `--force`: replace what is already there. */
export const force = (help: Bilingual) => ({ kind: "flag", help }) as const;

/** `--excel`: CSV as French Excel reads it. */
export const excel = (help: Bilingual) => ({ kind: "flag", help }) as const;

/** `--why`: under each text of the profile, the answers behind it. */
export const why = {
  kind: "flag",
  help: {
    fr: "sous chaque texte du profil, les réponses sur lesquelles il s’appuie (text et markdown)",
    en: "under each text of the profile, the answers behind it (text and markdown)",
  },
} as const;

/** `<questionnaire>`: an id found in the usual places, or a file. */
export const questionnaire = {
  name: "<questionnaire>",
  help: { fr: "identifiant ou fichier du questionnaire", en: "questionnaire id or file" },
} as const;

/** `--norms <file>`: after the profile, where each dimension stands among a norm file's people. */
export const norms = {
  kind: "value",
  arg: "file",
  help: {
    fr: "après le profil, où se situe chaque dimension parmi les personnes de ce fichier de normes (reflet norms build ; text et markdown)",
    en: "after the profile, where each dimension stands among this norm file's people (reflet norms build; text and markdown)",
  },
} as const;

/** `<file...>`: the questionnaire files that `validate` and `test` check. */
export const questionnaireFiles = {
  name: "<file...>",
  help: { fr: "fichiers de questionnaire", en: "questionnaire files" },
} as const;

/** `--json` for the commands that report on files: their results as JSON. */
export const jsonResults = json({
  fr: "résultats en JSON sur la sortie standard",
  en: "results as JSON on stdout",
});
