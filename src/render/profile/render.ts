// One entry for every profile format, so run, score and batch print the same thing.

import type { Result } from "../../engine/types.ts";
import type { Ctx } from "../../io/context.ts";
import type { Model } from "../../model/model.ts";
import { toJson } from "../json.ts";
import { profileMarkdown } from "./markdown.ts";
import { profileMessages } from "./messages.ts";
import { profileText } from "./text.ts";
import { buildProfileView, type Previous } from "./view.ts";

export type ProfileFormat = "text" | "markdown" | "json";
export const PROFILE_FORMATS: readonly ProfileFormat[] = ["text", "markdown", "json"];

export type RenderCtx = Pick<Ctx, "lang" | "colour" | "outColumns">;

export interface RenderOptions {
  /** Under each text, the answers behind it (--why); text and Markdown only. */
  why?: boolean;
}

export interface ProfileInput {
  model: Model;
  result: Result;
  /** The previous result of the same questionnaire: the profile shows what changed. */
  previous?: Previous;
}

export function renderProfile(
  model: Model,
  result: Result,
  format: ProfileFormat,
  ctx: RenderCtx,
  previous?: Previous,
  o: RenderOptions = {},
): string {
  if (format === "json") return toJson(result);
  const view = buildProfileView(model, result, ctx.lang, previous);
  const why = o.why === true;
  if (format === "markdown") return profileMarkdown(view, { why });
  // On a terminal, one column short of its width (as every screen of a session): a line that
  // fills the last column leaves some terminals' cursor past it.
  const columns = ctx.outColumns;
  const width = columns !== undefined && columns > 0 ? columns - 1 : 80;
  return profileText(view, { colour: ctx.colour, width, why });
}

/**
 * Several questionnaires answered in one run: one profile after the other under one
 * heading. JSON is `{schemaVersion, results: [...]}`; one questionnaire gives the result
 * itself, as `score` does.
 */
export function renderProfiles(
  inputs: readonly ProfileInput[],
  format: ProfileFormat,
  ctx: RenderCtx,
  o: RenderOptions = {},
): string {
  const [only] = inputs;
  if (inputs.length === 1 && only)
    return renderProfile(only.model, only.result, format, ctx, only.previous, o);
  if (format === "json") return toJson({ schemaVersion: 1, results: inputs.map((i) => i.result) });
  const each = inputs.map((i) => renderProfile(i.model, i.result, format, ctx, i.previous, o));
  const heading = profileMessages[ctx.lang].combined(inputs.length);
  if (format === "markdown")
    return `# ${heading}\n\n${each.map((p) => p.replace(/^(#+) /gm, "#$1 ")).join("\n")}`;
  const rule = "─".repeat(Math.min(ctx.outColumns || 80, 100));
  return `${ctx.colour.bold(heading)}\n\n${each.join(`\n${rule}\n\n`)}`;
}
