// reflet run, start to end: terminal check, sessions (resumed or new), then the profile,
// the files asked for, the history. Used by `reflet run` and by the menu.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { extname, resolve } from "node:path";
import { Interrupted } from "../../ask/prompter.ts";
import { type Terminal, terminalOf, withPrompter } from "../../ask/terminal.ts";
import { EXIT, type ExitCode, ExitError, signalExitCode } from "../../cli/exit.ts";
import { score } from "../../engine/score.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { contentLang } from "../../i18n/text.ts";
import { clockOf } from "../../io/clock.ts";
import type { Ctx } from "../../io/context.ts";
import { writeWholeSync } from "../../io/write.ts";
import type { Model } from "../../model/model.ts";
import type { NormFile } from "../../norms/norms.ts";
import { standingOfRun } from "../../norms/standing.ts";
import { comparable } from "../../render/history/comparable.ts";
import {
  type ProfileFormat,
  type ProfileInput,
  type RenderCtx,
  renderProfiles,
} from "../../render/profile/render.ts";
import { clearCheckpoint, prepareSessions } from "../../store/checkpoint.ts";
import { makeEntry } from "../../store/entry.ts";
import { type DataPaths, dataPaths } from "../../store/paths.ts";
import { checkPrivate } from "../../store/safe-open.ts";
import type { Claimed } from "../../store/sessions.ts";
import { skippedWarning } from "../../store/warnings.ts";
import { makeColour } from "../../term/colour.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { columnsOf } from "../../term/wrap.ts";
import { type Answered, answerAll } from "./answer.ts";
import { runMessages } from "./messages.ts";
import { Declined } from "./sessions.ts";

export interface RunOptions {
  format: ProfileFormat;
  output?: string;
  answersOut?: string;
  save: boolean;
  restart: boolean;
  /** Under each text of the profile, the answers behind it. */
  why?: boolean;
  /** After the profile, where each dimension stands among these norms (--norms). */
  norms?: NormFile;
}

/** The terminal to ask on, or a usage error naming the way without prompts. */
export function requireTerminal(ctx: Ctx): Terminal {
  const term = terminalOf(ctx);
  if (!term)
    throw new ExitError(EXIT.usage, [
      messagesFor(ctx.lang, runMessages).noTerminal(invocation(ctx.env)),
    ]);
  return term;
}

const SAFE_WORD = /^[\w@%+=:,./-]+$/;
const shellWord = (s: string) => (SAFE_WORD.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);

/** `answers.yaml` for one questionnaire; `answers.<id>.yaml` each when there are several. */
function answersFileFor(file: string, id: string, several: boolean): string {
  if (!several) return file;
  const ext = extname(file);
  const slug = id.replace(/[^\w.-]+/g, "_");
  return `${file.slice(0, file.length - ext.length)}.${slug}${ext || ".yaml"}`;
}

async function answersYaml(a: Answered, lang: string): Promise<string> {
  // The YAML writer is loaded when an answers file is asked for, not before the first question.
  // yaml is CommonJS: its functions are on the default export, bundled or not.
  const { stringify } = (await import("yaml")).default;
  const ordered: Record<string, unknown> = {};
  for (const item of a.model.items) {
    const value = a.answers[item.id];
    if (value !== undefined) ordered[item.id] = value;
  }
  return stringify({
    questionnaire: a.model.id,
    version: a.model.version,
    lang,
    answers: ordered,
  });
}

/** Under a profile that shows a change: the plans made since the result it is compared with. */
async function plansSinceLast(
  ctx: Ctx,
  paths: DataPaths,
  inputs: readonly ProfileInput[],
  format: "text" | "markdown",
): Promise<string> {
  const taken = inputs.filter((i) => i.previous !== undefined);
  if (taken.length === 0 || !existsSync(paths.commitments)) return "";
  const { readTracked } = await import("../checkin/read.ts");
  const { plansBetween, plansSince } = await import("../../render/progress/between.ts");
  const all = readTracked(ctx, paths);
  const o = { lang: ctx.lang, colour: ctx.colour, width: columnsOf(ctx.stdout), format };
  return taken
    .map((i) => {
      const since = i.previous?.date as string;
      return plansBetween(plansSince(all, i.model.id, since), since, o);
    })
    .join("");
}

