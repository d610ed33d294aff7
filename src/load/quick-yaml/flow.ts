// Flow collections for the quick reader (reader.ts): `[a, b]` and `{k: v}`, whose lines may
// break after an opening bracket or a comma.
import type { FastNode } from "./index.ts";
import type { Reader } from "./reader.ts";
import { FLOW_KEY, FLOW_PLAIN, GIVE_UP, keyOf, PLAIN_START, scalarOf, scan } from "./scalars.ts";

/** A flow list or map; its lines may break after `[`, `{` or a comma. */
export function readFlow(r: Reader, indent: number): unknown {
  r.enter();
  const t = r.text;
  const at = r.pos;
  const isMap = t[at] === "{";
  const close = isMap ? "}" : "]";
  // Only the collection being read is made.
  const map: Record<string, unknown> | undefined = isMap ? {} : undefined;
  const list: unknown[] | undefined = isMap ? undefined : [];
  const keys: FastNode["keys"] = r.track && isMap ? new Map() : undefined;
  const items: FastNode[] | undefined = r.track && !isMap ? [] : undefined;
  r.pos++;
  flowSpace(r, indent);
  while (t[r.pos] !== close) {
    let keyAt = -1;
    let key = "";
    if (map) {
      keyAt = r.pos;
      const end = scan(FLOW_KEY, t, keyAt);
      if (t[end] !== ":" || t[end + 1] !== " ") throw GIVE_UP;
      key = keyOf(t.slice(keyAt, end));
      if (Object.hasOwn(map, key)) throw GIVE_UP;
      r.pos = end + 1;
      r.spaces();
    }
    const v = flowItem(r, indent);
    r.tokens += 6;
    if (map) {
      map[key] = v;
      keys?.set(key, { key: keyAt, node: r.node });
    } else {
      list?.push(v);
      items?.push(r.node);
    }
    r.spaces();
    if (t[r.pos] === ",") {
      r.pos++;
      flowSpace(r, indent);
      if (t[r.pos] === close) throw GIVE_UP;
    } else if (t[r.pos] !== close) throw GIVE_UP;
  }
  r.pos++;
  r.depth--;
  if (keys) r.node = { at, keys };
  else if (items) r.node = { at, items };
  return map ?? list;
}

function flowItem(r: Reader, indent: number): unknown {
  const t = r.text;
  const at = r.pos;
  if (t[at] === "[" || t[at] === "{") return readFlow(r, indent);
  let value: unknown;
  if (t[at] === '"' || t[at] === "'") value = r.quoted();
  else {
    const s = t.slice(at, scan(FLOW_PLAIN, t, at)).trimEnd();
    if (!PLAIN_START.test(s) || s.includes(":") || s.includes("#")) throw GIVE_UP;
    r.pos = at + s.length;
    value = scalarOf(s);
  }
  if (r.track) r.node = { at };
  return value;
}

/** Spaces and line breaks inside a flow collection, its lines more indented than `indent`. */
function flowSpace(r: Reader, indent: number): void {
  const t = r.text;
  r.spaces();
  while (t[r.pos] === "\n") {
    r.pos++;
    r.spaces();
    r.tokens += 2;
    if (t[r.pos] !== "\n" && r.col(r.pos) <= indent) throw GIVE_UP;
  }
}
