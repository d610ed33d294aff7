import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";

/** The word that builds a norm file. */
export const BUILD = "build";

/** Every option of norms: flags, help in French and English, default. */
const OPTIONS: { flags: string; fr: string; en: string; default?: string }[] = [
  {
    flags: "-o, --output <file>",
    fr: "le fichier de normes à écrire (.json)",
    en: "the norm file to write (.json)",
  },
  {
    flags: "--min-size <n>",
    fr: "le moins de personnes acceptées pour des normes, par dimension",
    en: "the fewest people accepted for norms, per dimension",
    default: "30",
  },
  {
    flags: "--force",
    fr: "remplacer le fichier de normes s'il existe",
    en: "replace the norm file if it exists",
  },
];

export const norms: CommandSpec = {
  name: "norms",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "construire des normes d'équipe à partir de résultats de reflet batch : où chacun se situe (score --norms)"
          : "build team norms from reflet batch results: where each person stands (score --norms)",
      )
      .usage(
        fr
          ? "build RÉSULTATS... --output normes.json [options]"
          : "build RESULTS... --output norms.json [options]",
      )
      .argument(
        "<words...>",
        fr
          ? "build, puis les fichiers de résultats (JSON Lines, JSON ou CSV)"
          : "build, then the result files (JSON Lines, JSON or CSV)",
      );
    for (const o of OPTIONS) {
      const option = new Option(o.flags, fr ? o.fr : o.en);
      if (o.default !== undefined) option.default(o.default);
      cmd.addOption(option);
    }
    cmd.addHelpText(
      "after",
      fr
        ? "\nLe fichier garde, par dimension et facette, le nombre de personnes et les percentiles (de 5 en 5) : aucune valeur individuelle. Les questionnaires intégrés n'ont pas de normes : elles viennent de vos propres résultats."
        : "\nThe file keeps, per dimension and facet, the number of people and the percentiles (every 5): no individual value. The built-in questionnaires have no norms: they come from your own results.",
    );
    examples(cmd, lang, [
      "reflet norms build team.jsonl --output team-norms.json",
      "reflet score reclamations --answers me.yaml --norms team-norms.json",
    ]);
  },
  load: () => import("./index.ts"),
};
