// Shared by the security tests: running the built binary in a clean environment, measuring
// its memory, and writing hostile files to a fresh folder.
import { type SpawnSyncReturns, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const bin = join(root, "bin/reflet.cjs");
export const mini = readFileSync(join(root, "tests/fixtures/mini.yaml"), "utf8");
const preload = fileURLToPath(new URL("./max-rss.mjs", import.meta.url));

export const tempDir = (prefix = "reflet-sec-"): string => mkdtempSync(join(tmpdir(), prefix));

/** Writes `files` (name → content) into a fresh folder and returns it. */
export function folderWith(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process, in megabytes (only when `measure` was set). */
  maxRssMb?: number;
}

export interface RunOptions {
  cwd?: string;
  input?: string | Uint8Array;
  env?: NodeJS.ProcessEnv;
  measure?: boolean;
  timeout?: number;
  /** Modules node loads first (`--import`), e.g. to watch what the process does. */
  preload?: string[];
}

/** Runs `node bin/reflet.cjs ...args` with REFLET_HOME in a fresh folder, English, no colour. */
export function reflet(args: string[], o: RunOptions = {}): Run {
  const cwd = o.cwd ?? tempDir();
  const rssFile = join(tempDir(), "rss");
  const imports = [...(o.measure ? [preload] : []), ...(o.preload ?? [])];
  const nodeArgs = [...imports.flatMap((m) => ["--import", m]), bin, ...args];
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, nodeArgs, {
    cwd,
    input: o.input,
    encoding: "utf8",
    timeout: o.timeout ?? 30_000,
    maxBuffer: 64 * 1024 * 1024,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      REFLET_HOME: tempDir("reflet-home-"),
      NO_COLOR: "1",
      REFLET_LANG: "en",
      REFLET_TEST_RSS_FILE: rssFile,
      ...o.env,
    },
  });
  const run: Run = { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
  if (o.measure) run.maxRssMb = Number(readFileSync(rssFile, "utf8")) / 1024;
  return run;
}

/** A valid questionnaire in the style of tests/fixtures/mini.yaml, with `n` Likert items written in block style. */
export function bigQuestionnaire(n: number): string {
  const items = Array.from(
    { length: n },
    (_, i) => `  - id: g${i}
    type: likert
    scale: agree5
    dimension: calm
    reverse: ${i % 2 === 0}
    text:
      fr: "Quand un client m'interrompt pour la ${i}e fois, je garde mon calme et je reformule."
      en: "When a client interrupts me for the ${i}th time, I stay calm and rephrase."`,
  ).join("\n");
  return mini.replace(/^items:\n/m, `items:\n${items}\n`).replace(/^tests:[\s\S]*$/m, "");
}

/** Any character a terminal could act on, or that reorders or breaks what the reader sees. */
export const UNSAFE_FOR_BLOCKS =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
export const UNSAFE_IN_A_LINE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Makes a FIFO at `path` (node has no mkfifo of its own). */
export function makeFifo(path: string): void {
  const r = spawnSync("mkfifo", [path]);
  if (r.status !== 0) throw new Error(`mkfifo ${path}: ${r.stderr}`);
}
