// The built binary in a pseudo-terminal, driven like a person would: wait for text, type.
// Nothing here waits for a length of time: every wait ends on an event (text shown, process
// ended); the time limits are only a safety net that turns a hang into a failure.
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";

const require = createRequire(import.meta.url);
const pty = require("@lydell/node-pty") as typeof import("@lydell/node-pty");

export const ROOT = new URL("../../", import.meta.url).pathname;
export const BIN = join(ROOT, "bin/reflet.cjs");
export const DESK = join(ROOT, "tests/fixtures/interactive/desk.yaml");

export const KEY = { enter: "\r", down: "\u001b[B", up: "\u001b[A", space: " ", ctrlC: "\u0003" };

/** How long a wait may last before it counts as a hang, on a machine as loaded as it gets. */
export const SAFETY_MS = 45_000;
/** The time limit of a test that drives a whole session: several waits, each under SAFETY_MS. */
export const SESSION_TEST_MS = 180_000;

export interface Session {
  /** Resolves once `text` appears in what was printed since the last wait. */
  waitFor(text: string | RegExp, timeout?: number): Promise<void>;
  type(keys: string): void;
  kill(signal: NodeJS.Signals): void;
  /** The exit code, once the process has ended and everything it printed has been read. */
  exit: Promise<number>;
  /** Everything printed, without escape sequences. */
  output(): string;
  /** Everything printed, exactly as the terminal received it. */
  raw(): string;
  pid: number;
}

export function freshHome(): string {
  return join(mkdtempSync(join(tmpdir(), "reflet-e2e-")), "home");
}

export function baseEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "/usr/bin:/bin",
    HOME: process.env.HOME ?? "/tmp",
    TERM: "xterm-256color",
    NO_COLOR: "1",
    REFLET_LANG: "en",
    REFLET_HOME: home,
    ...extra,
  };
}

interface PtySocket {
  destroy(error?: Error): void;
  destroyed: boolean;
  once(event: "close", listener: () => void): void;
}

/**
 * node-pty gives the output 200 ms after the process ends to be read, then destroys the
 * socket: on a loaded machine the last lines (the pause message, the profile) can be lost.
 * The socket is left to end by itself (reading past the end gives EIO, which destroys it
 * with that error); destroying it without an error is delayed, as a safety net for a socket
 * that never ends.
 */
function keepOutputAfterExit(child: unknown): void {
  const socket = (child as { _socket?: PtySocket })._socket;
  if (!socket || typeof socket.destroy !== "function") return;
  const destroy = socket.destroy.bind(socket);
  let delayed = false;
  socket.destroy = (error?: Error) => {
    if (error !== undefined) return destroy(error);
    if (delayed || socket.destroyed) return;
    delayed = true;
    const timer = setTimeout(() => destroy(), SAFETY_MS);
    socket.once("close", () => clearTimeout(timer));
  };
}

export interface Size {
  cols: number;
  rows: number;
}

export function spawnInTerminal(
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  size: Size = { cols: 100, rows: 30 },
): Session {
  return spawnProgram(process.execPath, [BIN, ...args], env, cwd, size);
}

/** Any program in a pseudo-terminal (a shell, to drive its completion of reflet). */
export function spawnProgram(
  file: string,
  args: string[],
  env: Record<string, string>,
  cwd = ROOT,
  size: Size = { cols: 100, rows: 30 },
): Session {
  const child = pty.spawn(file, args, { ...size, env, cwd });
  keepOutputAfterExit(child);
  let all = "";
  let ended = false;
  // What has been waited for is consumed: raw offset in `all` after the last match.
  let from = 0;
  let wake = () => {};
  child.onData((d) => {
    all += d;
    wake();
  });
  const exit = new Promise<number>((resolve) =>
    child.onExit(({ exitCode }) => {
      ended = true;
      resolve(exitCode);
      wake();
    }),
  );
  const clean = (raw: string) => stripVTControlCharacters(raw);
  const found = (raw: string, text: string | RegExp) =>
    typeof text === "string" ? clean(raw).includes(text) : text.test(clean(raw));
  return {
    output: () => clean(all),
    raw: () => all,
    pid: child.pid,
    type: (keys) => child.write(keys),
    kill: (signal) => child.kill(signal),
    exit,
    waitFor(text, timeout = SAFETY_MS) {
      return new Promise((resolve, reject) => {
        const fail = (why: string) => {
          clearTimeout(timer);
          wake = () => {};
          reject(
            new Error(`${why} waiting for ${text}; screen so far:\n${clean(all.slice(from))}`),
          );
        };
        const timer = setTimeout(() => fail(`no sign after ${timeout} ms`), timeout);
        const check = () => {
          if (!found(all.slice(from), text)) {
            // The output is complete once the process has ended: the text will never come.
            if (ended) fail("the process ended");
            return;
          }
          // The shortest stretch of output that shows the text: the next wait starts after it.
          let lo = from;
          let hi = all.length;
          while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (found(all.slice(from, mid), text)) hi = mid;
            else lo = mid + 1;
          }
          from = lo;
          clearTimeout(timer);
          wake = () => {};
          // Inquirer draws a prompt and starts listening to keys in the same turn of the
          // event loop, so a prompt that is on screen already hears what is typed next.
          resolve();
        };
        wake = check;
        check();
      });
    },
  };
}

/**
 * Answers desk.yaml from question `from` on: c1..c3 (Likert), s1 (scenario), l1 (choice),
 * l2 (multi), then types `note` at the free-text question.
 */
export async function answerAll(s: Session, from = 1, note = "A client thanked me.") {
  const steps: [string, string][] = [
    ["1 / 7", KEY.down + KEY.down + KEY.down + KEY.enter],
    ["2 / 7", KEY.enter],
    ["3 / 7", KEY.down + KEY.down + KEY.enter],
    ["4 / 7", KEY.enter],
    ["5 / 7", KEY.enter],
    ["6 / 7", KEY.space + KEY.down + KEY.space + KEY.enter],
    ["7 / 7", `${note}${KEY.enter}`],
  ];
  for (const [progress, keys] of steps.slice(from - 1)) {
    await s.waitFor(progress);
    s.type(keys);
  }
}
