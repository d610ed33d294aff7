// Safe YAML parsing with positions. Every file reflet reads as YAML goes through here.
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
} from "yaml";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { LIMITS } from "./limits.ts";
import { loadMessages } from "./messages.ts";
import type { Problem } from "./problem.ts";

export type Path = readonly (string | number)[];

export interface ParsedYaml {
  value: unknown;
  /** Position of the node at `path` (of its key when `key` is set); the nearest existing parent otherwise. */
  at(path: Path, key?: boolean): { line: number; col: number };
}

export type YamlOutcome = { ok: true; parsed: ParsedYaml } | { ok: false; problems: Problem[] };

const keyOf = (k: unknown): string => String(isScalar(k) ? k.value : k);

function depthOf(doc: Document): number {
  let max = 0;
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      max = Math.max(max, depth);
      if (max > LIMITS.maxDepth) return max;
      for (const child of node.items) {
        if (isPair(child)) stack.push([child.value, depth + 1]);
        else stack.push([child, depth + 1]);
      }
    }
  }
  return max;
}

export function parseYaml(text: string, file: string, lang: Lang): YamlOutcome {
  const m = messagesFor(lang, loadMessages);
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > LIMITS.maxYamlBytes) {
    return {
      ok: false,
      problems: [{ file, line: 1, col: 1, ...m.tooLarge(bytes, LIMITS.maxYamlBytes) }],
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    // A %YAML 1.1 directive must not turn `no` into false: always read as YAML 1.2 core.
    version: "1.2",
    schema: "core",
    merge: false,
    prettyErrors: false,
    // `1:` and `"1":` are the same key once read as JSON.
    uniqueKeys: (a, b) => keyOf(a) === keyOf(b),
  });
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const problems: Problem[] = [];
  for (const e of doc.errors) {
    problems.push({ file, ...pos(e.pos[0]), ...m.yamlError(e.code, e.message) });
  }
  for (const w of doc.warnings) {
    // Unknown tags (!!js/function, !custom) are only warnings for the library: errors for us.
    if (w.code === "TAG_RESOLVE_FAILED")
      problems.push({ file, ...pos(w.pos[0]), ...m.unknownTag() });
  }
  if (problems.length > 0) return { ok: false, problems };
  if (depthOf(doc) > LIMITS.maxDepth) {
    return { ok: false, problems: [{ file, line: 1, col: 1, ...m.tooDeep(LIMITS.maxDepth) }] };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
  } catch {
    return {
      ok: false,
      problems: [{ file, line: 1, col: 1, ...m.tooManyAliases(LIMITS.maxAliases) }],
    };
  }
  const at = (path: Path, key = false) => {
    let node: unknown = doc.contents;
    let best = (node as Node | null)?.range?.[0] ?? 0;
    for (const [i, step] of path.entries()) {
      if (isMap(node)) {
        const pair = node.items.find((p) => keyOf(p.key) === String(step));
        if (!pair) break;
        if (key && i === path.length - 1 && (pair.key as Node | null)?.range) {
          best = (pair.key as Node).range![0];
          break;
        }
        node = pair.value;
        best =
          (pair.value as Node | null)?.range?.[0] ?? (pair.key as Node | null)?.range?.[0] ?? best;
      } else if (isSeq(node) && typeof step === "number") {
        const child = node.items[step] as Node | undefined;
        if (!child) break;
        node = child;
        best = child.range?.[0] ?? best;
      } else break;
    }
    return pos(best);
  };
  return { ok: true, parsed: { value, at } };
}
