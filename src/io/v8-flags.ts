// V8 flags a command sets while it runs (a batch's heap growth, batch/heap.ts). V8 stamps the
// compiled code it hands out (cli/code-cache.ts) with the flags in force at that moment, and a
// process started without them refuses that code: the flags go back to their defaults before
// the code is taken, or every batch would compile its code anew and write the cache again.
// The entry and the program are two bundles with a copy of this module each: it keeps no
// state, only the table of the flags, which both copies share.
import { setFlagsFromString } from "node:v8";

interface RunFlag {
  name: string;
  value: number;
  /** V8's default (node --v8-options). */
  byDefault: number;
}

/** The flags a command may set, by what they are for. */
export const RUN_FLAGS = {
  heapSmall: [
    { name: "semi-space-growth-factor", value: 1, byDefault: 2 },
    { name: "heap-growing-percent", value: 30, byDefault: 0 },
  ],
} satisfies Record<string, RunFlag[]>;

/** Sets `flags` for the rest of the run. */
export function setRunFlags(flags: readonly RunFlag[]): void {
  for (const f of flags) setFlagsFromString(`--${f.name}=${f.value}`);
}

/** Every flag of RUN_FLAGS back to its default, whether it was set or not. */
export function restoreRunFlags(): void {
  for (const flags of Object.values(RUN_FLAGS))
    for (const f of flags) setFlagsFromString(`--${f.name}=${f.byDefault}`);
}
