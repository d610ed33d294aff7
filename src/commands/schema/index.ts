// reflet schema: the published JSON Schema (draft-07), generated from the one zod schema, so
// it is the same as schema/questionnaire.schema.json.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { questionnaireJsonSchema } from "../../model/schema.ts";
import { toJson } from "../../render/json.ts";
import type { schemaTable } from "./command.ts";

export const action: Action<typeof schemaTable> = async (ctx) => {
  ctx.out(toJson(questionnaireJsonSchema()));
  return EXIT.ok;
};
