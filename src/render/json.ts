// Machine output: stable keys, a schemaVersion, one trailing newline. It may well be read on
// a terminal, so the controls and bidi characters JSON leaves raw are escaped too.
import { sanitizeJson } from "../term/sanitize.ts";

export function toJson(value: unknown): string {
  return `${sanitizeJson(JSON.stringify(value, null, 2))}\n`;
}
