// A batch streams: whatever the number of rows, what it keeps alive is small (the summary's
// running figures, the ids seen). V8's defaults, made for servers, let the heap grow far
// beyond that before collecting: at a hundred thousand rows, half the process's memory is
// garbage. Two of V8's growth factors, read each time the heap grows, keep it near what is
// alive. Node warns that V8 flags set at run time may have no effect: then memory is
// merely larger, nothing else changes.
import { RUN_FLAGS, setRunFlags } from "../io/v8-flags.ts";

/** Called once, by `reflet batch` only, before rows are read. */
export function keepHeapSmall(): void {
  setRunFlags(RUN_FLAGS.heapSmall);
}
