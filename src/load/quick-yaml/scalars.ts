// Scalars as the YAML 1.2 core schema reads them, for the quick reader (reader.ts): what it
// cannot read exactly as the `yaml` library does, it gives up on.
/** Thrown to give up; never leaves the quick reader. */
export const GIVE_UP = Symbol("outside the quick subset");

// Characters the library treats specially or refuses; a text with one goes the full way.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const UNUSUAL = /[\x00-\x09\x0b-\x1f\x7f-\x9f\r\ufeff\u2028\u2029]/;
export const KEY = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
// Plain scalars resolved as the YAML 1.2 core schema does; other numeric forms give up.
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const OTHER_NUMBER = [
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
];
// A plain scalar may not start with an indicator, nor hold `: ` or ` #` (that would be a key
// or a comment, handled by the full reader).
export const PLAIN_START = /^(?:[^-?:,[\]{}#&*!|>'"%@`\s]|[-?:][^\s,[\]{}])/;
// Sticky: matched where scan() starts them, without copying the rest of the text.
export const FLOW_PLAIN = /[^,[\]{}\n]*/y;
export const FLOW_KEY = /[^\s:#'"[\]{},]*/y;
const QUOTED_RUN = { '"': /[^"\\\n]*/y, "'": /[^'\n]*/y };
const KEY_LINE = /[^\s:#'"[\]{},]+:(?: |\n|$)/y;

/** Where the run of `re` (sticky, never failing) that starts at `at` ends. */
export function scan(re: RegExp, t: string, at: number): number {
  re.lastIndex = at;
  re.test(t);
  return re.lastIndex;
}
export const ESCAPES: Record<string, string> = {
  "0": "\0",
  b: "\b",
  t: "\t",
  n: "\n",
  f: "\f",
  r: "\r",
  e: "\x1b",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
};

// Only these start a number; null and the booleans are words of 1, 4 or 5 characters. Most
// scalars of a questionnaire (ids, words) are thus known to be text without a regex.
const NUMBER_START = "+-.0123456789";

export function scalarOf(s: string): unknown {
  if (!NUMBER_START.includes(s.charAt(0)) || s === "") {
    if (s.length !== 1 && s.length !== 4 && s.length !== 5) return s;
    if (NULL.test(s)) return null;
    if (BOOL.test(s)) return s[0] === "t" || s[0] === "T";
    return s;
  }
  if (INT.test(s)) return Number.parseInt(s, 10);
  if (FLOAT.test(s)) return Number.parseFloat(s);
  if (OTHER_NUMBER.some((r) => r.test(s))) throw GIVE_UP;
  return s;
}

export function keyOf(s: string): string {
  if (!KEY.test(s) || s === "__proto__" || typeof scalarOf(s) !== "string") throw GIVE_UP;
  return s;
}

/** The quoted scalar at `pos`, ending on its line, and the offset after it. */
export function quotedAt(t: string, pos: number): [string, number] {
  const q = t[pos] as '"' | "'";
  let out = "";
  let p = pos + 1;
  for (;;) {
    const end = scan(QUOTED_RUN[q], t, p);
    out += t.slice(p, end);
    p = end;
    const c = t[p];
    if (c === undefined || c === "\n") throw GIVE_UP;
    if (c === "'" && t[p + 1] === "'") {
      out += "'";
      p += 2;
    } else if (c === q) break;
    else {
      const e = ESCAPES[t[p + 1] ?? ""];
      if (e !== undefined) {
        out += e;
        p += 2;
        continue;
      }
      const hex = /^u([0-9a-fA-F]{4})/.exec(t.slice(p + 1, p + 6));
      if (!hex) throw GIVE_UP;
      out += String.fromCharCode(Number.parseInt(hex[1]!, 16));
      p += 6;
    }
  }
  return [out, p + 1];
}

/** A `|` (literal) or `>` (folded) block's text from its lines, without their indentation. */
export function blockText(lines: string[], folded: boolean, strip: boolean): string {
  while (lines[lines.length - 1] === "") lines.pop();
  let out = "";
  if (!folded) out = lines.join("\n");
  else
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as string;
      if (i > 0) out += line === "" ? "\n" : lines[i - 1] === "" ? "" : " ";
      out += line;
    }
  return strip ? out : `${out}\n`;
}

/** Whether the line from `pos` holds `key:` (then a space or its end). */
export function keyFollows(t: string, pos: number): boolean {
  KEY_LINE.lastIndex = pos;
  return KEY_LINE.test(t);
}
