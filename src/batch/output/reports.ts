// --reports DIR: one report per participant, named after their id. Reports are written in a
// hidden folder inside DIR and moved into DIR only when the batch completes, so a stopped
// batch leaves no partial set behind.
import { randomBytes } from "node:crypto";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import { isLang, type Lang } from "../../i18n/lang.ts";
import { createNew, writeError } from "../../io/write.ts";
import type { Model } from "../../model/model.ts";
import { buildProfileView } from "../../render/profile/view.ts";
import { reportHtml } from "../../render/report/html.ts";
import { reportMarkdown } from "../../render/report/markdown.ts";
import { reportMessages } from "../../render/report/messages.ts";
import { notesOf } from "../../render/report/notes.ts";
import { PRIVATE_DIR, PRIVATE_FILE } from "../../store/files.ts";
import type { Scored, Sink } from "../types.ts";

export const REPORT_FORMATS = ["html", "markdown"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name any system accepts, made from an id that may hold anything: never hidden, never
 * a device name, never read as an option (`-rf.html` would be one to `rm *`).
 */
export function safeFileName(id: string): string {
  let name = id
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "_")
    .replace(/^[._]+/, "")
    .slice(0, 80);
  if (name === "") name = "participant";
  return RESERVED.test(name) || name.startsWith("-") ? `_${name}` : name;
}

export interface ReportOptions {
  dir: string;
  format: ReportFormat;
  model: Model;
  lang: Lang;
  includeNotes: boolean;
  /** Names (lower case) already taken in `dir` by this run's inputs and other outputs. */
  taken?: ReadonlySet<string>;
  /** What follows the profile (HTML or Markdown, ready to insert): the standing with --norms. */
  after?: (s: Scored, lang: Lang, format: ReportFormat) => string;
}

/** The report of one scored participant, in their answers file's language if it has one. */
export function renderReport(s: Scored, o: Omit<ReportOptions, "dir">): string {
  const lang = s.entry.lang && isLang(s.entry.lang) ? s.entry.lang : o.lang;
  const view = buildProfileView(o.model, s.sheet.result(), lang);
  const notes = o.includeNotes ? notesOf(o.model, s.entry.answers, lang) : null;
  const after = o.after?.(s, lang, o.format) ?? "";
  const w = reportMessages[view.uiLang];
  const details = [
    ...(s.entry.answeredAt ? [w.answeredAt(s.entry.answeredAt)] : []),
    w.unanswered(Math.max(0, s.sheet.shown - s.sheet.answered)),
  ];
  return o.format === "html"
    ? reportHtml(o.model, view, notes, after, details)
    : reportMarkdown(view, notes, details) + after;
}

export interface ReportsSink extends Sink {
  written(): number;
}

export async function reportsSink(o: ReportOptions): Promise<ReportsSink> {
  const staging = join(o.dir, `.reflet-${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(o.dir, { recursive: true, mode: PRIVATE_DIR });
    await mkdir(staging, { mode: PRIVATE_DIR });
  } catch (e) {
    throw writeError(e, o.dir);
  }
  const ext = o.format === "html" ? ".html" : ".md";
  // Case-insensitive: "Alice" and "alice" must not overwrite each other on macOS or Windows.
  const used = new Set<string>();
  let count = 0;
  return {
    async scored(s) {
      const base = safeFileName(s.participant);
      const free = (n: string) =>
        !used.has(n.toLowerCase()) && !o.taken?.has(`${n}${ext}`.toLowerCase());
      let name = base;
      for (let i = 2; !free(name); i++) name = `${base}-${i}`;
      used.add(name.toLowerCase());
      await createNew(join(staging, name + ext), renderReport(s, o), PRIVATE_FILE);
      count++;
    },
    async commit() {
      try {
        for (const name of await readdir(staging))
          await rename(join(staging, name), join(o.dir, name));
      } catch (e) {
        throw writeError(e, o.dir);
      } finally {
        await rm(staging, { recursive: true, force: true });
      }
    },
    async abort() {
      await rm(staging, { recursive: true, force: true });
    },
    written: () => count,
  };
}
