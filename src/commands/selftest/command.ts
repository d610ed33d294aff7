// reflet test: a questionnaire's own test cases. Its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { jsonResults, questionnaireFiles } from "../../cli/shared-options.ts";

export const selftestTable = commandTable({
  name: "test",
  description: {
    fr: "lancer les cas de test d’un questionnaire (réponses → tranches, chiffres, profil, conseils et signaux attendus) ; avec --simulate, des répondants simulés et les attentes du fichier",
    en: "run a questionnaire's own test cases (answers → expected bands, figures, profile, advice, flags); with --simulate, simulated respondents and the file's expectations",
  },
  args: [questionnaireFiles],
  options: {
    json: jsonResults,
    simulate: {
      kind: "flag",
      help: {
        fr: "simuler aussi des répondants sous chaque modèle, afficher la part de chaque profil, tranche et conseil, et vérifier les attentes du fichier",
        en: "also simulate respondents under each model, print the share of each profile, band and advice, and check the file's expectations",
      },
    },
    // Numbers and names checked by the action, so that a bad value is said in the user's language.
    respondents: {
      kind: "value",
      arg: "n",
      help: {
        fr: "répondants simulés par modèle (2000 par défaut ; implique --simulate)",
        en: "simulated respondents per model (default 2000; implies --simulate)",
      },
    },
    seed: {
      kind: "value",
      arg: "n",
      help: {
        fr: "graine des tirages : la même graine donne les mêmes chiffres (1 par défaut ; implique --simulate)",
        en: "seed of the draws: the same seed gives the same figures (default 1; implies --simulate)",
      },
    },
    model: {
      kind: "value",
      arg: "names",
      help: {
        fr: "modèles à simuler, séparés par des virgules : uniform, latent, acquiescent, desirable, middle, straight (tous par défaut ; implique --simulate)",
        en: "models to simulate, comma-separated: uniform, latent, acquiescent, desirable, middle, straight (default all; implies --simulate)",
      },
    },
  },
  examples: {
    fr: [
      "reflet test mon-questionnaire.yaml",
      "reflet test questionnaires/*.yaml",
      "reflet test mon-questionnaire.yaml --json",
      "reflet test questionnaires/*.yaml --simulate",
      "reflet test mon-questionnaire.yaml --simulate --model latent,middle --respondents 500 --seed 7",
    ],
    en: [
      "reflet test my-questionnaire.yaml",
      "reflet test questionnaires/*.yaml",
      "reflet test my-questionnaire.yaml --json",
      "reflet test questionnaires/*.yaml --simulate",
      "reflet test my-questionnaire.yaml --simulate --model latent,middle --respondents 500 --seed 7",
    ],
  },
});

export const selftest = command(selftestTable, () => import("./index.ts"));
