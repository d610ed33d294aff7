// Questionnaires already checked, kept between runs: parsing and validating a questionnaire
// (YAML, schema, semantic checks) costs far more than starting reflet, and most runs load
// the same few files again. A valid text's checked content is stored under the hash of the
// text and of the reflet build that checked it; the same text with the same build is
// compiled from it without loading the YAML parser or the schema at all. Anything else (a
// new or edited file, another build, an unreadable entry) goes through the full check.
// `reflet validate` never reads the cache: it always checks.
//
// The cache lives in REFLET_HOME/cache, else the platform's cache folder; it holds
// questionnaires, not answers, and at most MAX_ENTRIES of them. Failing to use it is never
// an error: reflet then just checks.
import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import type { Lang } from "../i18n/lang.ts";
import { compile } from "../model/compile.ts";
import type { Model } from "../model/model.ts";
import type { QuestionnaireFile } from "../model/types.ts";
import { ProblemsError } from "./problem.ts";
import type { CheckOutcome } from "./questionnaire.ts";
import { readTextFile } from "./read.ts";

/** Set by the bundler (scripts/build.mjs) to a hash of the sources; absent when run from them. */
declare const __REFLET_BUILD__: string | undefined;

const BUILD = typeof __REFLET_BUILD__ === "string" ? __REFLET_BUILD__ : null;
export const MAX_ENTRIES = 64;

interface Entry {
  build: string;
  hash: string;
  file: QuestionnaireFile;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The cache folder, or null when there is no safe place for one. */
export function cacheDir(env: NodeJS.ProcessEnv, cwd: string): string | null {
  if (env.REFLET_HOME) return join(resolve(cwd, env.REFLET_HOME), "cache");
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "reflet");
  const home = env.HOME ?? homedir();
  if (!home || !isAbsolute(home)) return null;
  if (process.platform === "darwin") return join(home, "Library", "Caches", "reflet");
  if (process.platform === "win32" && env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA))
    return join(env.LOCALAPPDATA, "reflet", "Cache");
  return join(home, ".cache", "reflet");
}

const entryFile = (dir: string, hash: string) => join(dir, "questionnaires", `${hash}.json`);

function cached(text: string, source: string, dir: string | null): Model | null {
  if (!BUILD || !dir) return null;
  const hash = sha256(text);
  try {
    const entry = JSON.parse(readFileSync(entryFile(dir, hash), "utf8")) as Entry;
    if (entry.build !== BUILD || entry.hash !== hash) return null;
    return compile(entry.file, hash, source);
  } catch {
    return null;
  }
}

function remember(model: Model, dir: string | null): void {
  if (!BUILD || !dir) return;
  const folder = join(dir, "questionnaires");
  const file = entryFile(dir, model.hash);
  const entry: Entry = { build: BUILD, hash: model.hash, file: model.file };
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    // Written beside, then renamed: a reader sees a whole entry or none.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(entry), { mode: 0o600 });
    renameSync(temp, file);
    prune(folder);
  } catch {
    // A cache that cannot be written only means checking again next time.
  }
}

/** Keeps the most recently written entries. */
function prune(folder: string): void {
  const names = readdirSync(folder);
  if (names.length <= MAX_ENTRIES) return;
  const dated = names.map((name) => {
    const file = join(folder, name);
    return { file, at: statSync(file).mtimeMs };
  });
  dated.sort((a, b) => b.at - a.at);
  for (const { file } of dated.slice(MAX_ENTRIES)) rmSync(file, { force: true });
}

export interface CacheOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** checkQuestionnaire, from the cache when this very text was found valid before. */
export async function checkCached(
  text: string,
  file: string,
  lang: Lang,
  o: CacheOptions,
  source = file,
): Promise<CheckOutcome> {
  const dir = cacheDir(o.env, o.cwd);
  const model = cached(text, source, dir);
  if (model) return { ok: true, model };
  const { checkQuestionnaire } = await import("./questionnaire.ts");
  const outcome = checkQuestionnaire(text, file, lang, source);
  if (outcome.ok) remember(outcome.model, dir);
  return outcome;
}

/** loadQuestionnaire, from the cache when it can. */
export async function loadCached(
  path: string,
  lang: Lang,
  o: CacheOptions,
  source = path,
): Promise<Model> {
  const outcome = await checkCached(await readTextFile(path, lang), path, lang, o, source);
  if (!outcome.ok) throw new ProblemsError(outcome.problems);
  return outcome.model;
}
