// --summary FILE: the team summary in the format its name says (.html, .md, .csv or .json);
// an HTML, Markdown or CSV summary also gets its JSON twin beside it (team.html → team.json).
import { extname } from "node:path";
import type { Lang } from "../../../i18n/lang.ts";
import { writeWhole } from "../../../io/write.ts";
import type { Model } from "../../../model/model.ts";
import { type CsvStyle, PLAIN_CSV } from "../../../render/csv.ts";
import { toJson } from "../../../render/json.ts";
import { PRIVATE_FILE } from "../../../store/files.ts";
import { GroupedSummary } from "../../stats/groups.ts";
import { SummaryAccumulator } from "../../stats/summary.ts";
import type { Sink, Tally } from "../../types.ts";
import { summaryCsv } from "./csv.ts";
import { summaryHtml } from "./html.ts";
import { summaryMarkdown } from "./markdown.ts";
import { buildSummaryView } from "./view.ts";

export type SummaryFormat = "html" | "markdown" | "csv" | "json";

const BY_EXTENSION: Record<string, SummaryFormat> = {
  ".html": "html",
  ".htm": "html",
  ".md": "markdown",
  ".markdown": "markdown",
  ".csv": "csv",
  ".json": "json",
};

export const summaryFormatOf = (file: string): SummaryFormat | undefined =>
  BY_EXTENSION[extname(file).toLowerCase()];

/** The files a summary named `file` is written to, main one first. */
export function summaryFiles(file: string): string[] {
  if (summaryFormatOf(file) === "json") return [file];
  return [file, `${file.slice(0, file.length - extname(file).length)}.json`];
}

export interface SummaryOptions {
  /** The path to write to (resolved); `summaryFiles` gives the twin. */
  path: string;
  /** As the user gave it, for messages. */
  name: string;
  model: Model;
  lang: Lang;
  includeNotes: boolean;
  minGroup: number;
  tally: () => Tally;
  /** The --group-by column: figures per group too. */
  groupBy?: string;
  /** How a CSV summary is written (--excel). */
  style?: CsvStyle;
}

export function summarySink(o: SummaryOptions): Sink {
  const acc = new SummaryAccumulator(o.model, o.includeNotes);
  const groups = o.groupBy !== undefined ? new GroupedSummary(o.model) : null;
  const format = summaryFormatOf(o.path) ?? "json";
  return {
    scored: (s) => {
      acc.add(s);
      groups?.add(s);
    },
    async commit() {
      const summary = acc.finish(o.tally(), o.minGroup);
      if (groups && o.groupBy !== undefined) {
        summary.groupBy = o.groupBy;
        summary.groups = groups.finish(o.minGroup);
      }
      const [main, twin] = summaryFiles(o.path) as [string, string | undefined];
      const [mainName, twinName] = summaryFiles(o.name) as [string, string | undefined];
      if (format !== "json") {
        const view = buildSummaryView(o.model, summary, o.lang);
        const text =
          format === "html"
            ? summaryHtml(view)
            : format === "csv"
              ? summaryCsv(view, o.style ?? PLAIN_CSV)
              : summaryMarkdown(view);
        await writeWhole(main, text, { mode: PRIVATE_FILE, name: mainName });
      }
      const json = toJson(summary);
      await writeWhole(twin ?? main, json, { mode: PRIVATE_FILE, name: twinName ?? mainName });
    },
  };
}