export async function runModels(
  ctx: Ctx,
  models: readonly Model[],
  refs: readonly string[],
  o: RunOptions,
): Promise<ExitCode> {
  const m = messagesFor(ctx.lang, runMessages);
  const term = requireTerminal(ctx);
  // Every slot taken is given back on every way out: done, interrupted, declined or failed.
  const held: Claimed[] = [];
  try {
    const paths = dataPaths(ctx.env, ctx.cwd);
    prepareSessions(paths);
    // A history that could not be read or written is said before the first question.
    checkPrivate(paths.history);
    let answered: Answered[];
    try {
      answered = await answerAll(ctx, term, paths, models, o, held);
    } catch (e) {
      if (e instanceof Declined) return EXIT.ok;
      if (!(e instanceof Interrupted)) throw e;
      const command = [invocation(ctx.env), "run", ...refs.map(shellWord)].join(" ");
      const said = o.save ? [m.paused, sanitizeLine(m.resumeWith(command))] : [m.pausedNoSave];
      throw new ExitError(signalExitCode(e.signal), ["", ...said]);
    }
    // Loaded after the questions: reading the history brings its schemas.
    const { appendEntry, lastEntryOf, readHistory } = await import("../../store/history.ts");
    const { entries, skipped } = readHistory(paths);
    for (const line of skippedWarning(paths.history, skipped, ctx.lang)) ctx.err(line);
    const inputs: (ProfileInput & Answered)[] = answered.map((a) => {
      const last = lastEntryOf(entries, a.model.id);
      const compare = last !== undefined && comparable(last, a.model.version);
      return {
        ...a,
        result: score(a.model, a.answers),
        ...(last && compare ? { previous: { date: last.date, result: last.result } } : {}),
      };
    });
    // Files first: if one cannot be written, the session is still saved and a rerun
    // goes straight to the profile.
    const notices: string[] = [];
    if (o.output) {
      const file = resolve(ctx.cwd, o.output);
      const plain: RenderCtx = {
        lang: ctx.lang,
        colour: makeColour({ isTTY: false, env: ctx.env, flag: false }),
        outColumns: 80,
      };
      writeWholeSync(file, renderProfiles(inputs, o.format, plain, { why: o.why === true }), {
        name: o.output,
      });
      notices.push(sanitizeLine(m.wroteProfile(o.output)));
    }
    if (o.answersOut) {
      for (const a of inputs) {
        const name = answersFileFor(o.answersOut, a.model.id, inputs.length > 1);
        const lang = contentLang(ctx.lang, a.model.languages);
        writeWholeSync(resolve(ctx.cwd, name), await answersYaml(a, lang), { name });
        notices.push(sanitizeLine(m.wroteAnswers(name, invocation(ctx.env))));
      }
    }
    const kept = inputs.map((a) => ({ ...a, entry: randomUUID() }));
    if (o.save) {
      for (const a of kept) {
        appendEntry(
          paths,
          makeEntry({ ...a, userLang: ctx.lang, id: a.entry, date: clockOf(ctx.env)() }),
        );
      }
    }
    for (const a of inputs) clearCheckpoint(paths, a.model.id, a.slot);
    const shown = o.output ? "text" : o.format;
    const standing =
      o.norms && shown !== "json" ? standingOfRun(inputs, o.norms, ctx.lang, shown) : "";
    const between = shown === "json" ? "" : await plansSinceLast(ctx, paths, inputs, shown);
    ctx.out(renderProfiles(inputs, shown, ctx, { why: o.why === true }) + standing + between);
    // Under the profile; on a terminal, ctx.err wraps them at words, commands kept whole.
    for (const line of notices) ctx.err(line);
    ctx.err(o.save ? m.saved(invocation(ctx.env)) : m.notSaved);
    // The reflection loop starts here: a plan to try, kept with the result (never with --no-save).
    if (o.save) {
      const { offerCommitments } = await import("../checkin/commit.ts");
      await withPrompter(term, ctx.lang, (p) => offerCommitments(ctx, p, paths, kept));
    }
    return EXIT.ok;
  } finally {
    for (const { lock } of held) lock.release();
  }
}
