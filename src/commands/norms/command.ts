// reflet norms: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { force, output } from "../../cli/shared-options.ts";

/** The word that builds a norm file. */
export const BUILD = "build";

export const normsTable = commandTable({
  name: "norms",
  description: {
    fr: "construire des normes d’équipe à partir de résultats de reflet batch : où chacun se situe (score --norms)",
    en: "build team norms from reflet batch results: where each person stands (score --norms)",
  },
  usage: {
    fr: "build RÉSULTATS... --output normes.json [options]",
    en: "build RESULTS... --output norms.json [options]",
  },
  args: [
    {
      name: "<words...>",
      help: {
        fr: "build, puis les fichiers de résultats (JSON Lines, JSON ou CSV)",
        en: "build, then the result files (JSON Lines, JSON or CSV)",
      },
    },
  ],
  options: {
    output: output({
      fr: "le fichier de normes à écrire (.json)",
      en: "the norm file to write (.json)",
    }),
    minSize: {
      kind: "value",
      arg: "n",
      default: "30",
      help: {
        fr: "le moins de personnes acceptées pour des normes, par dimension",
        en: "the fewest people accepted for norms, per dimension",
      },
    },
    force: force({
      fr: "remplacer le fichier de normes s’il existe",
      en: "replace the norm file if it exists",
    }),
  },
  notes: {
    fr: "Le fichier garde, par dimension et facette, le nombre de personnes et les percentiles (de 5 en 5) : aucune valeur individuelle. Les questionnaires intégrés n’ont pas de normes : elles viennent de vos propres résultats.",
    en: "The file keeps, per dimension and facet, the number of people and the percentiles (every 5): no individual value. The built-in questionnaires have no norms: they come from your own results.",
  },
  examples: [
    "reflet norms build team.jsonl --output team-norms.json",
    "reflet score reclamations --answers me.yaml --norms team-norms.json",
  ],
});

export const norms = command(normsTable, () => import("./index.ts"));
