// reflet share: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { force, output } from "../../cli/shared-options.ts";

export const shareTable = commandTable({
  name: "share",
  description: {
    fr: "écrire pour votre coach un fichier de réponses (le dernier résultat d’un questionnaire) avec vos plans et ce qu’ils ont donné, après vous l’avoir montré",
    en: "write for your coach an answers file (a questionnaire's latest result) with your plans and what came of them, after showing it to you",
  },
  args: [
    {
      name: "[id]",
      help: {
        fr: "le questionnaire (par défaut celui du dernier résultat)",
        en: "the questionnaire (by default that of the latest result)",
      },
    },
  ],
  options: {
    output: output({
      fr: "le fichier à écrire (par défaut ID.answers.yaml), en 0600",
      en: "the file to write (by default ID.answers.yaml), 0600",
    }),
    journal: {
      kind: "flag",
      help: {
        fr: "y mettre aussi le journal : réponses libres et ce que vous avez écrit aux points",
        en: "add the journal too: free-text answers and what you wrote at check-ins",
      },
    },
    yes: {
      kind: "flag",
      short: "y",
      help: {
        fr: "écrire sans demander (nécessaire sans terminal)",
        en: "write without asking (needed without a terminal)",
      },
    },
    force: force({ fr: "remplacer le fichier s’il existe", en: "replace the file if it exists" }),
  },
  examples: {
    fr: [
      "reflet share reclamations",
      "reflet share reclamations --output pour-ma-coach.yaml --journal",
      "reflet batch reclamations pour-ma-coach.yaml   # chez la coach",
    ],
    en: [
      "reflet share reclamations",
      "reflet share reclamations --output for-my-coach.yaml --journal",
      "reflet batch reclamations for-my-coach.yaml   # at the coach's",
    ],
  },
  footnote: {
    fr: "Rien n’est envoyé : share écrit un fichier, que vous remettez vous-même.",
    en: "Nothing is sent: share writes a file, which you hand over yourself.",
  },
});

export const share = command(shareTable, () => import("./index.ts"));
