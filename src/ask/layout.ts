// Fitting a question to the terminal: every line wrapped at words to its width, and the
// options paged to its height, with a mark saying what is hidden above and below. Pure:
// the sizes come from the prompt's output stream, the paging mirrors Inquirer's (without
// looping), so the mark says exactly what the page leaves out.
import { COMMAND_SPAN, columnsOf, wrap } from "../term/wrap.ts";

export interface Screen {
  columns: number;
  /** Absent when the output is not a terminal (tests): nothing is paged. */
  rows?: number;
}

/** The fewest option lines a page shows, however short the terminal. */
const MIN_PAGE = 3;

export function screenOf(output?: NodeJS.WritableStream): Screen {
  const rows = (output as { rows?: number } | undefined)?.rows;
  const columns = columnsOf(output);
  return rows && rows > 0 ? { columns, rows } : { columns };
}

/**
 * Lines of `text` for the screen, each at most one column short of its width; a command it
 * suggests (`export EDITOR=nano`, `reflet …`) kept on one line when it fits one.
 */
export function fitLines(text: string, screen: Screen): string[] {
  return wrap(text, screen.columns - 1, { keep: COMMAND_SPAN });
}

/** An option's label wrapped after a prefix (cursor, number) of `prefix` columns, aligned under it. */
export function wrapLabel(label: string, prefix: number, screen: Screen): string {
  const indent = " ".repeat(prefix);
  return wrap(label, screen.columns - 1, { first: indent, rest: indent })
    .map((line, i) => (i === 0 ? line.slice(prefix) : line))
    .join("\n");
}

export interface Hidden {
  above: number;
  below: number;
}

export interface Page {
  /** Lines of options shown at once (Inquirer's pageSize). */
  size: number;
  /** For each entry, when it is the active one: how many entries the page hides. */
  hidden: Hidden[];
}

/**
 * The page for entries taking `heights` lines each, under `used` lines of question and hints
 * (counting the line of the mark). Everything fits: one page, nothing hidden. Entries that
 * are not options (`options[j]` false: a blank separator) are not counted as hidden.
 */
export function pageFor(
  heights: readonly number[],
  used: number,
  screen: Screen,
  options: readonly boolean[] = [],
): Page {
  const total = heights.reduce((a, b) => a + b, 0);
  const none = heights.map(() => ({ above: 0, below: 0 }));
  if (screen.rows === undefined || total <= screen.rows - used + 1)
    return { size: total, hidden: none };
  const tallest = Math.max(...heights);
  const size = Math.max(MIN_PAGE, tallest, screen.rows - used);
  if (total <= size) return { size: total, hidden: none };
  const starts: number[] = [];
  let at = 0;
  for (const h of heights) {
    starts.push(at);
    at += h;
  }
  const middle = Math.floor(size / 2);
  // starts has one entry per height, at the same index.
  const hidden = heights.map((h, active) => {
    const start = starts[active]!;
    // Inquirer's pointer without looping: mid-page, or pushed down near the end of the list.
    const under = total - start;
    const pointer = under < size - middle ? size - under : Math.min(start, middle);
    const position = pointer + h <= size ? pointer : size - h;
    const top = start - position;
    const bottom = top + size;
    return {
      above: starts.filter((s, j) => s < top && options[j] !== false).length,
      below: heights.filter((hh, j) => starts[j]! + hh > bottom && options[j] !== false).length,
    };
  });
  return { size, hidden };
}

export interface Entry {
  value: string;
  name: string;
  /** Shown after the question once answered: the label as written, not wrapped. */
  short?: string;
  checked?: boolean;
  /** The mark of what the page hides while this entry is the active one. */
  description?: string;
}

export interface Paged {
  /** The entries, labels wrapped; a gap is a blank line between options and the way back. */
  entries: (Entry | "gap")[];
  size: number;
}

/** Lines a select or checkbox takes besides its options: question, blank, mark, hints, spare. */
export const around = (question: readonly string[], hints: readonly string[], extra = 0) =>
  question.length + hints.length + 3 + extra;

/**
 * Entries wrapped to the width after their prefix (`prefix(n)` columns for the n-th), paged
 * to the height left under `used` lines, each with the mark of what its page hides.
 */
export function paged(
  entries: readonly (Entry | "gap")[],
  prefix: (n: number) => number,
  o: { used: number; screen: Screen; mark: (above: number, below: number) => string },
): Paged {
  let n = 0;
  const wrapped = entries.map((e) =>
    e === "gap"
      ? e
      : { ...e, short: e.short ?? e.name, name: wrapLabel(e.name, prefix(++n), o.screen) },
  );
  const heights = wrapped.map((e) => (e === "gap" ? 1 : e.name.split("\n").length));
  const isOption = wrapped.map((e) => e !== "gap");
  const page = pageFor(heights, o.used, o.screen, isOption);
  return {
    entries: wrapped.map((e, i) => {
      if (e === "gap") return e;
      const hidden = page.hidden[i] ?? { above: 0, below: 0 };
      const mark = o.mark(hidden.above, hidden.below);
      return mark ? { ...e, description: mark } : e;
    }),
    size: page.size,
  };
}
