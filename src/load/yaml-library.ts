// Safe YAML parsing with positions, through the yaml library: what load/yaml.ts's quick reader
// leaves to it.
// A hostile file is stopped before it costs much: its size before parsing; its nesting and
// its number of elements while the syntax is read, since composing the document recurses
// once per level; duplicate keys in one linear pass, since the library's own check
// compares every pair; then tags, `__proto__` keys, non-finite numbers and alias expansion.
import {
  Composer,
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  type Node,
  type Pair,
  Parser,
  type YAMLMap,
} from "yaml";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { LIMITS } from "./limits.ts";
import { loadMessages } from "./messages/files.ts";
import { yamlMessages } from "./messages/yaml.ts";
import type { Problem } from "./problem.ts";
import { type Path, readYamlQuickly, type YamlOutcome } from "./yaml.ts";

/** `1:` and `"1":` are the same key once read as JSON. */
const keyOf = (k: unknown): string => String(isScalar(k) ? k.value : k);

type Said = { message: string; hint?: string };

/** Stops reading the syntax at `offset`. */
class Stop {
  constructor(
    readonly offset: number,
    readonly said: Said,
  ) {}
}

// The parser's stack holds the document and the token being built besides one entry per level.
const STACK_BESIDES_LEVELS = 3;

/** The syntax tokens of `text`, stopped early when too deep or too many. */
function* tokens(text: string, lines: LineCounter, lang: Lang) {
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  let count = 0;
  for (const lexeme of new Lexer().lex(text, false)) {
    if (++count > LIMITS.maxYamlTokens) {
      throw new Stop(
        parser.offset,
        messagesFor(lang, yamlMessages).tooManyElements(LIMITS.maxYamlTokens),
      );
    }
    yield* parser.next(lexeme);
    if (parser.stack.length > LIMITS.maxDepth + STACK_BESIDES_LEVELS) {
      throw new Stop(parser.offset, messagesFor(lang, loadMessages).tooDeep(LIMITS.maxDepth));
    }
  }
  yield* parser.end();
}

function compose(text: string, lines: LineCounter, lang: Lang): Document.Parsed | Stop {
  const composer = new Composer({
    // A %YAML 1.1 directive must not turn `no` into false: always read as YAML 1.2 core.
    version: "1.2",
    schema: "core",
    merge: false,
    uniqueKeys: false,
    // The library's warnings would go to the process's stderr; those that matter are errors here.
    logLevel: "error",
  });
  let doc: Document.Parsed | undefined;
  try {
    for (const next of composer.compose(tokens(text, lines, lang), true, text.length)) {
      if (doc) return new Stop(next.range[0], messagesFor(lang, yamlMessages).multipleDocs());
      doc = next;
    }
  } catch (e) {
    if (e instanceof Stop) return e;
    throw e;
  }
  return doc as Document.Parsed;
}

/**
 * One pass over the document, without recursion: nesting, duplicate and `__proto__` keys,
 * non-finite numbers, and the first alias (where an alias expansion is reported).
 */
function inspect(doc: Document.Parsed, lang: Lang, line: (offset: number) => number) {
  const m = messagesFor(lang, yamlMessages);
  const found: { offset: number; said: Said }[] = [];
  let firstAlias: number | undefined;
  const stack: [unknown, number][] = [[doc.contents, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const offset = (node as Node | null)?.range?.[0] ?? 0;
    if (isAlias(node)) {
      firstAlias = Math.min(firstAlias ?? offset, offset);
    } else if (isScalar(node)) {
      if (typeof node.value === "number" && !Number.isFinite(node.value))
        found.push({ offset, said: m.notFinite() });
    } else if (isMap(node) || isSeq(node)) {
      if (depth > LIMITS.maxDepth) {
        found.push({ offset, said: messagesFor(lang, loadMessages).tooDeep(LIMITS.maxDepth) });
        continue;
      }
      const seen = new Map<string, number>();
      for (const child of node.items) {
        if (!isPair(child)) {
          stack.push([child, depth + 1]);
          continue;
        }
        const key = keyOf(child.key);
        const at = (child.key as Node | null)?.range?.[0] ?? offset;
        const before = seen.get(key);
        if (before !== undefined)
          found.push({ offset: at, said: m.duplicateKey(key, line(before)) });
        else seen.set(key, at);
        if (key === "__proto__") found.push({ offset: at, said: m.protoKey() });
        if (child.key !== null && !isScalar(child.key))
          found.push({ offset: at, said: m.complexKey() });
        stack.push([child.key, depth + 1], [child.value, depth + 1]);
      }
    }
  }
  return { found: found.sort((a, b) => a.offset - b.offset), firstAlias };
}

/** `text` read as YAML, quickly when it can be (load/yaml.ts), else by the library. */
export function parseYaml(text: string, file: string, lang: Lang): YamlOutcome {
  return readYamlQuickly(text, file, lang) ?? parseYamlFully(text, file, lang);
}

/** parseYaml through the library alone, size aside: what the quick reader must agree with. */
export function parseYamlFully(text: string, file: string, lang: Lang): YamlOutcome {
  const m = messagesFor(lang, loadMessages);
  const lineCounter = new LineCounter();
  const pos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, col: p.col };
  };
  const doc = compose(text, lineCounter, lang);
  if (doc instanceof Stop)
    return { ok: false, problems: [{ file, ...pos(doc.offset), ...doc.said }] };
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
  const { found, firstAlias } = inspect(doc, lang, (offset) => pos(offset).line);
  if (found.length > 0)
    return { ok: false, problems: found.map((f) => ({ file, ...pos(f.offset), ...f.said })) };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.maxAliases });
  } catch {
    return {
      ok: false,
      problems: [{ file, ...pos(firstAlias ?? 0), ...m.tooManyAliases(LIMITS.maxAliases) }],
    };
  }
  // Each map indexed once, so that reporting many problems stays linear.
  const index = new Map<YAMLMap, Map<string, Pair>>();
  const pairOf = (map: YAMLMap, step: string | number) => {
    let keys = index.get(map);
    if (!keys) {
      keys = new Map(map.items.map((p) => [keyOf(p.key), p as Pair]));
      index.set(map, keys);
    }
    return keys.get(String(step));
  };
  const at = (path: Path, key = false) => {
    let node: unknown = doc.contents;
    let best = (node as Node | null)?.range?.[0] ?? 0;
    for (const [i, step] of path.entries()) {
      if (isMap(node)) {
        const pair = pairOf(node, step);
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
