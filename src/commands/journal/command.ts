// reflet journal: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { json } from "../../cli/shared-options.ts";

export const journalTable = commandTable({
  name: "journal",
  description: {
    fr: "vos notes de réflexion (réponses libres), résultat par résultat",
    en: "your reflection notes (free-text answers), result by result",
  },
  args: [
    { name: "[id]", help: { fr: "seulement ce questionnaire", en: "only this questionnaire" } },
  ],
  options: {
    json: json({ fr: "les notes en JSON", en: "the notes as JSON" }),
  },
  examples: {
    fr: [
      "reflet journal",
      "reflet journal reclamations",
      "reflet journal --json",
      "reflet history forget reclamations   # effacer résultats et notes",
    ],
    en: [
      "reflet journal",
      "reflet journal reclamations",
      "reflet journal --json",
      "reflet history forget reclamations   # erase results and notes",
    ],
  },
});

export const journal = command(journalTable, () => import("./index.ts"));
