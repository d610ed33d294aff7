// The quick reader itself (index.ts says what it reads and why).
import { LIMITS } from "../limits.ts";
import { readFlow } from "./flow.ts";
import type { FastNode } from "./index.ts";
import {
  blockText,
  GIVE_UP,
  keyFollows,
  keyOf,
  PLAIN_START,
  quotedAt,
  scalarOf,
} from "./scalars.ts";

/**
 * Reads a text line by line; throws GIVE_UP on anything outside the quick subset. Each
 * method returns the value it read; with `track`, it also leaves where that value starts
 * (with its children's positions) in `node`. Positions are only needed to report a problem
 * or a warning, so they are kept only when a second reading asks for them (index.ts).
 */
export class Reader {
  pos = 0;
  depth = 0;
  /** An upper bound of the library's syntax tokens read so far. */
  tokens = 16;
  /** With `track`: the position of the value the last method read. */
  node: FastNode = { at: 0 };
  /** With `track`: offsets where lines start, as the library's LineCounter holds them. */
  readonly lineStarts = [0];

  constructor(
    readonly text: string,
    readonly track = false,
  ) {
    if (track)
      for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
        this.lineStarts.push(i + 1);
  }

  /** Column of `offset` (0-based). */
  col(offset: number): number {
    return offset - (this.text.lastIndexOf("\n", offset - 1) + 1);
  }

  /** Skips blank and comment lines from a line start; the indent of the next content line, or -1. */
  nextLine(): number {
    const t = this.text;
    for (;;) {
      let p = this.pos;
      while (t[p] === " ") p++;
      if (p >= t.length) {
        this.pos = p;
        return -1;
      }
      if (t[p] === "\n" || t[p] === "#") {
        const end = t.indexOf("\n", p);
        this.pos = end === -1 ? t.length : end + 1;
        continue;
      }
      // The column, also when called again where the last call left off.
      const indent = this.col(p);
      this.pos = p;
      if (indent === 0 && /^(?:---|\.\.\.|%)/.test(t.slice(p, p + 3))) throw GIVE_UP;
      return indent;
    }
  }

  /** Whether nothing but spaces and a comment follows on the line; if so, goes past it. */
  lineDone(): boolean {
    const t = this.text;
    let p = this.pos;
    while (t[p] === " ") p++;
    if (p < t.length && t[p] !== "\n" && (t[p] !== "#" || t[p - 1] !== " ")) return false;
    this.pos = p;
    this.endLine();
    return true;
  }

  /** The rest of the line after a value: spaces, then a comment or its end. */
  endLine(): void {
    const t = this.text;
    let p = this.pos;
    while (t[p] === " ") p++;
    if (p < t.length && t[p] !== "\n") {
      if (t[p] !== "#" || p === this.pos) throw GIVE_UP;
      p = t.indexOf("\n", p);
      if (p === -1) p = t.length;
    }
    this.pos = p + 1;
  }

  enter(): void {
    this.tokens += 3;
    if (++this.depth > LIMITS.maxDepth / 2 || this.tokens > LIMITS.maxYamlTokens) throw GIVE_UP;
  }

  /** A block node whose first line starts at `pos`, at column `indent`. */
  block(indent: number): unknown {
    const t = this.text;
    if (t[this.pos] === "-" && (t[this.pos + 1] === " " || t[this.pos + 1] === "\n"))
      return this.list(indent);
    return this.map(indent);
  }

  list(indent: number): unknown[] {
    this.enter();
    const t = this.text;
    const value: unknown[] = [];
    const at = this.pos;
    const items: FastNode[] | undefined = this.track ? [] : undefined;
    for (;;) {
      this.pos++;
      let item: unknown;
      if (this.lineDone()) {
        const next = this.nextLine();
        if (next <= indent) throw GIVE_UP;
        item = this.block(next);
      } else {
        if (t[this.pos] !== " ") throw GIVE_UP;
        this.spaces();
        // A list right inside a list item is left to the full reader.
        if (t[this.pos] === "-") throw GIVE_UP;
        item = keyFollows(this.text, this.pos) ? this.map(this.col(this.pos)) : this.inline(indent);
      }
      value.push(item);
      items?.push(this.node);
      const next = this.nextLine();
      if (next > indent) throw GIVE_UP;
      if (next < indent || t[this.pos] !== "-" || !isBreak(t, this.pos + 1)) break;
    }
    this.depth--;
    if (items) this.node = { at, items };
    return value;
  }

