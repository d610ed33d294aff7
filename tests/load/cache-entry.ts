// An entry of the questionnaire cache (src/load/cache.ts): its JSON on the first line, then the
// text it was checked for.
import { readFileSync, writeFileSync } from "node:fs";

export function readEntry(file: string): { json: Record<string, unknown>; text: string } {
  const bytes = readFileSync(file, "utf8");
  const end = bytes.indexOf("\n");
  return { json: JSON.parse(bytes.slice(0, end)), text: bytes.slice(end + 1) };
}

export function writeEntry(file: string, json: unknown, text: string): void {
  writeFileSync(file, `${JSON.stringify(json)}\n${text}`);
}
