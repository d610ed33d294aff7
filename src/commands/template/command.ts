// reflet template: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { dir, excel, force, formatOr, output, questionnaire } from "../../cli/shared-options.ts";

export const templateTable = commandTable({
  name: "template",
  description: {
    fr: "un fichier de réponses vierge (YAML, chaque question et ses réponses possibles en commentaire) ou un en-tête CSV",
    en: "a blank answers file (YAML, every question and its allowed answers as comments) or a CSV header",
  },
  args: [questionnaire],
  options: {
    format: formatOr(
      { fr: "YAML à remplir, ou en-tête CSV", en: "YAML to fill in, or a CSV header" },
      ["yaml", "csv"],
      "yaml",
    ),
    output: output({
      fr: "écrire dans ce fichier plutôt que sur la sortie standard",
      en: "write to this file instead of stdout",
    }),
    force: force({ fr: "remplacer le fichier s’il existe", en: "replace the file if it exists" }),
    participant: {
      kind: "value",
      arg: "id",
      help: { fr: "remplir déjà la ligne participant", en: "fill in the participant line" },
    },
    excel: excel({
      fr: "CSV pour Excel en français : BOM et « ; »",
      en: "CSV for Excel in French: BOM and ';'",
    }),
    dir,
  },
  examples: [
    "reflet template reclamations > alice.yaml",
    "reflet template reclamations --participant alice --output alice.yaml",
    "reflet template reclamations --format csv --excel --output team.csv",
    "reflet template reclamations --lang en",
  ],
});

export const template = command(templateTable, () => import("./index.ts"));
