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

/** Where everything in a text read quickly is. */
interface Positions {
  root: FastNode;
  /** Offsets where lines start, as the library's LineCounter holds them. */
  lineStarts: number[];
}

export interface FastYaml {
  value: unknown;
  /** At least as many as the library's syntax tokens (bounded by LIMITS.maxYamlTokens). */
  tokens: number;
  /** The text read (with \n line ends), read again for positions the first time one is asked. */
  text: string;
  positions?: Positions;
}

/** Reads all of `text` with `r`: its value, or GIVE_UP thrown. */
function readAll(r: Reader): unknown {
  const text = r.text;
  const indent = r.nextLine();
  if (indent !== 0) throw GIVE_UP;
  const flow = text[r.pos] === "[" || text[r.pos] === "{";
  const value = flow ? r.flow(-1) : r.block(0);
  if (flow) r.endLine();
  if (r.nextLine() !== -1) throw GIVE_UP;
  return value;
}

/** The value of `text`, or null when it is not in the quick subset. */
export function readFast(source: string): FastYaml | null {
  // Lines ended by \r\n are read as if ended by \n: the library gives them the same lines,
  // columns and values. A lone \r is unusual.
  const text = source.includes("\r") ? source.replaceAll("\r\n", "\n") : source;
  if (UNUSUAL.test(text) || source.length + 16 > LIMITS.maxYamlTokens) return null;
  const r = new Reader(text);
  try {
    const value = readAll(r);
    const tokens = r.tokens + source.length;
    if (tokens > LIMITS.maxYamlTokens) return null;
    return { value, tokens, text };
  } catch (e) {
    if (e === GIVE_UP) return null;
    throw e;
  }
}

/** The positions of a text read quickly: the same reading again, keeping them this time. */
function positionsOf(fast: FastYaml): Positions {
  if (!fast.positions) {
    const r = new Reader(fast.text, true);
    readAll(r);
    fast.positions = { root: r.node, lineStarts: r.lineStarts };
  }
  return fast.positions;
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
  const { root, lineStarts } = positionsOf(fast);
  let node = root;
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
  return linePos(lineStarts, best);
}
