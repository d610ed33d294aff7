// A batch streams: whatever the number of rows, what it keeps alive is small (the summary's
// running figures, the ids seen). V8's defaults, made for servers, let the heap grow far
// beyond that before collecting: at a hundred thousand rows, half the process's memory is
// garbage. Two of V8's growth factors, read each time the heap grows, keep it near what is
// alive (io/v8-flags.ts: RUN_FLAGS.heapSmall). Node warns that V8 flags set at run time may
// have no effect: then memory is merely larger, nothing else changes.
//
// The young generation, where each row's objects are made and most die, is let grow to 8 MB
// (its size as V8 reports it, 1 MB at start), then held there. Kept at its first size, it is
// collected so often that objects still in use are promoted to the old generation, which then
// has to be collected too; left to V8, it grows to 32 MB. 100,000 rows to CSV here: 1.45-1.54 s
// and 78 MB at its first size; 1.13-1.16 s and 74-76 MB held at 8 MB; 1.31-1.49 s and
// 99-102 MB left to grow.
import { getHeapSpaceStatistics } from "node:v8";
import { RUN_FLAGS, setRunFlags } from "../io/v8-flags.ts";

/** The young generation's size (V8's new space) at which its growth stops. */
export const YOUNG_HELD_AT = 8 * 1024 * 1024;
/** How often its size is looked at: between chunks of rows, when the batch waits for input. */
const LOOK_EVERY_MS = 10;

const youngSize = (): number =>
  getHeapSpaceStatistics().find((s) => s.space_name === "new_space")?.space_size ?? 0;

/** Called once, by `reflet batch` only, before rows are read. */
export function keepHeapSmall(): void {
  setRunFlags(RUN_FLAGS.heapSmall);
  const watch = setInterval(() => {
    if (youngSize() < YOUNG_HELD_AT) return;
    setRunFlags(RUN_FLAGS.youngHeld);
    clearInterval(watch);
  }, LOOK_EVERY_MS);
  // The watch never keeps a batch from ending.
  watch.unref();
}
