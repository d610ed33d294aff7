// The words a completion script asks for at each TAB: questionnaire ids and the ids in the
// history. Fast and quiet: ids are read from the top of each file (no questionnaire is
// loaded), and anything unreadable gives fewer words, never a message.
import { idsFound, searchPlaces } from "../../load/discover.ts";
import { dataPaths } from "../../store/paths.ts";
import { readPrivate } from "../../store/safe-open.ts";

export const ID_KINDS = ["questionnaires", "history"] as const;
export type IdKind = (typeof ID_KINDS)[number];

/** Ids of the questionnaires `reflet run ID` would find, each once, sorted. */
export function questionnaireIds(env: NodeJS.ProcessEnv, cwd: string): string[] {
  return idsFound(searchPlaces([], env, cwd));
}

/** Ids of the questionnaires with a result in the history. */
export function historyIds(env: NodeJS.ProcessEnv, cwd: string): string[] {
  const ids = new Set<string>();
  let text: string | undefined;
  try {
    text = readPrivate(dataPaths(env, cwd).history);
  } catch {
    return [];
  }
  for (const line of (text ?? "").split("\n")) {
    try {
      const id = (JSON.parse(line) as { questionnaire?: { id?: unknown } }).questionnaire?.id;
      if (typeof id === "string" && /^[\w.-]+$/.test(id)) ids.add(id);
    } catch {
      // A damaged line: reflet history says so; completion just skips it.
    }
  }
  return [...ids].sort();
}
