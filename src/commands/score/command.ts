// reflet score: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { dir, formatOr, norms, questionnaire, why } from "../../cli/shared-options.ts";

export const scoreTable = commandTable({
  name: "score",
  description: {
    fr: "évaluer un fichier de réponses, sans poser de question",
    en: "score one answers file, without asking anything",
  },
  args: [questionnaire],
  options: {
    // Checked by the action, so that a missing --answers is said in the user's language.
    answers: {
      kind: "value",
      short: "a",
      arg: "file",
      help: {
        fr: "fichier de réponses (YAML ou JSON) ; - le lit sur l’entrée standard",
        en: "answers file (YAML or JSON); - reads it from standard input",
      },
    },
    format: formatOr(
      { fr: "format du profil", en: "profile format" },
      ["text", "markdown", "json"],
      "text",
    ),
    why,
    norms,
    dir,
  },
  examples: {
    fr: [
      "reflet score reclamations --answers alice.yaml",
      "reflet score reclamations --answers alice.yaml --format json > alice.json",
      "reflet score mon-questionnaire.yaml --answers alice.yaml --format markdown",
      "reflet score reclamations --answers alice.yaml --why",
      "cat alice.yaml | reflet score reclamations --answers -",
    ],
    en: [
      "reflet score reclamations --answers alice.yaml",
      "reflet score reclamations --answers alice.yaml --format json > alice.json",
      "reflet score my-questionnaire.yaml --answers alice.yaml --format markdown",
      "reflet score reclamations --answers alice.yaml --why",
      "cat alice.yaml | reflet score reclamations --answers -",
    ],
  },
});

export const score = command(scoreTable, () => import("./index.ts"));
