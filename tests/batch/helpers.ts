// Shared by the batch tests: fixtures, the questionnaire models, running the built binary.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";

export { folderWith, reflet, root, tempDir } from "../security/helpers.ts";

export const fixtures = fileURLToPath(new URL("../fixtures/batch/", import.meta.url));
export const fixture = (name: string): string => join(fixtures, name);
export const golden = fileURLToPath(new URL("../golden/batch/", import.meta.url));

export function model(name: string): Model {
  const outcome = checkQuestionnaire(readFileSync(fixture(name), "utf8"), name, "en");
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.model;
}

/** JSON Lines as values. */
export const jsonLines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l));
