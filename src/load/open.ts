// Finds and loads the questionnaire a user names on the command line, by id or by path.
import { EXIT, ExitError } from "../cli/exit.ts";
import { invocation } from "../cli/invocation.ts";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { loadCached } from "./cache.ts";
import { findQuestionnaire, looksLikePath, searchPlaces } from "./discover.ts";

export interface OpenOptions {
  dirs?: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  lang: Lang;
}

const messages = {
  en: {
    noFile: (ref: string) => `reflet: ${ref}: file not found (check the path)`,
    noId: (ref: string, cmd: string) =>
      `reflet: no questionnaire "${ref}" (${cmd} list shows the ones found)`,
  },
  fr: {
    noFile: (ref: string) => `reflet : ${ref} : fichier introuvable (vérifiez le chemin)`,
    noId: (ref: string, cmd: string) =>
      `reflet : pas de questionnaire « ${ref} » (${cmd} list montre ceux qui sont trouvés)`,
  },
};

/** Loads questionnaire `ref`; an unknown one is a usage error (2), a broken one invalid input (1). */
export async function openQuestionnaire(ref: string, o: OpenOptions): Promise<Model> {
  const places = searchPlaces(o.dirs ?? [], o.env, o.cwd);
  const file = findQuestionnaire(ref, places, o.cwd);
  if (!file) {
    const m = messagesFor(o.lang, messages);
    throw new ExitError(EXIT.usage, [
      sanitizeLine(looksLikePath(ref) ? m.noFile(ref) : m.noId(ref, invocation(o.env))),
    ]);
  }
  // Messages name the file as the user typed it; a questionnaire found by id, by its path.
  return loadCached(looksLikePath(ref) ? ref : file, o.lang, o);
}
