// reflet schema: the published JSON Schema, generated from the one zod schema.
import type { Action } from "../../cli/command.ts";
import { questionnaireJsonSchema } from "../../model/schema.ts";
import { toJson } from "../../render/json.ts";

export const action: Action = async (ctx) => {
  ctx.out(toJson(questionnaireJsonSchema()));
  return 0;
};
