// reflet progress: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { formatOr } from "../../cli/shared-options.ts";

const PROGRESS_FORMATS = ["text", "markdown", "html"] as const;

export const progressTable = commandTable({
  name: "progress",
  description: {
    fr: "vos dimensions au fil du temps, avec vos plans et ce qu’ils ont donné",
    en: "your dimensions over time, with your plans and what came of them",
  },
  args: [
    { name: "[id]", help: { fr: "seulement ce questionnaire", en: "only this questionnaire" } },
  ],
  options: {
    format: formatOr(
      {
        fr: "text (un graphique à la largeur du terminal), markdown, ou html (une page, graphique en SVG)",
        en: "text (a chart fitted to the terminal), markdown, or html (one page with the chart as SVG)",
      },
      PROGRESS_FORMATS,
      "text",
    ),
  },
  examples: {
    fr: [
      "reflet progress",
      "reflet progress reclamations",
      "reflet progress --format html > evolution.html",
    ],
    en: [
      "reflet progress",
      "reflet progress reclamations",
      "reflet progress --format html > progress.html",
    ],
  },
});

export const progress = command(progressTable, () => import("./index.ts"));
