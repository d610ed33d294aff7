// The interactive fixture questionnaire, loaded once for the ask tests.
import { readFileSync } from "node:fs";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";

export const DESK = new URL("../fixtures/interactive/desk.yaml", import.meta.url).pathname;

export function loadDesk(text = readFileSync(DESK, "utf8")): Model {
  const outcome = checkQuestionnaire(text, "desk.yaml", "en");
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.model;
}
