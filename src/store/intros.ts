// The questionnaires whose introduction the person has already seen: one id per line in
// the data folder, so `reflet run ID` shows it once, before the first session of each.
import { join } from "node:path";
import { sessionsFolder } from "./checkpoint.ts";
import { writeFileAtomically } from "./files.ts";
import type { DataPaths } from "./paths.ts";
import { readPrivate } from "./safe-open.ts";

export const introsFile = (paths: DataPaths) => join(paths.dir, "intros");

function seenIds(paths: DataPaths): string[] {
  return (readPrivate(introsFile(paths)) ?? "").split("\n").filter(Boolean);
}

export function introSeen(paths: DataPaths, questionnaire: string): boolean {
  return seenIds(paths).includes(questionnaire);
}

export function rememberIntro(paths: DataPaths, questionnaire: string): void {
  const ids = seenIds(paths);
  if (ids.includes(questionnaire)) return;
  sessionsFolder(paths);
  writeFileAtomically(introsFile(paths), `${[...ids, questionnaire].join("\n")}\n`, 0o600);
}
