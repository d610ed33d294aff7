// reflet compare: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { dir, excel, force, format, output } from "../../cli/shared-options.ts";

export const compareTable = commandTable({
  name: "compare",
  description: {
    fr: "comparer deux vagues d’une équipe (résultats de reflet batch) : changement moyen avec son intervalle, d_z, niveaux, changements fiables",
    en: "compare two waves of a team (reflet batch results): mean change with its interval, d_z, bands, reliable changes",
  },
  args: [
    {
      name: "<before>",
      help: {
        fr: "résultats de la première vague (JSON Lines, JSON ou CSV)",
        en: "results of the first wave (JSON Lines, JSON or CSV)",
      },
    },
    {
      name: "<after>",
      help: { fr: "résultats de la seconde vague", en: "results of the second wave" },
    },
  ],
  options: {
    format: format(
      {
        fr: "écrire le changement de chaque personne (avec son indice de changement fiable) en CSV ou JSON au lieu du tableau",
        en: "write each person's change (with their reliable change index) as CSV or JSON instead of the table",
      },
      ["csv", "json"],
    ),
    output: output({
      fr: "écrire le changement de chaque personne dans ce fichier (.csv ou .json)",
      en: "write each person's change to this file (.csv or .json)",
    }),
    summary: {
      kind: "value",
      arg: "file",
      help: {
        fr: "la comparaison d’équipe, sans aucun nom : .html (avec graphiques), .md ou .json",
        en: "the team comparison, without any name: .html (with charts), .md or .json",
      },
    },
    minGroup: {
      kind: "value",
      arg: "n",
      default: "5",
      help: {
        fr: "en dessous de ce nombre de personnes, aucun chiffre n’est montré (anonymat)",
        en: "below this many people no figure is shown (anonymity)",
      },
    },
    groupBy: {
      kind: "value",
      arg: "name",
      help: {
        fr: "les mêmes chiffres par groupe : le champ ou la colonne des résultats qui donne le groupe",
        en: "the same figures per group: the results' field or column that holds the group",
      },
    },
    reliability: {
      kind: "value",
      arg: "source",
      help: {
        fr: "fidélité pour l’indice de changement fiable : le JSON de la synthèse batch --summary de la première vague, ou ID=VALEUR,... (par défaut : la corrélation test-retest r des personnes appariées)",
        en: "reliability for the reliable change index: the JSON of the first wave's batch --summary, or ID=VALUE,... (default: the matched people's test-retest r)",
      },
    },
    unpaired: {
      kind: "flag",
      help: {
        fr: "comparer les deux vagues comme deux groupes (intervalle de Welch), sans apparier les personnes",
        en: "compare the two waves as two groups (Welch's interval), without matching people",
      },
    },
    questionnaire: {
      kind: "value",
      short: "q",
      arg: "id",
      help: {
        fr: "le questionnaire (identifiant ou fichier) qui donne les noms et l’ordre des niveaux (par défaut : celui des résultats)",
        en: "the questionnaire (id or file) that gives names and band order (default: the results' one)",
      },
    },
    force: force({
      fr: "remplacer les fichiers de sortie existants",
      en: "replace existing output files",
    }),
    excel: excel({
      fr: "CSV pour Excel en français : BOM, « ; » et virgule décimale",
      en: "CSV for Excel in French: BOM, ';' and decimal comma",
    }),
    dir,
  },
  notes: {
    fr: "Les personnes sont appariées par identifiant ou pseudonyme (batch --pseudonymize avec la même clé). Aucun chiffre calculé sur moins de --min-group personnes n’est montré ; la synthèse ne contient aucun nom.\nCode de sortie 1 si un fichier ne peut être lu, si les versions diffèrent ou si personne ne peut être apparié.",
    en: "People are matched by id or pseudonym (batch --pseudonymize with the same key). No figure computed from fewer than --min-group people is shown; the summary holds no name.\nExit code 1 when a file cannot be read, the versions differ or nobody can be matched.",
  },
  examples: [
    "reflet compare before.jsonl after.jsonl --summary impact.html",
    "reflet compare before.jsonl after.jsonl --reliability before-team.json --output changes.csv",
    "reflet compare before.csv after.csv --group-by team --summary impact.md",
    "reflet compare march.jsonl june.jsonl --unpaired",
  ],
});

export const compare = command(compareTable, () => import("./index.ts"));
