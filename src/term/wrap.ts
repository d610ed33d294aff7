// Fitting text to a terminal: display width, truncation, and wrapping at words that keeps
// French typography whole (no line starting with « : » or « ? », none ending with « «).

const COMBINING = /\p{M}/u;
// East Asian wide and fullwidth ranges, and emoji: two columns each.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}/u;

// Colour and style sequences (term/colour.ts) take no column.
const STYLE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, "g");

/** Columns `text` takes on a terminal; colour sequences take none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text.replace(STYLE, "")) {
    if (COMBINING.test(ch) || ch === "\u200b") continue;
    width += WIDE.test(ch) ? 2 : 1;
  }
  return width;
}

/** `text` cut to at most `width` columns, with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** `text` padded with spaces to `width` columns. */
export function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - displayWidth(text))) + text;
}

// Punctuation French sets after a space, which must stay on the line of the word before.
const CLOSING = /^[:;!?»%)\]]+[.,]?$/;
const OPENING = /^[«([]+$/;
const NUMBER = /^~?\d{1,3}(?:[.,]\d+)?(?:er|e)?$/;

/** Words of a paragraph, with French punctuation glued to its neighbour. */
function units(paragraph: string): string[] {
  const out: string[] = [];
  let glueNext = false;
  for (const word of paragraph.split(/ +/).filter(Boolean)) {
    // A lone « / » holds both its neighbours: « 20 / 30 » is never split; a short number holds
    // the word after it: « 2 décembre », « 10 min » (a year does not: « 2025 with »).
    const between = word === "/";
    if ((CLOSING.test(word) || between || glueNext) && out.length > 0)
      out[out.length - 1] += ` ${word}`;
    else out.push(word);
    glueNext = OPENING.test(word) || between || NUMBER.test(word);
  }
  return out;
}

/** Splits a unit longer than `width` into pieces of at most `width` columns. */
function hardBreak(unit: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  for (const ch of unit) {
    if (displayWidth(piece + ch) > width && piece) {
      pieces.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * The width of the terminal `stream` shows, or `fallback` when it says none. A pseudo-terminal
 * that was never given a size reports 0 columns: that is no width, not a width of 0.
 */
export function columnsOf(stream: unknown, fallback = 80): number {
  const columns = (stream as { columns?: number } | undefined)?.columns;
  return columns !== undefined && columns > 0 ? columns : fallback;
}

export interface WrapOptions {
  /** Put before the first line (counted in the width). */
  first?: string;
  /** Put before every other line. */
  rest?: string;
  /** The fewest columns a line gets after its prefix, however narrow the width (10). */
  min?: number;
  /** A word longer than a line: cut into pieces (the default), or left whole on a line of its own. */
  long?: "cut" | "whole";
  /** Spans (a global pattern) kept on one line when they fit in it, broken at spaces when not. */
  keep?: RegExp;
}

// Inside a kept span, spaces are this character until the span is placed: one unit.
const HELD = "\u0000";
const held = (text: string, keep?: RegExp) =>
  keep ? text.replace(keep, (span) => span.replace(/ /g, HELD)) : text;

/**
 * A command reflet suggests in a message (« To resume: reflet run reclamations »): from `reflet`
 * or `npx reflet` to the end of its clause, or a variable to set (`export EDITOR=nano`). Kept on one line, so that it can be typed or
 * copied as shown; « reflet: » and « reflet : », the program naming itself, are not commands.
 */
export const COMMAND_SPAN =
  /(?:npx )?reflet (?![:;!?])[^(),;\n]*[^(),;\n .]|export [A-Z_]+=[^\s(),;]*[^\s(),;.]/g;

/** A message for a terminal `columns` wide: wrapped at words, its commands and paths kept whole. */
export function wrapMessage(line: string, columns: number): string[] {
  // One column spare: a line as wide as the terminal makes some terminals add a blank one.
  // A path or a command longer than a line is left whole: the terminal folds it, and it is
  // still copied as one.
  return wrap(line, columns - 1, { keep: COMMAND_SPAN, long: "whole" });
}

/**
 * Lines of at most `width` columns (at least `min`), breaking at spaces only: no-break spaces
 * hold, and line breaks in the text start new lines.
 */
export function wrap(text: string, width: number, o: WrapOptions = {}): string[] {
  const first = o.first ?? "";
  const rest = o.rest ?? "";
  const lines: string[] = [];
  let prefix = first;
  for (const paragraph of text.replace(/\t/g, " ").split("\n")) {
    let line = "";
    const room = () => Math.max(o.min ?? 10, width - displayWidth(prefix));
    const flush = () => {
      lines.push((prefix + line).trimEnd());
      prefix = rest;
      line = "";
    };
    const queue = units(held(paragraph, o.keep));
    for (let unit = queue.shift(); unit !== undefined; unit = queue.shift()) {
      if (unit.includes(HELD)) {
        const whole = unit.replaceAll(HELD, " ");
        // A kept span that cannot fit on a line of its own is wrapped like any text.
        if (displayWidth(whole) > room()) {
          queue.unshift(...unit.split(HELD).filter(Boolean));
          continue;
        }
        unit = whole;
      }
      const candidate = line ? `${line} ${unit}` : unit;
      if (displayWidth(candidate) <= room()) {
        line = candidate;
        continue;
      }
      if (line) flush();
      if (displayWidth(unit) <= room() || o.long === "whole") line = unit;
      else {
        const pieces = hardBreak(unit, room());
        for (const piece of pieces.slice(0, -1)) {
          line = piece;
          flush();
        }
        line = pieces.at(-1) ?? "";
      }
    }
    flush();
  }
  return lines;
}
