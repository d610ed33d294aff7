// The program's code, compiled once and kept between runs. Node 20 compiles every module it
// loads at each start; V8 can instead take the code it made for a script the time before
// (vm.Script's cachedData), which spares compiling what the command runs. The program is
// therefore built as one CommonJS file (scripts/build.mjs), run here through vm.Script, and
// what V8 compiled for it is written to REFLET_HOME/cache/code (or the platform's cache
// folder) when a run ends, once per program and command: `score` and `validate`
// do not run the same code, and each keeps its own.
//
// V8 trusts the code it is given, so the cache is held to what the questionnaire cache is
// (load/cache-place.ts: folders of the person's own, closed to others, no link). Each file is
// written whole and on the disk before it takes its name, so that no reader, even after a
// crash, meets one half-written; it starts with a mark and the length of V8's data, and a file
// cut short or grown is not given to V8 but replaced. V8 itself refuses code made by another
// Node version or with other flags, and the file's name holds a hash of the program's bytes
// (V8 compares only their length), so that a new build never runs the code of an old one.
// As Python's compiled files, the data is not hashed at each start: that would load
// node:crypto, some 7 ms of a start here, which `score` and `list` need for nothing else. Failing to
// read or write the cache is never an error: the program is then compiled as usual.
import {
  closeSync,
  existsSync,
  fstatSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
} from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { restoreRunFlags } from "../io/v8-flags.ts";
import { cachePlace, checkPlace, keepNewest, openFolder, writeWhole } from "../load/cache-place.ts";
import { openPrivate, READ } from "../store/safe-open.ts";

/** Set by the build (scripts/build.mjs) to a hash of reflet.cjs; absent when run from the sources. */
declare const __REFLET_PROGRAM__: string | undefined;

const PROGRAM = typeof __REFLET_PROGRAM__ === "string" ? __REFLET_PROGRAM__ : null;
const SUB = "code";
/** Files kept: one per command of the running program (another's go when one is written). */
const MAX_FILES = 16;
/** What a file starts with: this mark, then the length of V8's data (32 bits, little-endian). */
const MARK = Buffer.from("reflet-code-1\n", "latin1");
const HEAD = MARK.length + 4;

// node:vm is loaded when the cache is used, not at import: `reflet --version`, answered by the
// entry before the program is loaded, does not pay for it.
const builtin = createRequire(import.meta.url);
const vm = () => builtin("node:vm") as typeof import("node:vm");

/** What is written: the mark, the length of V8's data, then the data. */
export function frame(data: Uint8Array): Buffer {
  const head = Buffer.alloc(HEAD);
  MARK.copy(head);
  head.writeUInt32LE(data.length, MARK.length);
  return Buffer.concat([head, data]);
}

/** V8's data from a file's bytes, or undefined when they are not one whole frame. */
export function unframe(bytes: Buffer): Buffer | undefined {
  if (bytes.length <= HEAD || !bytes.subarray(0, MARK.length).equals(MARK)) return undefined;
  return bytes.readUInt32LE(MARK.length) === bytes.length - HEAD ? bytes.subarray(HEAD) : undefined;
}

/** The cache's name for a command's code: `score`, `validate`…; anything else shares one. */
export const codeName = (program: string, command: string | undefined): string =>
  `${program}-${command !== undefined && /^[a-z]{1,20}$/.test(command) ? command : "main"}.bin`;

/**
 * V8's data kept in `file`, read into `room` when it fits. Memory a process touches for the
 * first time can cost far more than memory it touches again (some 14 µs a page against 0.2 on
 * the virtual machine reflet is benchmarked on), and the program's text has just been read
 * through `room`.
 */
function readSealed(file: string, room: Buffer): Buffer | undefined {
  let fd: number;
  try {
    fd = openPrivate(file, READ);
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size > room.length) return unframe(readFileSync(fd));
    const bytes = room.subarray(0, size);
    return readSync(fd, bytes, 0, size, 0) === size ? unframe(bytes) : undefined;
  } finally {
    closeSync(fd);
  }
}

/** What the cache asks of the program it loads (src/cli/run.ts). */
interface Program {
  /** false when this run's code is not the code the command's next starts will run. */
  codeWorthKeeping?: () => boolean;
}

interface Where {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The command named on the command line, if any. */
  command: string | undefined;
}

/**
 * The exports of the CommonJS bundle `file`, compiled from the cache when it holds this
 * program's code for this command; else compiled, and its code kept when the process ends.
 * Without `where`, Node loads it as any CommonJS file, with no cache.
 */
export function loadBundle(file: string, where: Where | null): unknown {
  const place = PROGRAM && where ? cachePlace(where.env, where.cwd) : null;
  if (!PROGRAM || !place) return createRequire(file)(file);
  const name = codeName(PROGRAM, where?.command);
  // The build writes the program in ASCII, which latin1 reads byte for byte, without decoding,
  // and as the function Node's CommonJS wrapper would make of it (scripts/build.mjs).
  const bytes = readFileSync(file);
  const text = bytes.toString("latin1");
  let cached: Buffer | undefined;
  try {
    checkPlace(place, SUB);
    cached = readSealed(join(place.dir, SUB, name), bytes);
  } catch {
    cached = undefined;
  }
  const script = new (vm().Script)(text, {
    filename: file,
    ...(cached && { cachedData: cached }),
  });
  // The bundle sets module.exports as it runs (Node's CommonJS contract).
  const module: { exports: Program } = { exports: {} };
  if (cached === undefined || script.cachedDataRejected === true) {
    // At the end, V8's data holds what the command compiled on its way, not only the start;
    // a run stopped at a question (Ctrl-C) keeps it too, but not a run whose code the next
    // starts will not run (the program says: codeWorthKeeping, src/cli/run.ts). Only in a
    // cache folder already there (made by the questionnaire cache): a command that reads no
    // questionnaire, or refuses before, leaves a data folder that was not there uncreated.
    process.once("exit", () => {
      if (!existsSync(place.dir) || module.exports.codeWorthKeeping?.() === false) return;
      try {
        const folder = openFolder(place, SUB);
        // V8 stamps its code with the flags in force: those of the next start, the defaults.
        restoreRunFlags();
        writeWhole(join(folder, name), frame(script.createCachedData()), true);
        for (const other of readdirSync(folder))
          if (!other.startsWith(`${PROGRAM}-`)) rmSync(join(folder, other), { force: true });
        keepNewest(folder, MAX_FILES);
      } catch {
        // Not kept: the next run compiles again.
      }
    });
  }
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  run.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}
