// reflet schema: its help, as data.
import { command, commandTable } from "../../cli/command.ts";

export const schemaTable = commandTable({
  name: "schema",
  description: {
    fr: "afficher le JSON Schema des fichiers de questionnaire (pour la complétion dans l’éditeur)",
    en: "print the JSON Schema of questionnaire files (for completion in editors)",
  },
  args: [],
  options: {},
  examples: {
    fr: [
      "reflet schema > questionnaire.schema.json",
      "# puis, en première ligne d’un fichier de questionnaire :",
      "# yaml-language-server: $schema=questionnaire.schema.json",
    ],
    en: [
      "reflet schema > questionnaire.schema.json",
      "# then, first line of a questionnaire file:",
      "# yaml-language-server: $schema=questionnaire.schema.json",
    ],
  },
});

export const schema = command(schemaTable, () => import("./index.ts"));
