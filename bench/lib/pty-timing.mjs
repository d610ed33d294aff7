// "First question on screen": reflet run in a pseudo-terminal, timed from launch until the
// first question's text has been written to the terminal.
import pty from "@lydell/node-pty";
import { WARM_UP } from "./spawn-timing.mjs";
import { median } from "./stats.mjs";

// Terminal escapes (CSI, OSC, charset and keypad switches), removed before looking for text.
const ESC = "\u001b";
const BEL = "\u0007";
const ESCAPES = new RegExp(
  [
    `${ESC}\\[[0-?]*[ -/]*[@-~]`,
    `${ESC}\\][^${BEL}${ESC}]*(?:${BEL}|${ESC}\\\\)`,
    `${ESC}[()][0-9A-Za-z]`,
    `${ESC}[=>78]`,
  ].join("|"),
  "g",
);
const plain = (s) => s.replace(ESCAPES, "").replace(/\s+/g, " ");

/** Milliseconds until `marker` shows (or until exit when there is no marker). */
function once(file, args, marker, options, limitMs) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - start) / 1e6;
    const term = pty.spawn(file, args, { name: "xterm-256color", cols: 240, rows: 50, ...options });
    let screen = "";
    let seen = null;
    const timer = setTimeout(() => {
      term.kill("SIGKILL");
      reject(
        new Error(
          `no "${marker}" within ${limitMs} ms; the terminal showed: ${plain(screen).slice(-300)}`,
        ),
      );
    }, limitMs);
    term.onData((data) => {
      screen += data;
      if (marker && seen === null && plain(screen).includes(marker)) {
        seen = elapsed();
        term.kill("SIGTERM");
      }
    });
    term.onExit(() => {
      clearTimeout(timer);
      const t = marker ? seen : elapsed();
      if (t === null) reject(new Error(`exited before "${marker}": ${plain(screen).slice(-300)}`));
      else resolve(t);
    });
  });
}

/** Median time to the first question, and `node -e 0` run in the same terminal setting. */
export async function timeFirstQuestion({ node, args, marker, runs, options }) {
  const first = [];
  const bare = [];
  for (let round = -WARM_UP; round < runs; round++) {
    const a = await once(node, args, marker, options, 20_000);
    const b = await once(node, ["-e", "0"], null, options, 20_000);
    if (round >= 0) {
      first.push(a);
      bare.push(b);
    }
  }
  return { first: median(first), bare: median(bare), runs: first };
}
