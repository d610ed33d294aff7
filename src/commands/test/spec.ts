import { type CommandSpec, examples } from "../../cli/command.ts";

export const test: CommandSpec = {
  name: "test",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "lancer les cas de test d'un questionnaire (réponses → tranches, profil, conseils attendus)"
          : "run a questionnaire's test cases (answers → expected bands, profile, advice)",
      )
      .argument("<file...>", fr ? "fichiers de questionnaire" : "questionnaire files")
      .option("--json", fr ? "résultats en JSON" : "results as JSON");
    examples(cmd, lang, [
      "reflet test questionnaires/*.yaml",
      "reflet test my-questionnaire.yaml --json",
    ]);
  },
  load: () => import("./index.ts"),
};
