import { type CommandSpec, examples } from "../../cli/command.ts";

export const schema: CommandSpec = {
  name: "schema",
  define(cmd, lang) {
    cmd.description(
      lang === "fr"
        ? "afficher le JSON Schema des fichiers de questionnaire (complétion dans l'éditeur)"
        : "print the JSON Schema of questionnaire files (editor completion)",
    );
    examples(cmd, lang, ["reflet schema > questionnaire.schema.json"]);
  },
  load: () => import("./index.ts"),
};
