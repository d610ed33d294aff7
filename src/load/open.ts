// Finds and loads the questionnaire a user names on the command line, by id or by path.
import { type Lang, messagesFor } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { loadCached } from "./cache.ts";
import { findQuestionnaire, looksLikePath, searchPlaces } from "./discover.ts";
import { UnknownQuestionnaireError } from "./problem.ts";

export interface OpenOptions {
  /** Folders given with --dir, searched first; commander leaves it undefined when none is. */
  dirs?: readonly string[] | undefined;
  env: NodeJS.ProcessEnv;
  cwd: string;
  lang: Lang;
}

const messages = {
  en: {
    noFile: (ref: string) => `reflet: ${ref}: file not found (check the path)`,
    noId: (ref: string) => `reflet: no questionnaire "${ref}" (reflet list shows the ones found)`,
  },
  fr: {
    noFile: (ref: string) => `reflet : ${ref} : fichier introuvable (vérifiez le chemin)`,
    noId: (ref: string) =>
      `reflet : pas de questionnaire « ${ref} » (reflet list montre ceux qui sont trouvés)`,
  },
};

/** Loads questionnaire `ref`; throws UnknownQuestionnaireError if it is not found, ProblemsError
 * if it is broken (cli/run.ts turns them into usage error 2 and invalid input 1). */
export async function openQuestionnaire(ref: string, o: OpenOptions): Promise<Model> {
  const places = searchPlaces(o.dirs ?? [], o.env, o.cwd);
  const file = findQuestionnaire(ref, places, o.cwd);
  if (!file) {
    const m = messagesFor(o.lang, messages);
    throw new UnknownQuestionnaireError(
      sanitizeLine(looksLikePath(ref) ? m.noFile(ref) : m.noId(ref)),
    );
  }
  // Messages name the file as the user typed it; a questionnaire found by id, by its path.
  return loadCached(looksLikePath(ref) ? ref : file, o.lang, o);
}
