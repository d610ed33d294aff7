// What reading the data folder may have to say without failing: entries skipped.
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { storeMessages } from "./messages.ts";

/** One line for every damaged history entry skipped in `file`, or none when there is none. */
export function skippedWarning(file: string, lines: readonly number[], lang: Lang): string[] {
  if (lines.length === 0) return [];
  return [sanitizeLine(messagesFor(lang, storeMessages).skipped(file, lines))];
}
