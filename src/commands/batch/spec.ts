import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";

export const batch: CommandSpec = {
  name: "batch",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "évaluer toute une équipe : fichiers de réponses, dossiers, CSV (export Google Forms ou Microsoft Forms) ; résultats, rapports par personne, synthèse d'équipe"
          : "score a whole team: answers files, folders, CSV (Google Forms or Microsoft Forms exports); results, per-person reports, team summary",
      )
      .argument(
        "<questionnaire>",
        fr ? "identifiant ou fichier du questionnaire" : "questionnaire id or file",
      )
      .argument(
        "<inputs...>",
        fr
          ? "fichiers de réponses (YAML, JSON), dossiers de ces fichiers, fichiers CSV (une ligne par personne), - pour l'entrée standard"
          : "answers files (YAML, JSON), folders of them, CSV files (one row per person), - for stdin",
      )
      .addOption(
        new Option(
          "-f, --format <format>",
          fr
            ? "format des résultats (par défaut : celui de --output, sinon csv)"
            : "results format (default: --output's extension, else csv)",
        ).choices(["csv", "jsonl", "json"]),
      )
      .option(
        "-o, --output <file>",
        fr
          ? "écrire les résultats dans ce fichier, pas sur la sortie standard"
          : "write results to this file, not stdout",
      )
      .option(
        "--reports <dir>",
        fr ? "un rapport par personne dans ce dossier" : "one report per person in this folder",
      )
      .addOption(
        new Option("--report-format <format>", fr ? "format des rapports" : "report format")
          .choices(["html", "markdown"])
          .default("html"),
      )
      .option(
        "--summary <file>",
        fr
          ? "synthèse d'équipe : .html, .md ou .json (un .json l'accompagne toujours)"
          : "team summary: .html, .md or .json (a .json always comes with it)",
      )
      .option(
        "--min-group <n>",
        fr
          ? "en dessous de ce nombre de personnes, la synthèse ne montre aucun chiffre (anonymat)"
          : "below this many people the summary shows no figures (anonymity)",
        "5",
      )
      .option(
        "--errors <file>",
        fr
          ? "chaque problème en JSON Lines dans ce fichier"
          : "every problem as JSON Lines in this file",
      )
      .option(
        "--force",
        fr
          ? "remplacer les fichiers de sortie existants ; ajouter des rapports à un dossier qui en contient"
          : "replace existing output files; add reports to a folder that already holds some",
      )
      .option(
        "--fail-fast",
        fr
          ? "s'arrêter au premier rejet, sans écrire résultats, rapports ni synthèse"
          : "stop at the first rejection, without writing results, reports or summary",
      )
      .option(
        "--id-column <name>",
        fr
          ? "colonne CSV des identifiants (par défaut : participant)"
          : "CSV column holding participant ids (default: participant)",
      )
      .option(
        "--pseudonymize",
        fr
          ? "remplacer les identifiants par des pseudonymes stables (clé dans le dossier de données)"
          : "replace ids by stable pseudonyms (key kept in the data folder)",
      )
      .option(
        "--key-file <file>",
        fr
          ? "la clé des pseudonymes (implique --pseudonymize)"
          : "the pseudonym key (implies --pseudonymize)",
      )
      .option(
        "--include-notes",
        fr
          ? "mettre les réponses libres dans les rapports et la synthèse"
          : "put free-text answers in reports and the summary",
      )
      .option(
        "--excel",
        fr
          ? "CSV pour Excel en français : BOM, « ; » et virgule décimale"
          : "CSV for Excel in French: BOM, ';' and decimal comma",
      )
      .option(
        "-d, --dir <dir...>",
        fr ? "dossiers où chercher les questionnaires" : "folders to look for questionnaires in",
      );
    cmd.addHelpText(
      "after",
      fr
        ? "\nAvec --reports ou --summary, les résultats ne sont écrits que si --output ou --format est donné.\nAucune sortie ne peut être une entrée ni une autre sortie, ni remplacer un fichier existant sans --force : tout est vérifié avant de lire la première ligne (code 2).\nCode de sortie 1 si une feuille de réponses est rejetée (les autres sont quand même évaluées)."
        : "\nWith --reports or --summary, results are written only when --output or --format is given.\nNo output may be an input or another output, nor replace an existing file without --force: all is checked before the first row is read (exit 2).\nExit code 1 when any answer sheet is rejected (the others are still scored).",
    );
    examples(cmd, lang, [
      "reflet batch reclamations answers/ --reports out/ --summary team.html",
      "reflet batch reclamations forms-export.csv --output results.csv --excel",
      "reflet batch reclamations team.csv --format jsonl --errors errors.jsonl > results.jsonl",
      "reflet batch reclamations team.csv --id-column Email --pseudonymize --summary team.md",
      "cat alice.yaml | reflet batch reclamations - --format json",
    ]);
  },
  load: () => import("./index.ts"),
};
