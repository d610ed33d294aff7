import { type CommandSpec, examples } from "../../cli/command.ts";

export const validate: CommandSpec = {
  name: "validate",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "vérifier des fichiers de questionnaire ; erreurs en fichier:ligne:colonne"
          : "check questionnaire files; errors as file:line:col",
      )
      .argument("<file...>", fr ? "fichiers de questionnaire" : "questionnaire files");
    examples(cmd, lang, [
      "reflet validate questionnaires/*.yaml",
      "reflet validate my-questionnaire.yaml",
    ]);
  },
  load: () => import("./index.ts"),
};
