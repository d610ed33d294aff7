// Two results of one questionnaire are compared dimension by dimension only when they come
// from the same version: a new version may keep a dimension's id while changing its items,
// so a difference in percent would measure the change of questions, not of the person.
import type { HistoryEntry } from "../../store/entry.ts";

/** Whether a change per dimension between `before` and a result of `version` means anything. */
export function comparable(before: Pick<HistoryEntry, "questionnaire">, version: string): boolean {
  return before.questionnaire.version === version;
}
