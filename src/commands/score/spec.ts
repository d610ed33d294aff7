import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";

export const score: CommandSpec = {
  name: "score",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "évaluer un fichier de réponses, sans questions"
          : "score one answers file, without prompting",
      )
      .argument(
        "<questionnaire>",
        fr ? "identifiant ou fichier du questionnaire" : "questionnaire id or file",
      )
      .requiredOption(
        "-a, --answers <file>",
        fr
          ? "fichier de réponses (YAML ou JSON ; - pour l'entrée standard)"
          : "answers file (YAML or JSON; - for stdin)",
      )
      .addOption(
        new Option("-f, --format <format>", fr ? "format du profil" : "profile format")
          .choices(["text", "markdown", "json"])
          .default("text"),
      )
      .option(
        "-d, --dir <dir...>",
        fr ? "dossiers où chercher les questionnaires" : "folders to look for questionnaires in",
      );
    examples(cmd, lang, [
      "reflet score reclamations --answers alice.yaml",
      "reflet score reclamations --answers alice.yaml --format json > alice.json",
      "cat alice.yaml | reflet score reclamations --answers - --format markdown",
    ]);
  },
  load: () => import("./index.ts"),
};
