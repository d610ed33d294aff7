import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";

export const template: CommandSpec = {
  name: "template",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "un fichier de réponses vierge (YAML, chaque question et ses réponses possibles en commentaire) ou un en-tête CSV"
          : "a blank answers file (YAML, every question and its allowed answers as comments) or a CSV header",
      )
      .argument(
        "<questionnaire>",
        fr ? "identifiant ou fichier du questionnaire" : "questionnaire id or file",
      )
      .addOption(
        new Option(
          "-f, --format <format>",
          fr ? "YAML à remplir, ou en-tête CSV" : "YAML to fill in, or a CSV header",
        )
          .choices(["yaml", "csv"])
          .default("yaml"),
      )
      .option(
        "-o, --output <file>",
        fr
          ? "écrire dans ce fichier plutôt que sur la sortie standard"
          : "write to this file instead of stdout",
      )
      .option("--force", fr ? "remplacer le fichier s'il existe" : "replace the file if it exists")
      .option(
        "--participant <id>",
        fr ? "remplir déjà la ligne participant" : "fill in the participant line",
      )
      .option(
        "--excel",
        fr ? "CSV pour Excel en français : BOM et « ; »" : "CSV for Excel in French: BOM and ';'",
      )
      .option(
        "-d, --dir <dir...>",
        fr ? "dossiers où chercher les questionnaires" : "folders to look for questionnaires in",
      );
    examples(cmd, lang, [
      "reflet template reclamations > alice.yaml",
      "reflet template reclamations --participant alice --output alice.yaml",
      "reflet template reclamations --format csv --excel --output team.csv",
      "reflet template reclamations --lang en",
    ]);
  },
  load: () => import("./index.ts"),
};
