// One entry for every profile format, so run, score and batch print the same thing.
import type { Ctx } from "../../cli/context.ts";
import type { Result } from "../../engine/types.ts";
import type { Model } from "../../model/model.ts";
import { toJson } from "../json.ts";
import { profileMarkdown } from "./markdown.ts";
import { profileText } from "./text.ts";
import { buildProfileView } from "./view.ts";

export type ProfileFormat = "text" | "markdown" | "json";

export function renderProfile(
  model: Model,
  result: Result,
  format: ProfileFormat,
  ctx: Pick<Ctx, "lang" | "colour" | "stdout">,
): string {
  if (format === "json") return toJson(result);
  const view = buildProfileView(model, result, ctx.lang);
  if (format === "markdown") return profileMarkdown(view);
  return profileText(view, { colour: ctx.colour, width: ctx.stdout.columns ?? 80 });
}
