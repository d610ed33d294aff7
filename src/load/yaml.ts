// Safe YAML parsing with positions. Every file reflet reads as YAML goes through here or
// through load/yaml-library.ts, which this module leaves out of a start: the plain YAML of a
// questionnaire is read by reflet's own quick reader (quick-yaml/), and the library (some 3 ms
// of a validate's profile only to set its modules up) is loaded only for anything else, and to
// say every problem.
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { LIMITS } from "./limits.ts";
import { loadMessages } from "./messages/files.ts";
import type { Problem } from "./problem.ts";
import { fastAt, readFast } from "./quick-yaml/index.ts";

export type Path = readonly (string | number)[];

export interface ParsedYaml {
  value: unknown;
  /** Position of the node at `path` (of its key when `key` is set); the nearest existing parent otherwise. */
  at(path: Path, key?: boolean): { line: number; col: number };
}

export type YamlOutcome = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

/**
 * `text` read by the quick reader, or refused for its size; null when the library must read it
 * (load/yaml-library.ts: parseYamlFully), as it must any text with a problem.
 */
export function readYamlQuickly(text: string, file: string, lang: Lang): YamlOutcome | null {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > LIMITS.maxYamlBytes) {
    const m = messagesFor(lang, loadMessages);
    return {
      ok: false,
      problems: [{ file, line: 1, col: 1, ...m.tooLarge(bytes, LIMITS.maxYamlBytes) }],
    };
  }
  const fast = readFast(text);
  return fast
    ? { ok: true, parsed: { value: fast.value, at: (path, key) => fastAt(fast, path, key) } }
    : null;
}
