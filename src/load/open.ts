// Finds and loads the questionnaire a user names on the command line, by id or by path.

import { closest } from "../i18n/closest.ts";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { invocation } from "../term/invocation.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { loadCached } from "./cache.ts";
import { findQuestionnaire, idsFound, looksLikePath, searchPlaces } from "./discover.ts";
import { openMessages } from "./messages/open.ts";
import { UnknownQuestionnaireError } from "./problem.ts";

export interface OpenOptions {
  /** Folders given with --dir, searched first; commander leaves it undefined when none is. */
  dirs?: readonly string[] | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  lang: Lang;
}

/**
 * What finding a questionnaire takes from a command's context: spreading the whole context
 * would make its standard input, which a command that reads none should not pay for.
 */
export const openOptions = (
  ctx: Omit<OpenOptions, "dirs">,
  dirs?: readonly string[],
): OpenOptions => ({ env: ctx.env, cwd: ctx.cwd, lang: ctx.lang, dirs });

/** The error (usage, 2) for an id that names no questionnaire reflet finds. */
export function unknownId(
  ref: string,
  o: Omit<OpenOptions, "dirs"> & Pick<Partial<OpenOptions>, "dirs">,
): UnknownQuestionnaireError {
  const m = messagesFor(o.lang, openMessages);
  const like = closest(ref, idsFound(searchPlaces(o.dirs ?? [], o.env, o.cwd)));
  const cmd = invocation(o.env);
  return new UnknownQuestionnaireError(
    sanitizeLine(like === undefined ? m.noId(ref, cmd) : m.noIdLike(ref, like, cmd)),
  );
}

/** Whether `id` names a questionnaire reflet finds (read from the top of files, not loaded). */
export function knownId(id: string, o: OpenOptions): boolean {
  return findQuestionnaire(id, searchPlaces(o.dirs ?? [], o.env, o.cwd), o.cwd) !== undefined;
}

/** Loads questionnaire `ref`; throws UnknownQuestionnaireError if it is not found, ProblemsError
 * if it is broken (cli/run.ts turns them into usage error 2 and invalid input 1). */
export async function openQuestionnaire(ref: string, o: OpenOptions): Promise<Model> {
  const file = locateQuestionnaire(ref, o);
  // Messages name the file as the user typed it; a questionnaire found by id, by its path.
  return loadCached(looksLikePath(ref) ? ref : file, o.lang, o);
}

/** The file questionnaire `ref` is in, found without loading it; throws as openQuestionnaire. */
export function locateQuestionnaire(ref: string, o: OpenOptions): string {
  const file = findQuestionnaire(ref, searchPlaces(o.dirs ?? [], o.env, o.cwd), o.cwd);
  if (file) return file;
  if (!looksLikePath(ref)) throw unknownId(ref, o);
  throw new UnknownQuestionnaireError(sanitizeLine(messagesFor(o.lang, openMessages).noFile(ref)));
}
