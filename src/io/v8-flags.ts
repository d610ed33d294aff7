// V8 flags a command sets while it runs (a batch's heap growth, batch/heap.ts; no optimising
// compiler during a full check, below). V8 stamps the compiled code it hands out
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
  heapSmall: [
    { name: "semi-space-growth-factor", value: 1, byDefault: 2 },
    { name: "heap-growing-percent", value: 30, byDefault: 0 },
  ],
  fullCheck: [{ name: "opt", value: false, byDefault: true }],
} satisfies Record<string, RunFlag[]>;

const flag = (name: string, value: number | boolean) =>
  typeof value === "boolean" ? `--${value ? "" : "no-"}${name}` : `--${name}=${value}`;

/** Sets `flags` for the rest of the run. */
export function setRunFlags(flags: readonly RunFlag[]): void {
  for (const f of flags) setFlagsFromString(flag(f.name, f.value));
}

/** `flags` back to their defaults. */
function resetRunFlags(flags: readonly RunFlag[]): void {
  for (const f of flags) setFlagsFromString(flag(f.name, f.byDefault));
}

/** Every flag of RUN_FLAGS back to its default, whether it was set or not. */
export function restoreRunFlags(): void {
  for (const flags of Object.values(RUN_FLAGS)) resetRunFlags(flags);
}

let checking = 0;

/**
 * Runs a full check of a questionnaire with V8's optimising compiler (TurboFan) off. A check is
 * a few dozen milliseconds of code met once: compiling the functions that grow hot costs more
 * than their faster code gives back before the check ends (a validate of the three built-ins,
 * just edited: 245 ms without it, 288 ms with it, medians of 14 runs taking turns). The
 * compiler is on again once the last check under way ends, for a batch's rows or a session.
 */
export async function withoutOptimising<T>(check: () => Promise<T>): Promise<T> {
  if (checking++ === 0) setRunFlags(RUN_FLAGS.fullCheck);
  try {
    return await check();
  } finally {
    if (--checking === 0) resetRunFlags(RUN_FLAGS.fullCheck);
  }
}