  map(indent: number): Record<string, unknown> {
    this.enter();
    const t = this.text;
    const value: Record<string, unknown> = {};
    const at = this.pos;
    const keys: FastNode["keys"] = this.track ? new Map() : undefined;
    for (;;) {
      const keyAt = this.pos;
      const colon = t.indexOf(":", keyAt);
      if (colon === -1) throw GIVE_UP;
      const key = keyOf(t.slice(keyAt, colon));
      if (Object.hasOwn(value, key)) throw GIVE_UP;
      this.pos = colon + 1;
      this.tokens += 4;
      let child: unknown;
      if (t[this.pos] !== " " && t[this.pos] !== "\n" && this.pos < t.length) throw GIVE_UP;
      if (this.lineDone()) {
        const next = this.nextLine();
        const list = t[this.pos] === "-" && isBreak(t, this.pos + 1);
        if (next < indent || (next === indent && !list)) throw GIVE_UP;
        // A list may stand at its key's own indentation.
        child = next === indent ? this.list(indent) : this.block(next);
      } else {
        this.spaces();
        child = this.inline(indent);
      }
      value[key] = child;
      keys?.set(key, { key: keyAt, node: this.node });
      const next = this.nextLine();
      if (next > indent) throw GIVE_UP;
      if (next < indent) break;
    }
    this.depth--;
    if (keys) this.node = { at, keys };
    return value;
  }

  /** A value on the line of its key or dash; `indent` is its collection's. */
  inline(indent: number): unknown {
    const t = this.text;
    const at = this.pos;
    const c = t[at];
    this.tokens += 3;
    if (c === "[" || c === "{") {
      const value = this.flow(indent);
      this.endLine();
      return value;
    }
    let value: unknown;
    if (c === "|" || c === ">") value = this.blockScalar(indent);
    else {
      if (c === '"' || c === "'") value = this.quoted();
      else {
        const end = t.indexOf("\n", at);
        const line = t.slice(at, end === -1 ? t.length : end);
        const hash = line.indexOf(" #");
        const s = (hash === -1 ? line : line.slice(0, hash)).trimEnd();
        if (!PLAIN_START.test(s) || s.includes(": ") || s.endsWith(":")) throw GIVE_UP;
        value = scalarOf(s);
        this.pos = at + s.length;
      }
      this.endLine();
    }
    if (this.track) this.node = { at };
    return value;
  }

  /** A quoted scalar ending on its line. */
  quoted(): string {
    const [value, end] = quotedAt(this.text, this.pos);
    this.pos = end;
    return value;
  }

  /** A flow list or map (flow.ts). */
  flow(indent: number): unknown {
    return readFlow(this, indent);
  }

  spaces(): void {
    while (this.text.charCodeAt(this.pos) === 32) this.pos++;
  }

  /** A `|` or `>` block, its content more indented than `indent`. */
  blockScalar(indent: number): string {
    const t = this.text;
    const folded = t[this.pos] === ">";
    const chomp = t[this.pos + 1];
    const strip = chomp === "-";
    if (chomp === "+" || /[0-9]/.test(chomp ?? "")) throw GIVE_UP;
    this.pos += strip ? 2 : 1;
    this.endLine();
    const lines: string[] = [];
    let width = -1;
    while (this.pos < t.length) {
      const end = t.indexOf("\n", this.pos);
      const line = t.slice(this.pos, end === -1 ? t.length : end);
      const text = line.trimStart();
      const lead = line.length - text.length;
      if (text === "") {
        if (width === -1 || lead > width) throw GIVE_UP;
        lines.push("");
      } else {
        if (width === -1) width = lead;
        if (lead < width) break;
        if (width <= indent || (folded && lead > width)) throw GIVE_UP;
        lines.push(line.slice(width));
      }
      this.pos = end === -1 ? t.length : end + 1;
    }
    if (width === -1) throw GIVE_UP;
    this.tokens += lines.length;
    return blockText(lines, folded, strip);
  }
}

/** Whether the character at `i` ends a dash (a space, a line break or the end of the text). */
const isBreak = (t: string, i: number) => i >= t.length || t[i] === " " || t[i] === "\n";
