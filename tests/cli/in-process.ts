// reflet run inside the test process, through the same entry as the binary (src/cli/run.ts),
// with its own streams, environment and folder: no process is started, so a run costs
// milliseconds instead of a node start-up, and the sources it runs count in the coverage.
// What only a real process shows (signals, a closed pipe, /dev/full, the pseudo-terminal,
// the bundle itself) is tested by spawning the binary (tests/security/helpers.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { runCli as runEntry } from "../../src/cli/run.ts";
import type { InStream, OutStream } from "../../src/io/context.ts";

export interface CliRun {
  code: number;
  /** Always null: kept so that a check written for a spawned run reads the same. */
  signal: null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** What standard input holds; it ends after that (empty when absent, as a closed pipe). */
  stdin?: string | Uint8Array;
  /** Added to a clean environment: a fresh REFLET_HOME, English, no colour. TZ also sets the
   * process's time zone for the run. */
  env?: NodeJS.ProcessEnv;
  /** Which streams claim to be terminals (`true`: all three). */
  tty?: boolean | { stdin?: boolean; stdout?: boolean; stderr?: boolean };
  /** The current folder of the run; a fresh empty one when absent. */
  cwd?: string;
  /** The terminal's width, for the streams that are terminals. */
  columns?: number;
}

let running = false;

const tempDir = (prefix: string): string => mkdtempSync(join(tmpdir(), prefix));

/** A stream that keeps what is written to it, as bytes (decoded once, at the end). */
class Capture extends Writable implements OutStream {
  readonly chunks: Buffer[] = [];
  isTTY?: boolean;
  columns?: number;
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }
  text(): string {
    return Buffer.concat(this.chunks).toString("utf8");
  }
}

function input(content: string | Uint8Array | undefined): InStream {
  if (content === undefined) {
    const empty = new PassThrough();
    empty.end();
    return empty;
  }
  return Readable.from([Buffer.from(content)], { objectMode: false });
}

/**
 * The environment a spawned run gets (tests/security/helpers.ts): only PATH and HOME from
 * the test process, so nothing of the developer's own settings (REFLET_*, XDG_*, colour)
 * reaches the run. A key set to undefined is left out, as a child's environment would.
 */
function cleanEnv(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    REFLET_HOME: tempDir("reflet-home-"),
    NO_COLOR: "1",
    REFLET_LANG: "en",
    ...extra,
  };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/** Runs `reflet ...args` in this process and returns its exit code and what it printed. */
export async function runCli(args: string[], o: CliOptions = {}): Promise<CliRun> {
  // Some reads still resolve a path typed by the user against the process's folder rather
  // than the context's: the run gets both, and two runs at once would fight over it.
  if (running) throw new Error("runCli: one in-process run at a time (no it.concurrent)");
  running = true;
  const cwd = o.cwd ?? tempDir("reflet-cwd-");
  const before = process.cwd();
  const tty = typeof o.tty === "object" ? o.tty : { stdin: o.tty, stdout: o.tty, stderr: o.tty };
  const stdin = input(o.stdin);
  const stdout = new Capture();
  const stderr = new Capture();
  if (tty.stdin) stdin.isTTY = true;
  for (const [stream, isTTY] of [
    [stdout, tty.stdout],
    [stderr, tty.stderr],
  ] as const) {
    if (!isTTY) continue;
    stream.isTTY = true;
    stream.columns = o.columns ?? 80;
  }
  const env = cleanEnv(o.env);
  // Dates are drawn in the process's time zone, which only the process's TZ sets: a run
  // given one has it for its length, as a spawned run would.
  const zone = process.env.TZ;
  if (env.TZ !== undefined) process.env.TZ = env.TZ;
  process.chdir(cwd);
  try {
    const code = await runEntry(args, { stdin, stdout, stderr, env, cwd });
    return { code, signal: null, stdout: stdout.text(), stderr: stderr.text() };
  } finally {
    process.chdir(before);
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
    running = false;
  }
}
