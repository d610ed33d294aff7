// reflet batch: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { dir, excel, force, format, output, questionnaire } from "../../cli/shared-options.ts";

export const batchTable = commandTable({
  name: "batch",
  description: {
    fr: "évaluer toute une équipe : fichiers de réponses, dossiers, CSV ou classeurs Excel (export Google Forms ou Microsoft Forms) ; résultats, rapports par personne, synthèse d’équipe",
    en: "score a whole team: answers files, folders, CSV or Excel workbooks (Google Forms or Microsoft Forms exports); results, per-person reports, team summary",
  },
  args: [
    questionnaire,
    {
      name: "<inputs...>",
      help: {
        fr: "fichiers de réponses (YAML, JSON), dossiers de ces fichiers, fichiers CSV ou classeurs .xlsx (une ligne par personne), - pour l’entrée standard",
        en: "answers files (YAML, JSON), folders of them, CSV files or .xlsx workbooks (one row per person), - for stdin",
      },
    },
  ],
  options: {
    format: format(
      {
        fr: "format des résultats (par défaut : celui de --output, sinon csv)",
        en: "results format (default: --output's extension, else csv)",
      },
      ["csv", "jsonl", "json", "xlsx"],
    ),
    output: output({
      fr: "écrire les résultats dans ce fichier, pas sur la sortie standard",
      en: "write results to this file, not stdout",
    }),
    reports: {
      kind: "value",
      arg: "dir",
      help: {
        fr: "un rapport par personne dans ce dossier",
        en: "one report per person in this folder",
      },
    },
    reportFormat: {
      kind: "value",
      arg: "format",
      help: { fr: "format des rapports", en: "report format" },
      choices: ["html", "markdown"],
      default: "html",
    },
    summary: {
      kind: "value",
      arg: "file",
      help: {
        fr: "synthèse d’équipe : .html, .md, .csv ou .json (un .json l’accompagne toujours) ; les personnes signalées y sont comptées, jamais nommées",
        en: "team summary: .html, .md, .csv or .json (a .json always comes with it); flagged people are counted there, never named",
      },
    },
    groupBy: {
      kind: "value",
      arg: "column",
      help: {
        fr: "colonne CSV des groupes (équipe, site, horaire) : chiffres par groupe dans la synthèse, colonne group dans les résultats",
        en: "CSV column of groups (team, site, shift): figures per group in the summary, a group column in the results",
      },
    },
    minGroup: {
      kind: "value",
      arg: "n",
      help: {
        fr: "en dessous de ce nombre de personnes, la synthèse ne montre aucun chiffre (anonymat)",
        en: "below this many people the summary shows no figures (anonymity)",
      },
      default: "5",
    },
    errors: {
      kind: "value",
      arg: "file",
      help: {
        fr: "chaque problème en JSON Lines dans ce fichier",
        en: "every problem as JSON Lines in this file",
      },
    },
    force: force({
      fr: "remplacer les fichiers de sortie existants ; ajouter des rapports à un dossier qui en contient",
      en: "replace existing output files; add reports to a folder that already holds some",
    }),
    failFast: {
      kind: "flag",
      help: {
        fr: "s’arrêter au premier rejet, sans écrire résultats, rapports ni synthèse",
        en: "stop at the first rejection, without writing results, reports or summary",
      },
    },
    idColumn: {
      kind: "value",
      arg: "name",
      help: {
        fr: "colonne CSV des identifiants, ou plusieurs noms séparés par des virgules (par défaut : respondent, participant, id, name, nom, email…)",
        en: "CSV column holding participant ids, or several names separated by commas (default: respondent, participant, id, name, nom, email…)",
      },
    },
    sheet: {
      kind: "value",
      arg: "name",
      help: {
        fr: "la feuille à lire dans un classeur .xlsx (par défaut : la première)",
        en: "the sheet to read in an .xlsx workbook (default: the first)",
      },
    },
    keep: {
      kind: "value",
      arg: "which",
      help: {
        fr: "une personne qui a répondu plusieurs fois : garder sa réponse la plus récente (latest) ou la première (first), selon la colonne d’horodatage ; les autres sont signalées",
        en: "a person who answered several times: keep their latest or first answer sheet, by the timestamp column; the others are reported",
      },
      choices: ["latest", "first"],
    },
    columns: {
      kind: "value",
      arg: "file",
      help: {
        fr: "table des colonnes en YAML (« en-tête CSV »: identifiant de question) pour les en-têtes que reflet ne reconnaît pas",
        en: 'column map in YAML ("CSV header": question id) for headers reflet does not recognise',
      },
    },
    check: {
      kind: "flag",
      help: {
        fr: "montrer à quelle question chaque colonne CSV est associée, sans rien évaluer (code 1 si une question n’a pas de colonne)",
        en: "show which question each CSV column is matched to, without scoring (exit 1 when a question has no column)",
      },
    },
    columnsOut: {
      kind: "value",
      arg: "file",
      help: {
        fr: "avec --check (implicite) : écrire une table des colonnes de départ dans ce fichier",
        en: "with --check (implied): write a starting column map to this file",
      },
    },
    pseudonymize: {
      kind: "flag",
      help: {
        fr: "remplacer les identifiants par des pseudonymes stables (clé dans le dossier de données)",
        en: "replace ids by stable pseudonyms (key kept in the data folder)",
      },
    },
    keyFile: {
      kind: "value",
      arg: "file",
      help: {
        fr: "la clé des pseudonymes (implique --pseudonymize)",
        en: "the pseudonym key (implies --pseudonymize)",
      },
    },
    includeNotes: {
      kind: "flag",
      help: {
        fr: "mettre les réponses libres dans les rapports et la synthèse",
        en: "put free-text answers in reports and the summary",
      },
    },
    norms: {
      kind: "value",
      arg: "file",
      help: {
        fr: "ajouter aux résultats le percentile de chaque dimension et facette parmi les personnes de ce fichier de normes (reflet norms build), et aux rapports où chacun se situe",
        en: "add to the results each dimension's and facet's percentile among this norm file's people (reflet norms build), and to the reports where each person stands",
      },
    },
    excel: excel({
      fr: "CSV pour Excel en français : BOM, « ; », virgule décimale, niveaux et profils par leur libellé dans la langue choisie",
      en: "CSV for Excel in French: BOM, ';', decimal comma, bands and profiles by their labels in the chosen language",
    }),
    dir,
  },
  notes: {
    fr: "Avec --reports ou --summary, les résultats ne sont écrits que si --output ou --format est donné.\nAucune sortie ne peut être une entrée ni une autre sortie, ni remplacer un fichier existant sans --force : tout est vérifié avant de lire la première ligne (code 2).\nCode de sortie 1 si une feuille de réponses est rejetée (les autres sont quand même évaluées).",
    en: "With --reports or --summary, results are written only when --output or --format is given.\nNo output may be an input or another output, nor replace an existing file without --force: all is checked before the first row is read (exit 2).\nExit code 1 when any answer sheet is rejected (the others are still scored).",
  },
  examples: [
    "reflet batch reclamations answers/ --reports out/ --summary team.html",
    "reflet batch reclamations forms-export.csv --output results.csv --excel",
    "reflet batch reclamations forms-export.xlsx --id-column Nom --output results.xlsx",
    "reflet batch reclamations team.csv --format jsonl --errors errors.jsonl > results.jsonl",
    "reflet batch reclamations team.csv --id-column Email --pseudonymize --summary team.md",
    "cat alice.yaml | reflet batch reclamations - --format json",
    "reflet batch reclamations team.csv --norms norms.json --output results.csv --reports out/",
    "reflet batch reclamations forms-export.csv --check --columns-out columns.yaml",
    "reflet batch reclamations forms-export.csv --columns columns.yaml --output results.csv",
    "reflet batch reclamations forms-export.csv --group-by Équipe --summary team.html",
  ],
});

export const batch = command(batchTable, () => import("./index.ts"));
