// --summary FILE: the team summary in the format its name says (.html, .md or .json); an
// HTML or Markdown summary also gets its JSON twin beside it (team.html → team.json).
import { extname } from "node:path";
import type { Lang } from "../../../i18n/lang.ts";
import { writeWhole } from "../../../io/write.ts";
import type { Model } from "../../../model/model.ts";
import { toJson } from "../../../render/json.ts";
import { PRIVATE_FILE } from "../../../store/files.ts";
import { SummaryAccumulator } from "../../stats/summary.ts";
import type { Sink, Tally } from "../../types.ts";
import { summaryHtml } from "./html.ts";
import { summaryMarkdown } from "./markdown.ts";
import { buildSummaryView } from "./view.ts";

export type SummaryFormat = "html" | "markdown" | "json";

const BY_EXTENSION: Record<string, SummaryFormat> = {
  ".html": "html",
  ".htm": "html",
  ".md": "markdown",
  ".markdown": "markdown",
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
}

export function summarySink(o: SummaryOptions): Sink {
  const acc = new SummaryAccumulator(o.model, o.includeNotes);
  const format = summaryFormatOf(o.path) ?? "json";
  return {
    scored: (s) => acc.add(s),
    async commit() {
      const summary = acc.finish(o.tally(), o.minGroup);
      const [main, twin] = summaryFiles(o.path) as [string, string | undefined];
      const [mainName, twinName] = summaryFiles(o.name) as [string, string | undefined];
      if (format !== "json") {
        const view = buildSummaryView(o.model, summary, o.lang);
        const text = format === "html" ? summaryHtml(view) : summaryMarkdown(view);
        await writeWhole(main, text, { mode: PRIVATE_FILE, name: mainName });
      }
      const json = toJson(summary);
      await writeWhole(twin ?? main, json, { mode: PRIVATE_FILE, name: twinName ?? mainName });
    },
  };
}
