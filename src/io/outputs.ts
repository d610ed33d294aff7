// Before a command reads anything, every file it will write is checked: none is one of its
// inputs or another of its outputs (same real path, or same device and inode through a link),
// none is a folder, an existing file is replaced only with --force, and each one's folder can
// be written. A command that would destroy its own input stops before it starts.
import { accessSync, constants, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { ioMessages } from "./messages.ts";
import { destinationOf, WriteError } from "./write.ts";

export interface PlannedOutput {
  /** The option that names it (`--output`), for messages. */
  role: string;
  /** As the user typed it (or derived from it), for messages. */
  file: string;
  /** Absolute. */
  path: string;
  /** A folder of files (`--reports`) rather than one file. */
  folder?: boolean;
}

export interface PlannedInput {
  file: string;
  path: string;
}

interface Identity {
  real: string;
  dev?: number;
  ino?: number;
  /** A character device (/dev/null, a terminal): writing it twice destroys nothing. */
  device: boolean;
}

/** The real path of `dir`, as far up as it exists. */
function realDir(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    const up = dirname(dir);
    return up === dir ? dir : join(realDir(up), basename(dir));
  }
}

function identify(path: string): Identity {
  try {
    const s = statSync(path);
    return { real: realpathSync(path), dev: s.dev, ino: s.ino, device: s.isCharacterDevice() };
  } catch {
    return { real: join(realDir(dirname(path)), basename(path)), device: false };
  }
}

const sameFile = (a: Identity, b: Identity): boolean =>
  !a.device &&
  !b.device &&
  ((a.ino !== undefined && a.dev === b.dev && a.ino === b.ino) || a.real === b.real);

/** The nearest folder that exists above `path`, which a new file or folder needs to write in. */
function checkParent(path: string): void {
  let dir = dirname(path);
  for (;;) {
    try {
      if (!statSync(dir).isDirectory()) throw new WriteError(path, "ENOTDIR");
      accessSync(dir, constants.W_OK);
      return;
    } catch (e) {
      if (e instanceof WriteError) throw e;
      const code = (e as NodeJS.ErrnoException).code ?? String(e);
      const up = dirname(dir);
      if (code !== "ENOENT" || up === dir) throw new WriteError(path, code);
      dir = up;
    }
  }
}

/** Reports end like this; a folder holding such files holds reports of another run. */
export const REPORT_FILE = /^[^.].*\.(html|md)$/i;

/** Outputs that would overwrite an input or each other: the command line is wrong. `line` is
 * worded for the user and already sanitised. */
export class OutputClashError extends Error {
  constructor(readonly line: string) {
    super(line);
    this.name = "OutputClashError";
  }
}

export interface OutputCheck {
  force: boolean;
  lang: Lang;
}

/**
 * Throws OutputClashError (or WriteError) saying what is wrong with the planned outputs, if anything. Returns,
 * for each folder output, the names (lower case) of the other inputs and outputs in it: the
 * files it must not write over.
 */
export function checkOutputs(
  outputs: readonly PlannedOutput[],
  inputs: readonly PlannedInput[],
  o: OutputCheck,
): Map<PlannedOutput, Set<string>> {
  const m = messagesFor(o.lang, ioMessages);
  const usage = (line: string): never => {
    throw new OutputClashError(sanitizeLine(line));
  };
  const cannot = (e: unknown, file: string): never => {
    const code = e instanceof WriteError ? e.code : ((e as NodeJS.ErrnoException).code ?? "");
    throw new WriteError(file, code);
  };
  const ins = inputs.map((i) => ({ ...i, id: identify(i.path) }));
  const outs = outputs.map((out) => ({ ...out, id: identify(out.path) }));
  outs.forEach((out, n) => {
    for (const i of ins)
      if (sameFile(out.id, i.id)) usage(m.same(out.file, out.role, i.file, m.input));
    for (const other of outs.slice(0, n))
      if (sameFile(out.id, other.id)) usage(m.same(out.file, out.role, other.file, other.role));
  });
  const reserved = new Map<PlannedOutput, Set<string>>();
  for (const [n, out] of outs.entries()) {
    let dest: ReturnType<typeof destinationOf>;
    try {
      dest = destinationOf(out.path);
      if (dest !== "direct" && !(out.folder && dest === "folder")) checkParent(out.path);
      if (dest === "direct") accessSync(out.path, constants.W_OK);
    } catch (e) {
      return cannot(e, out.file);
    }
    if (!out.folder) {
      if (dest === "folder") cannot(new WriteError(out.file, "EISDIR"), out.file);
      if (dest === "file" && !o.force) usage(m.exists(out.file));
      continue;
    }
    // The inputs and the other outputs that are in the folder: never written over.
    const here = new Set(
      [...ins, ...outs]
        .filter((f) => f !== out && dirname(f.id.real) === out.id.real)
        .map((f) => basename(f.id.real).toLowerCase()),
    );
    reserved.set(outputs[n] as PlannedOutput, here);
    if (dest === "new") continue;
    if (dest !== "folder") usage(m.notAFolder(out.file));
    let others = 0;
    try {
      accessSync(out.path, constants.W_OK);
      if (o.force) continue;
      for (const d of readdirSync(out.path, { withFileTypes: true }))
        if (d.isFile() && REPORT_FILE.test(d.name) && !here.has(d.name.toLowerCase())) others++;
    } catch (e) {
      cannot(e, out.file);
    }
    if (others > 0) usage(m.otherReports(out.file, others));
  }
  return reserved;
}
