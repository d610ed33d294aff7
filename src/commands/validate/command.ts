// reflet validate: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { jsonResults, questionnaireFiles } from "../../cli/shared-options.ts";

export const validateTable = commandTable({
  name: "validate",
  description: {
    fr: "vérifier des fichiers de questionnaire (syntaxe, schéma, références, tranches, langues, conditions) ; problèmes et avertissements en fichier:ligne:colonne",
    en: "check questionnaire files (syntax, schema, references, bands, languages, conditions); problems and warnings as file:line:col",
  },
  args: [questionnaireFiles],
  options: {
    json: jsonResults,
    strict: {
      kind: "flag",
      help: {
        fr: "traiter les avertissements comme des problèmes : code de sortie 1 dès qu’un fichier en a",
        en: "treat warnings as problems: exit 1 when a file has any",
      },
    },
  },
  examples: {
    fr: [
      "reflet validate mon-questionnaire.yaml",
      "reflet validate questionnaires/*.yaml",
      "reflet validate mon-questionnaire.yaml --json",
      "reflet validate mon-questionnaire.yaml --strict",
    ],
    en: [
      "reflet validate my-questionnaire.yaml",
      "reflet validate questionnaires/*.yaml",
      "reflet validate my-questionnaire.yaml --json",
      "reflet validate my-questionnaire.yaml --strict",
    ],
  },
});

export const validate = command(validateTable, () => import("./index.ts"));
