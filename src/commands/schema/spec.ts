import { type CommandSpec, examples } from "../../cli/command.ts";

const description = {
  en: "print the JSON Schema of questionnaire files (for completion in editors)",
  fr: "afficher le JSON Schema des fichiers de questionnaire (pour la complétion dans l'éditeur)",
};

const lines = {
  en: [
    "reflet schema > questionnaire.schema.json",
    "# then, first line of a questionnaire file:",
    "# yaml-language-server: $schema=questionnaire.schema.json",
  ],
  fr: [
    "reflet schema > questionnaire.schema.json",
    "# puis, en première ligne d'un fichier de questionnaire :",
    "# yaml-language-server: $schema=questionnaire.schema.json",
  ],
};

export const schema: CommandSpec = {
  name: "schema",
  define(cmd, lang) {
    cmd.description(description[lang]);
    examples(cmd, lang, lines[lang]);
  },
  load: () => import("./index.ts"),
};
