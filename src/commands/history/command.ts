// reflet history: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { json } from "../../cli/shared-options.ts";

/** The word that turns `reflet history` into erasing. */
export const FORGET = "forget";

export const historyTable = commandTable({
  name: "history",
  description: {
    fr: "vos résultats passés et leur évolution par dimension ; « forget » les efface",
    en: "your past results and how each dimension changed; 'forget' erases them",
  },
  usage: {
    fr: `[ID] | ${FORGET} ID|--all [options]`,
    en: `[ID] | ${FORGET} ID|--all [options]`,
  },
  args: [
    {
      name: "[words...]",
      help: {
        fr: "ID : les résultats d’un seul questionnaire ; forget ID ou forget --all : effacer",
        en: "ID: the results of one questionnaire; forget ID or forget --all: erase",
      },
    },
  ],
  options: {
    json: json({ fr: "l’historique complet en JSON", en: "the full history as JSON" }),
    all: {
      kind: "flag",
      help: {
        fr: "avec forget : effacer tout l’historique, les notes et les sessions en pause",
        en: "with forget: erase the whole history, notes and paused sessions",
      },
    },
    progress: {
      kind: "flag",
      help: {
        fr: "comme reflet progress : vos dimensions au fil du temps, avec vos plans",
        en: "as reflet progress: your dimensions over time, with your plans",
      },
    },
    yes: {
      kind: "flag",
      short: "y",
      help: {
        fr: "avec forget : ne pas demander de confirmation (nécessaire sans terminal)",
        en: "with forget: do not ask for confirmation (needed without a terminal)",
      },
    },
  },
  examples: {
    fr: [
      "reflet history",
      "reflet history reclamations",
      "reflet history --progress reclamations",
      "reflet history --json > historique.json",
      "reflet history forget reclamations",
      "reflet history forget --all --yes",
    ],
    en: [
      "reflet history",
      "reflet history reclamations",
      "reflet history --progress reclamations",
      "reflet history --json > history.json",
      "reflet history forget reclamations",
      "reflet history forget --all --yes",
    ],
  },
  footnote: {
    fr: "L’historique est dans le dossier de données de reflet (REFLET_HOME pour le déplacer) ; rien ne quitte votre machine.",
    en: "The history lives in reflet's data folder (REFLET_HOME moves it); nothing leaves your machine.",
  },
});

export const history = command(historyTable, () => import("./index.ts"));
