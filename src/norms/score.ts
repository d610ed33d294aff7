// score --norms and run --norms: the norm file read and checked against the questionnaire,
// then the standing of each dimension. Loaded only when --norms is given.
import { LineError } from "../compare/errors.ts";
import type { Result } from "../engine/types.ts";
import { messagesFor } from "../i18n/lang.ts";
import type { Ctx } from "../io/context.ts";
import type { Model } from "../model/model.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { readNorms } from "./file.ts";
import { normsMessages } from "./messages.ts";
import type { NormFile } from "./norms.ts";
import { standingBlock } from "./standing.ts";

/** The norm file, checked to be of one of `models` (same id and version); else one line, exit 1. */
export async function normsFor(
  file: string,
  models: readonly Model[],
  ctx: Pick<Ctx, "cwd" | "lang">,
): Promise<NormFile> {
  const norms = await readNorms(file, ctx);
  const q = norms.questionnaire;
  if (!models.some((m) => m.id === q.id && m.version === q.version)) {
    const m = messagesFor(ctx.lang, normsMessages);
    const here = models.map((x) => `${x.id} version ${x.version}`).join(", ");
    throw new LineError(
      "invalid",
      sanitizeLine(m.otherQuestionnaire(file, `${q.id} version ${q.version}`, here)),
    );
  }
  return norms;
}

export async function standingFor(
  file: string,
  model: Model,
  result: Result,
  format: "text" | "markdown",
  ctx: Pick<Ctx, "cwd" | "lang">,
): Promise<string> {
  const norms = await readNorms(file, ctx);
  const q = norms.questionnaire;
  if (q.id !== model.id || q.version !== model.version) {
    const m = messagesFor(ctx.lang, normsMessages);
    const line = m.otherQuestionnaire(
      file,
      `${q.id} version ${q.version}`,
      `${model.id} version ${model.version}`,
    );
    throw new LineError("invalid", sanitizeLine(line));
  }
  return standingBlock(model, result, norms, ctx.lang, format);
}
