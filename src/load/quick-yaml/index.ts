// A quick reader for the plain YAML questionnaires are written in: block maps and lists, flow
// collections (a line may end after a comma or an opening bracket), quoted and plain scalars
// on one line, and `|` and `>` blocks. It gives the same value and the same positions as the
// `yaml` library (tests/load/quick-yaml.test.ts compares them), several times faster when the
// process is cold. On anything outside that subset,
// and on anything the library would warn of or refuse (a duplicate or `__proto__` key, a tag,
// an anchor, a non-finite number, too deep or too many elements), it gives up: the caller then
// reads the text with the library, which says exactly what is wrong and where.

import { LIMITS } from "../limits.ts";
import { Reader } from "./reader.ts";
import { GIVE_UP, UNUSUAL } from "./scalars.ts";

/** Where a node starts, with its children's positions. */
export interface FastNode {
  at: number;
  keys?: Map<string, { key: number; node: FastNode }>;
  items?: FastNode[];
}

export interface FastYaml {
  value: unknown;
  root: FastNode;
  /** Offsets where lines start, as the library's LineCounter holds them. */
  lineStarts: number[];
  /** At least as many as the library's syntax tokens (bounded by LIMITS.maxYamlTokens). */
  tokens: number;
}

/** The value and positions of `text`, or null when it is not in the quick subset. */
export function readFast(source: string): FastYaml | null {
  // Lines ended by \r\n are read as if ended by \n: the library gives them the same lines,
  // columns and values. A lone \r is unusual.
  const text = source.includes("\r") ? source.replaceAll("\r\n", "\n") : source;
  if (UNUSUAL.test(text) || source.length + 16 > LIMITS.maxYamlTokens) return null;
  const r = new Reader(text);
  try {
    const indent = r.nextLine();
    if (indent !== 0) return null;
    const flow = text[r.pos] === "[" || text[r.pos] === "{";
    const [value, root] = flow ? r.flow(-1) : r.block(0);
    if (flow) r.endLine();
    const tokens = r.tokens + source.length;
    if (r.nextLine() !== -1 || tokens > LIMITS.maxYamlTokens) return null;
    return { value, root, lineStarts: r.lineStarts, tokens };
  } catch (e) {
    if (e === GIVE_UP) return null;
    throw e;
  }
}

type Path = readonly (string | number)[];

/** The library's LineCounter.linePos over `lineStarts`. */
export function linePos(lineStarts: number[], offset: number): { line: number; col: number } {
  let low = 0;
  let high = lineStarts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offset < lineStarts[mid]!) high = mid;
    else low = mid + 1;
  }
  if (lineStarts[low] === offset) return { line: low + 1, col: 1 };
  if (low === 0) return { line: 0, col: offset };
  return { line: low, col: offset - lineStarts[low - 1]! + 1 };
}

/** The position of `path` as parseYaml's `at` finds it in the library's document. */
export function fastAt(fast: FastYaml, path: Path, key = false): { line: number; col: number } {
  let node = fast.root;
  let best = node.at;
  for (const [i, step] of path.entries()) {
    if (node.keys) {
      const pair = node.keys.get(String(step));
      if (!pair) break;
      if (key && i === path.length - 1) {
        best = pair.key;
        break;
      }
      node = pair.node;
      best = node.at;
    } else if (node.items && typeof step === "number") {
      const child = node.items[step];
      if (!child) break;
      node = child;
      best = child.at;
    } else break;
  }
  return linePos(fast.lineStarts, best);
}
