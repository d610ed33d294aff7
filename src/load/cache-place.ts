// Where reflet keeps what it can compute again: the questionnaires it checked (load/cache.ts)
// and the compiled code of its bundle (cli/code-cache.ts). REFLET_HOME/cache, else the
// platform's cache folder. Like the rest of the data folder (store/safe-open.ts), it is used
// only when its folders are the person's own and closed to others, with no link inside.
import {
  closeSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeSync,
} from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { CREATE, checkFolders, openPrivate } from "../store/safe-open.ts";

/** Set by the bundler (scripts/build.mjs) to a hash of the sources; absent when run from them. */
declare const __REFLET_BUILD__: string | undefined;

/** The build that is running, or null when run from the sources (nothing is then kept). */
export const BUILD = typeof __REFLET_BUILD__ === "string" ? __REFLET_BUILD__ : null;

/** The top folder the person chose (a link to it is followed) and the cache inside it. */
export interface CachePlace {
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
export function cachePlace(env: NodeJS.ProcessEnv, cwd: string): CachePlace | null {
  if (env.REFLET_HOME) {
    const top = resolve(cwd, env.REFLET_HOME);
    return { top, dir: join(top, "cache") };
  }
  const dir = platformCacheDir(env);
  return dir ? { top: dir, dir } : null;
}

/** Throws when a folder of the cache, down to `sub`, is a link, another user's, or open to others. */
export function checkPlace(place: CachePlace, sub: string): void {
  const below = place.dir === place.top ? [] : [place.dir];
  checkFolders(place.top, ...below, join(place.dir, sub));
}

/**
 * Writes `file` of a checked cache folder: beside it first, then renamed, so that a reader
 * sees a whole entry or none. The temporary file is new (O_EXCL) and the rename replaces a
 * link at `file`, never what it points to. `parts` are written one after the other, as one
 * file. `synced`: on the disk before it is renamed, so that
 * after a crash the name holds the whole file, never one whose bytes were not all written.
 */
export function writeWhole(
  file: string,
  parts: Uint8Array | readonly Uint8Array[],
  synced = false,
): void {
  const temp = `${file}.${process.pid}.tmp`;
  rmSync(temp, { force: true });
  const fd = openPrivate(temp, CREATE);
  try {
    for (const bytes of parts instanceof Uint8Array ? [parts] : parts) {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written);
    }
    if (synced) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
}

/** The folder `sub` of the cache, made when missing (0700), once its folders pass checkPlace. */
export function openFolder(place: CachePlace, sub: string): string {
  checkPlace(place, sub);
  const folder = join(place.dir, sub);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  checkPlace(place, sub);
  return folder;
}

/**
 * Keeps at most `max` files in `folder`, the most recently written. Past `max`, the oldest go
 * until a quarter of the room is free again: a folder kept full would have every file's date
 * read at each write (a new entry after each edit of a questionnaire), this only at one write
 * in a quarter of `max`.
 */
export function keepNewest(folder: string, max: number): void {
  const names = readdirSync(folder);
  if (names.length <= max) return;
  const dated = names.map((name) => {
    const file = join(folder, name);
    return { file, at: lstatSync(file).mtimeMs };
  });
  dated.sort((a, b) => b.at - a.at);
  for (const { file } of dated.slice(max - Math.floor(max / 4))) rmSync(file, { force: true });
}
