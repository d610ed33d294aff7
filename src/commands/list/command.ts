// reflet list: its options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { dir, json } from "../../cli/shared-options.ts";

export const listTable = commandTable({
  name: "list",
  description: {
    fr: "les questionnaires trouvés : intégrés, ./questionnaires, --dir, REFLET_PATH",
    en: "the questionnaires found: built-in, ./questionnaires, --dir, REFLET_PATH",
  },
  args: [],
  options: {
    json: json({
      fr: "la liste en JSON sur la sortie standard",
      en: "the list as JSON on stdout",
    }),
    dir,
  },
  examples: {
    fr: [
      "reflet list",
      "reflet list --json",
      "reflet list --dir ~/questionnaires-equipe",
      "REFLET_PATH=~/questionnaires-equipe reflet list",
    ],
    en: [
      "reflet list",
      "reflet list --json",
      "reflet list --dir ~/team-questionnaires",
      "REFLET_PATH=~/team-questionnaires reflet list",
    ],
  },
});

export const list = command(listTable, () => import("./index.ts"));
