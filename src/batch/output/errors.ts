// --errors FILE: every problem of the batch as JSON Lines, for scripts. Written even when
// --fail-fast stops the batch: it is the account of what went wrong.

import type { Writer } from "../../io/stream.ts";
import { sanitizeJson } from "../../term/sanitize.ts";
import type { Sink } from "../types.ts";

export function errorsSink(writer: Writer): Sink {
  return {
    async problem(p, severity) {
      const line = {
        severity,
        file: p.file,
        line: p.line ?? null,
        ...(p.col !== undefined ? { col: p.col } : {}),
        message: p.message,
        ...(p.hint ? { hint: p.hint } : {}),
      };
      await writer.write(`${sanitizeJson(JSON.stringify(line))}\n`);
    },
    commit: () => writer.commit(),
    abort: () => writer.commit(),
  };
}
