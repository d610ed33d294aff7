// Questionnaires already checked, kept between runs: parsing and validating a questionnaire
// (YAML, schema, semantic checks) costs far more than starting reflet, and most runs load
// the same few files again. A valid text's checked content is stored under the hash of the
// text and of the reflet build that checked it; the same text with the same build is
// compiled from it without loading the YAML parser or the schema at all. Anything else (a
// new or edited file, another build, an unreadable entry) goes through the full check.
// `reflet validate` reads it too, for a text it found valid before with the same build: the
// entry then also keeps the warnings that check found (in the language they were said in),
// so that it answers exactly what a new check would. An edited file is always checked.
//
// The cache lives in REFLET_HOME/cache, else the platform's cache folder; it holds
// questionnaires, not answers, and at most MAX_ENTRIES of them. Failing to use it is never
// an error: reflet then just checks. Like the rest of the data folder (store/safe-open.ts),
// it is used only when its folders are the person's own and closed to others, with no link
// inside; an entry that is a link or not a regular file of theirs is neither read nor written
// through.
import { createHash } from "node:crypto";
import {
  closeSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import type { Lang } from "../i18n/lang.ts";
import { compile } from "../model/compile.ts";
import type { Model } from "../model/model.ts";
import type { QuestionnaireFile } from "../model/types.ts";
import { CREATE, checkFolders, openPrivate, readPrivate } from "../store/safe-open.ts";
import { type Problem, ProblemsError } from "./problem.ts";
import type { CheckOutcome } from "./questionnaire.ts";
import { readTextFile } from "./read.ts";

/** Set by the bundler (scripts/build.mjs) to a hash of the sources; absent when run from them. */
declare const __REFLET_BUILD__: string | undefined;

const BUILD = typeof __REFLET_BUILD__ === "string" ? __REFLET_BUILD__ : null;
export const MAX_ENTRIES = 64;

/** A warning as the check said it, without the file name (the same text may have several). */
type Said = Omit<Problem, "file">;

interface Entry {
  build: string;
  hash: string;
  file: QuestionnaireFile;
  /** What `validate` warned of, by language; absent until validate checks the text. */
  warnings?: Partial<Record<Lang, Said[]>>;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The top folder the person chose (a link to it is followed) and the cache inside it. */
interface CachePlace {
  top: string;
  dir: string;
}

function platformCacheDir(env: NodeJS.ProcessEnv): string | null {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "reflet");
  const home = env.HOME ?? homedir();
  if (!home || !isAbsolute(home)) return null;
  if (process.platform === "darwin") return join(home, "Library", "Caches", "reflet");
  if (process.platform === "win32" && env.LOCALAPPDATA && isAbsolute(env.LOCALAPPDATA))
    return join(env.LOCALAPPDATA, "reflet", "Cache");
  return join(home, ".cache", "reflet");
}

/** Where the cache is, or null when there is no safe place for one. */
function cachePlace(env: NodeJS.ProcessEnv, cwd: string): CachePlace | null {
  if (env.REFLET_HOME) {
    const top = resolve(cwd, env.REFLET_HOME);
    return { top, dir: join(top, "cache") };
  }
  const dir = platformCacheDir(env);
  return dir ? { top: dir, dir } : null;
}

const entryFile = (dir: string, hash: string) => join(dir, "questionnaires", `${hash}.json`);

/** Throws when a folder of the cache is a link, another user's, or open to others. */
function checkPlace(place: CachePlace): void {
  const below = place.dir === place.top ? [] : [place.dir];
  checkFolders(place.top, ...below, join(place.dir, "questionnaires"));
}

/** The entry this build wrote for this very text, or null. */
function stored(text: string, place: CachePlace | null): Entry | null {
  if (!BUILD || !place) return null;
  const hash = sha256(text);
  try {
    checkPlace(place);
    const read = readPrivate(entryFile(place.dir, hash));
    if (read === undefined) return null;
    const entry = JSON.parse(read) as Entry;
    return entry.build === BUILD && entry.hash === hash ? entry : null;
  } catch {
    return null;
  }
}

function remember(model: Model, place: CachePlace | null, warnings?: Entry["warnings"]): void {
  if (!BUILD || !place) return;
  const folder = join(place.dir, "questionnaires");
  const file = entryFile(place.dir, model.hash);
  const entry: Entry = {
    build: BUILD,
    hash: model.hash,
    file: model.file,
    ...(warnings && { warnings }),
  };
  try {
    checkPlace(place);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    checkPlace(place);
    // Written beside, then renamed: a reader sees a whole entry or none. The temporary file
    // is new (O_EXCL) and the rename replaces a link at `file`, never what it points to.
    const temp = `${file}.${process.pid}.tmp`;
    rmSync(temp, { force: true });
    const fd = openPrivate(temp, CREATE);
    try {
      const bytes = Buffer.from(JSON.stringify(entry), "utf8");
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    } finally {
      closeSync(fd);
    }
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
    return { file, at: lstatSync(file).mtimeMs };
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
  const place = cachePlace(o.env, o.cwd);
  const entry = stored(text, place);
  if (entry) return { ok: true, model: compile(entry.file, entry.hash, source) };
  const { checkQuestionnaire } = await import("./questionnaire.ts");
  const outcome = checkQuestionnaire(text, file, lang, source);
  if (outcome.ok) remember(outcome.model, place);
  return outcome;
}

/**
 * checkQuestionnaire with its warnings, as validate asks: from the cache when this build
 * checked this very text, in this language, before; else checked, and remembered if valid.
 */
export async function validateCached(
  text: string,
  file: string,
  lang: Lang,
  o: CacheOptions,
): Promise<CheckOutcome> {
  const place = cachePlace(o.env, o.cwd);
  const entry = stored(text, place);
  const said = entry?.warnings?.[lang];
  if (entry && said) {
    const model = compile(entry.file, entry.hash, file);
    return { ok: true, model, warnings: said.map((w) => ({ file, ...w })) };
  }
  const { checkQuestionnaire } = await import("./questionnaire.ts");
  const outcome = checkQuestionnaire(text, file, lang, file, { warnings: true });
  if (outcome.ok) {
    const mine = (outcome.warnings ?? []).map(({ file: _, ...w }) => w);
    remember(outcome.model, place, { ...entry?.warnings, [lang]: mine });
  }
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
