// V8 flags a command sets while it runs (a batch's heap growth, batch/heap.ts; those of a full
// check, below). V8 stamps the compiled code it hands out
// (cli/code-cache.ts) with the flags in force at that moment, and a process started without
// them refuses that code: the flags go back to their defaults before the code is taken, or
// every batch would compile its code anew and write the cache again.
// The entry and the program are two bundles with a copy of this module each: it keeps no
// state that matters to the other, only the table of the flags, which both copies share.
import { setFlagsFromString } from "node:v8";

interface RunFlag {
  name: string;
  value: number | boolean;
  /** V8's default (node --v8-options). */
  byDefault: number | boolean;
}

/** The flags a command may set, by what they are for. */
export const RUN_FLAGS = {
  // A batch's young generation grows once, fourfold, then no more (batch/heap.ts).
  heapSmall: [
    { name: "semi-space-growth-factor", value: 4, byDefault: 2 },
    { name: "heap-growing-percent", value: 30, byDefault: 0 },
  ],
  youngHeld: [{ name: "semi-space-growth-factor", value: 1, byDefault: 2 }],
  fullCheck: [
    { name: "opt", value: false, byDefault: true },
    { name: "semi-space-growth-factor", value: 1, byDefault: 2 },
  ],
} satisfies Record<string, RunFlag[]>;

const flag = (name: string, value: number | boolean) =>
  typeof value === "boolean" ? `--${value ? "" : "no-"}${name}` : `--${name}=${value}`;

/** What this copy of the module last set each flag to: what a full check puts back. */
const current = new Map<string, number | boolean>();

function set(name: string, value: number | boolean): void {
  setFlagsFromString(flag(name, value));
  current.set(name, value);
}

/** Sets `flags` for the rest of the run. */
export function setRunFlags(flags: readonly RunFlag[]): void {
  for (const f of flags) set(f.name, f.value);
}

/** Every flag of RUN_FLAGS back to its default, whether it was set or not. */
export function restoreRunFlags(): void {
  for (const flags of Object.values(RUN_FLAGS)) for (const f of flags) set(f.name, f.byDefault);
}

let checking = 0;
let before: (number | boolean)[] = [];

/**
 * Runs a full check of a questionnaire with the flags that suit it: a check is a few dozen
 * milliseconds of code met once, and most of what it allocates lives until it ends.
 * - No optimising compiler (TurboFan): compiling the functions that grow hot costs more than
 *   their faster code gives back before the check ends. A validate of the three built-ins,
 *   just edited: 245 ms without it, 288 ms with it (medians of 14 runs taking turns).
 * - The young generation kept at its size: each page it grows by is memory met for the first
 *   time, dearer here than collecting the same pages again. 460 fewer page faults in that
 *   validate, 223 ms against 231 ms.
 * Once the last check under way ends, each flag is as it was before the first (a batch's own,
 * batch/heap.ts, or V8's default), for the rows or the session that follow.
 */
export async function withFullCheckFlags<T>(check: () => Promise<T>): Promise<T> {
  const flags = RUN_FLAGS.fullCheck;
  if (checking++ === 0) {
    before = flags.map((f) => current.get(f.name) ?? f.byDefault);
    setRunFlags(flags);
  }
  try {
    return await check();
  } finally {
    if (--checking === 0)
      for (const [i, f] of flags.entries()) set(f.name, before[i] as number | boolean);
  }
}
