import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";

/** Every option of compare: flags, help in French and English, allowed values, default. */
const OPTIONS: { flags: string; fr: string; en: string; choices?: string[]; default?: string }[] = [
  {
    flags: "-f, --format <format>",
    fr: "écrire le changement de chaque personne (avec son indice de changement fiable) en CSV ou JSON au lieu du tableau",
    en: "write each person's change (with their reliable change index) as CSV or JSON instead of the table",
    choices: ["csv", "json"],
  },
  {
    flags: "-o, --output <file>",
    fr: "écrire le changement de chaque personne dans ce fichier (.csv ou .json)",
    en: "write each person's change to this file (.csv or .json)",
  },
  {
    flags: "--summary <file>",
    fr: "la comparaison d'équipe, sans aucun nom : .html (avec graphiques), .md ou .json",
    en: "the team comparison, without any name: .html (with charts), .md or .json",
  },
  {
    flags: "--min-group <n>",
    fr: "en dessous de ce nombre de personnes, aucun chiffre n'est montré (anonymat)",
    en: "below this many people no figure is shown (anonymity)",
    default: "5",
  },
  {
    flags: "--group-by <name>",
    fr: "les mêmes chiffres par groupe : le champ ou la colonne des résultats qui donne le groupe",
    en: "the same figures per group: the results' field or column that holds the group",
  },
  {
    flags: "--reliability <source>",
    fr: "fidélité pour l'indice de changement fiable : le JSON de la synthèse batch --summary de la première vague, ou ID=VALEUR,...",
    en: "reliability for the reliable change index: the JSON of the first wave's batch --summary, or ID=VALUE,...",
  },
  {
    flags: "--unpaired",
    fr: "comparer les deux vagues comme deux groupes (intervalle de Welch), sans apparier les personnes",
    en: "compare the two waves as two groups (Welch's interval), without matching people",
  },
  {
    flags: "-q, --questionnaire <id>",
    fr: "le questionnaire (identifiant ou fichier) qui donne les noms et l'ordre des niveaux (par défaut : celui des résultats)",
    en: "the questionnaire (id or file) that gives names and band order (default: the results' one)",
  },
  {
    flags: "--force",
    fr: "remplacer les fichiers de sortie existants",
    en: "replace existing output files",
  },
  {
    flags: "--excel",
    fr: "CSV pour Excel en français : BOM, « ; » et virgule décimale",
    en: "CSV for Excel in French: BOM, ';' and decimal comma",
  },
  {
    flags: "-d, --dir <dir...>",
    fr: "dossiers où chercher les questionnaires",
    en: "folders to look for questionnaires in",
  },
];

export const compare: CommandSpec = {
  name: "compare",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "comparer deux vagues d'une équipe (résultats de reflet batch) : changement moyen avec son intervalle, d_z, niveaux, changements fiables"
          : "compare two waves of a team (reflet batch results): mean change with its interval, d_z, bands, reliable changes",
      )
      .argument(
        "<before>",
        fr
          ? "résultats de la première vague (JSON Lines, JSON ou CSV)"
          : "results of the first wave (JSON Lines, JSON or CSV)",
      )
      .argument("<after>", fr ? "résultats de la seconde vague" : "results of the second wave");
    for (const o of OPTIONS) {
      const option = new Option(o.flags, fr ? o.fr : o.en);
      if (o.choices) option.choices(o.choices);
      if (o.default !== undefined) option.default(o.default);
      cmd.addOption(option);
    }
    cmd.addHelpText(
      "after",
      fr
        ? "\nLes personnes sont appariées par identifiant ou pseudonyme (batch --pseudonymize avec la même clé). Aucun chiffre calculé sur moins de --min-group personnes n'est montré ; la synthèse ne contient aucun nom.\nCode de sortie 1 si un fichier ne peut être lu, si les versions diffèrent ou si personne ne peut être apparié."
        : "\nPeople are matched by id or pseudonym (batch --pseudonymize with the same key). No figure computed from fewer than --min-group people is shown; the summary holds no name.\nExit code 1 when a file cannot be read, the versions differ or nobody can be matched.",
    );
    examples(cmd, lang, [
      "reflet compare before.jsonl after.jsonl --summary impact.html",
      "reflet compare before.jsonl after.jsonl --reliability before-team.json --output changes.csv",
      "reflet compare before.csv after.csv --group-by team --summary impact.md",
      "reflet compare march.jsonl june.jsonl --unpaired",
    ]);
  },
  load: () => import("./index.ts"),
};
