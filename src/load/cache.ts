// Questionnaires already checked, kept between runs: parsing and validating a questionnaire
// (YAML, schema, semantic checks) costs far more than starting reflet, and most runs load
// the same few files again. A valid text's checked content is stored with the reflet build
// that checked it and, after it, the text itself, under a name made from the text
// (load/text-key.ts); the same text with the same build is compiled from it without loading
// the YAML parser or the schema at all. Anything else (a new or edited file, another build,
// an unreadable entry) goes through the full check.
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
import { join } from "node:path";
import type { Lang } from "../i18n/lang.ts";
import { withFullCheckFlags } from "../io/v8-flags.ts";
import { compile } from "../model/compile.ts";
import type { Model } from "../model/model.ts";
import type { QuestionnaireFile } from "../model/types.ts";
import { readPrivateBytes } from "../store/safe-open.ts";
import {
  BUILD,
  type CachePlace,
  cachePlace,
  checkPlace,
  keepNewest,
  openFolder,
  writeWhole,
} from "./cache-place.ts";
import type { CheckOutcome, checkLazily } from "./check.ts";
import { noteFullCheck } from "./full-checks.ts";
import { type Problem, ProblemsError } from "./problem.ts";
import { readTextFile } from "./read.ts";
import { textHash } from "./text-hash.ts";
import { textKey } from "./text-key.ts";

export const MAX_ENTRIES = 64;

/** A warning as the check said it, without the file name (the same text may have several). */
type Said = Omit<Problem, "file">;

/**
 * An entry's file: this as JSON on one line, then the text checked, whole, in UTF-8. The entry
 * answers for that text alone, compared byte for byte before the JSON is even read.
 */
interface Entry {
  build: string;
  /** The text's hash, as results name it (load/text-hash.ts); absent when written by validate. */
  hash?: string;
  file: QuestionnaireFile;
  /** What `validate` warned of, by language; absent until validate checks the text. */
  warnings?: Partial<Record<Lang, Said[]>>;
}

/** The cache's folder for questionnaires (cli/code-cache.ts keeps code beside it). */
const SUB = "questionnaires";

/** Where this text's entry is, in a cache that can be used. */
const entryFile = (place: CachePlace, text: string) =>
  join(place.dir, SUB, `${textKey(text)}.entry`);

/** The entry this build wrote for this very text, or null. */
function stored(text: Text, file: string, place: CachePlace): Entry | null {
  try {
    checkPlace(place, SUB);
    const bytes = readPrivateBytes(file);
    if (bytes === undefined) return null;
    // JSON.stringify writes no line break: the first one ends the entry's JSON.
    const end = bytes.indexOf(0x0a);
    if (end < 0 || !bytes.subarray(end + 1).equals(text.bytes())) return null;
    const entry = JSON.parse(bytes.toString("utf8", 0, end)) as Entry;
    const hashed = entry.hash === undefined || typeof entry.hash === "string";
    return entry.build === BUILD && hashed ? entry : null;
  } catch {
    return null;
  }
}

function remember(file: string, place: CachePlace, entry: Omit<Entry, "build">, text: Text) {
  try {
    const folder = openFolder(place, SUB);
    const json = JSON.stringify({ build: BUILD, ...entry });
    writeWhole(file, [Buffer.from(`${json}\n`, "utf8"), text.bytes()]);
    keepNewest(folder, MAX_ENTRIES);
  } catch {
    // A cache that cannot be written only means checking again next time.
  }
}

/** A text's UTF-8 bytes, encoded once if at all: a questionnaire is some 100 kB. */
interface Text {
  bytes(): Buffer;
}

/** This build's cache and where this text's entry is in it, or null when none can be used. */
function placeFor(
  text: string,
  o: CacheOptions,
): { place: CachePlace; file: string; text: Text } | null {
  const place = BUILD ? cachePlace(o.env, o.cwd) : null;
  if (!place) return null;
  let bytes: Buffer | undefined;
  const encoded = { bytes: () => (bytes ??= Buffer.from(text, "utf8")) };
  return { place, file: entryFile(place, text), text: encoded };
}

export interface CacheOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
}

type CheckLazily = typeof checkLazily;

/** The full check (load/check.ts, loaded only now) under the V8 flags that suit it. */
const checkInFull = (...args: Parameters<CheckLazily>): ReturnType<CheckLazily> =>
  withFullCheckFlags(async () => (await import("./check.ts")).checkLazily(...args));

/**
 * checkQuestionnaire, from the cache when this very text was found valid before. The model's
 * hash is worked out here when the entry has none (validate does not need one, and leaves it
 * out), and kept in the entry for the runs after.
 */
export async function checkCached(
  text: string,
  file: string,
  lang: Lang,
  o: CacheOptions,
  source = file,
): Promise<CheckOutcome> {
  const at = placeFor(text, o);
  const entry = at && stored(at.text, at.file, at.place);
  if (at && entry) {
    const hash = entry.hash ?? textHash(text);
    if (entry.hash === undefined) remember(at.file, at.place, { ...entry, hash }, at.text);
    return { ok: true, model: compile(entry.file, hash, source) };
  }
  noteFullCheck();
  const outcome = await checkInFull(text, file, lang, source);
  if (at && outcome.ok) {
    const { model } = outcome;
    remember(at.file, at.place, { hash: model.hash, file: model.file }, at.text);
  }
  return outcome;
}

/**
 * checkQuestionnaire with its warnings, as validate asks: from the cache when this build
 * checked this very text, in this language, before; else checked, and remembered if valid.
 * Its model's hash is worked out only if asked for (nothing in validate does): hashing loads
 * node:crypto, some 10 ms of a validate of edited files here.
 */
export async function validateCached(
  text: string,
  file: string,
  lang: Lang,
  o: CacheOptions,
): Promise<CheckOutcome> {
  const at = placeFor(text, o);
  const entry = at && stored(at.text, at.file, at.place);
  const said = entry?.warnings?.[lang];
  if (entry && said) {
    const model = compile(entry.file, entry.hash ?? (() => textHash(text)), file);
    return { ok: true, model, warnings: said.map((w) => ({ file, ...w })) };
  }
  const outcome = await checkInFull(text, file, lang, file, { warnings: true });
  if (at && outcome.ok) {
    const mine = (outcome.warnings ?? []).map(({ file: _, ...w }) => w);
    const warnings = { ...entry?.warnings, [lang]: mine };
    const hash = entry?.hash;
    const kept = { ...(hash && { hash }), file: outcome.model.file, warnings };
    remember(at.file, at.place, kept, at.text);
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
