// The built binary in a pseudo-terminal, driven like a person would: wait for text, type.
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";

const require = createRequire(import.meta.url);
const pty = require("@lydell/node-pty") as typeof import("@lydell/node-pty");

export const ROOT = new URL("../../", import.meta.url).pathname;
export const BIN = join(ROOT, "bin/reflet.js");
export const DESK = join(ROOT, "tests/fixtures/interactive/desk.yaml");

export const KEY = { enter: "\r", down: "\u001b[B", up: "\u001b[A", space: " ", ctrlC: "\u0003" };

export interface Session {
  /** Resolves once `text` appears in what was printed since the last wait. */
  waitFor(text: string | RegExp, timeout?: number): Promise<void>;
  type(keys: string): void;
  kill(signal: NodeJS.Signals): void;
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

export function spawnInTerminal(args: string[], env: Record<string, string>, cwd = ROOT): Session {
  const child = pty.spawn(process.execPath, [BIN, ...args], { cols: 100, rows: 30, env, cwd });
  let all = "";
  // What has been waited for is consumed: raw offset in `all` after the last match.
  let from = 0;
  let wake = () => {};
  child.onData((d) => {
    all += d;
    wake();
  });
  const exit = new Promise<number>((resolve) => child.onExit(({ exitCode }) => resolve(exitCode)));
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
    waitFor(text, timeout = 10_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          wake = () => {};
          reject(
            new Error(`timed out waiting for ${text}; screen so far:\n${clean(all.slice(from))}`),
          );
        }, timeout);
        const check = () => {
          if (!found(all.slice(from), text)) return;
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
          // Let Inquirer finish drawing and start listening before the next key.
          setTimeout(resolve, 60);
        };
        wake = check;
        check();
        void exit.then(() => setTimeout(check, 0));
      });
    },
  };
}

/** Answers c1..c3 (Likert), s1 (scenario), l1 (choice), l2 (multi), note (text). */
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
