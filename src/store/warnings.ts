// What reading the data folder may have to say without failing: entries skipped.
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";

/** "4, 9, 12" or "4, 9, 12, 15, 20, …": the first few lines, enough to find the damage. */
const lineList = (lines: readonly number[]) =>
  lines.length > 5 ? `${lines.slice(0, 5).join(", ")}, …` : lines.join(", ");

const en = {
  skipped: (file: string, lines: readonly number[]) =>
    lines.length === 1
      ? `reflet: 1 damaged entry skipped in ${file} (line ${lines[0]}: cut short by a crash or a full disk, or edited by hand?)`
      : `reflet: ${lines.length} damaged entries skipped in ${file} (lines ${lineList(lines)}: cut short by a crash or a full disk, or edited by hand?)`,
};

const fr: typeof en = {
  skipped: (file, lines) =>
    lines.length === 1
      ? `reflet : 1 entrée abîmée ignorée dans ${file} (ligne ${lines[0]} : coupée par un arrêt brutal ou un disque plein, ou modifiée à la main ?)`
      : `reflet : ${lines.length} entrées abîmées ignorées dans ${file} (lignes ${lineList(lines)} : coupées par un arrêt brutal ou un disque plein, ou modifiées à la main ?)`,
};

export const storeWarnings = { en, fr };

/** One line for every damaged history entry skipped in `file`, or none when there is none. */
export function skippedWarning(file: string, lines: readonly number[], lang: Lang): string[] {
  if (lines.length === 0) return [];
  return [sanitizeLine(messagesFor(lang, storeWarnings).skipped(file, lines))];
}
