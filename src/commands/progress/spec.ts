import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";

export const PROGRESS_FORMATS = ["text", "markdown", "html"] as const;

const OPTIONS = [
  {
    flags: "-f, --format <format>",
    en: "text (a chart fitted to the terminal), markdown, or html (one page with the chart as SVG)",
    fr: "text (un graphique à la largeur du terminal), markdown, ou html (une page, graphique en SVG)",
    choices: PROGRESS_FORMATS,
    default: "text",
  },
] as const;

export const progress: CommandSpec = {
  name: "progress",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "vos dimensions au fil du temps, avec vos plans et ce qu'ils ont donné"
          : "your dimensions over time, with your plans and what came of them",
      )
      .argument("[id]", fr ? "seulement ce questionnaire" : "only this questionnaire");
    for (const o of OPTIONS)
      cmd.addOption(new Option(o.flags, fr ? o.fr : o.en).choices(o.choices).default(o.default));
    examples(cmd, lang, [
      "reflet progress",
      "reflet progress reclamations",
      fr
        ? "reflet progress --format html > evolution.html"
        : "reflet progress --format html > progress.html",
    ]);
  },
  load: () => import("./index.ts"),
};
