// Reading the history for a command: where it is, what is in it, and one warning counting
// the damaged lines (never an error: a torn or damaged line must not block anything).

import { EXIT, type ExitCode } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import type { ListOptions } from "../../render/history/text.ts";
import { toJson } from "../../render/json.ts";
import type { HistoryEntry } from "../../store/entry.ts";
import { readHistory } from "../../store/history.ts";
import { type DataPaths, dataPaths } from "../../store/paths.ts";
import { skippedWarning } from "../../store/warnings.ts";
import { columnsOf } from "../../term/wrap.ts";
import { historyMessages } from "./messages.ts";

/** Runs `work` on the data paths. A data-folder problem (StoreError) goes up to cli/run.ts,
 * the one place that words it. */
export async function withStore<T>(
  ctx: Ctx,
  work: (paths: DataPaths) => T | Promise<T>,
): Promise<T> {
  return await work(dataPaths(ctx.env, ctx.cwd));
}

export function readEntries(ctx: Ctx, paths: DataPaths): HistoryEntry[] {
  const { entries, skipped } = readHistory(paths);
  for (const line of skippedWarning(paths.history, skipped, ctx.lang)) ctx.err(line);
  return entries;
}

export interface Listing {
  /** --json was given: print `json` instead of the text. */
  asJson: boolean;
  json: () => unknown;
  /** Said on stderr when there is nothing to list. */
  empty: string;
  text: (entries: readonly HistoryEntry[], o: ListOptions) => string;
}

/** Prints entries as JSON, as text fitted to the terminal, or says there are none. */
export function list(ctx: Ctx, entries: readonly HistoryEntry[], l: Listing): ExitCode {
  if (l.asJson) {
    ctx.out(toJson({ schemaVersion: 1, entries: l.json() }));
    return EXIT.ok;
  }
  if (entries.length === 0) {
    ctx.err(l.empty);
    return EXIT.ok;
  }
  const { notEnough, newVersion } = messagesFor(ctx.lang, historyMessages);
  const width = columnsOf(ctx.stdout);
  ctx.out(l.text(entries, { lang: ctx.lang, colour: ctx.colour, width, notEnough, newVersion }));
  return EXIT.ok;
}
