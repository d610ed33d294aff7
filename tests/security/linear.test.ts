import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gridRow } from "../../src/batch/input/columns.ts";
import { cellReader, normalizeLabel } from "../../src/load/cells.ts";
import type { Item } from "../../src/model/types.ts";
import { escapeMarkdown, escapeMarkdownInline } from "../../src/render/markdown.ts";
import { model } from "../batch/helpers.ts";

let work = 0;
const originals: [object, string, unknown][] = [];

/**
 * The regular expressions allowed to see a long input: each is one character class (with +
 * or g at most) or anchored at the start with nothing that can backtrack, so it tries each
 * position once.
 */
const LINEAR = new Set(
  [
    /[\u2018\u2019\u02bc]/g, // normalizeLabel: typographic apostrophes
    /\s+/g, // normalizeLabel: runs of spaces
    /\p{M}+/gu, // foldLabel: accents
    /'/g, // foldLabel: apostrophes
    /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/, // unInert: a formula sign first
    /([;,])/, // the multiple-choice reader: its separators
    /[;,]/, // the multiple-choice reader: separators of option labels
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern sanitizeText uses
    /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, // sanitizeText: controls
    /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029]/g, // sanitizeText: bidi
    /([\\`*_[\]<>|#])/g, // escapeMarkdown: markup characters
  ].map((r) => r.source),
);

/** Lets a regular expression run on a long input only if it is listed as linear. */
function screened(pattern: unknown, input: string): void {
  if (!(pattern instanceof RegExp) || input.length <= 256 || LINEAR.has(pattern.source)) return;
  throw new Error(`/${pattern.source}/ on ${input.length} characters: not known to be linear`);
}

/** Counts the characters each string operation is handed while `fn` runs. */
function counted<T>(fn: () => T): { result: T; work: number } {
  work = 0;
  const result = fn();
  return { result, work };
}

beforeAll(() => {
  const scanning = [
    "normalize",
    "toLowerCase",
    "replace",
    "split",
    "slice",
    "trim",
    "trimStart",
    "trimEnd",
    "indexOf",
    "lastIndexOf",
    "includes",
    "endsWith",
    "startsWith",
  ] as const;
  const proto = String.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of [...scanning, "match", "matchAll", "search", "replaceAll"]) {
    const original = proto[name] as (...a: unknown[]) => unknown;
    originals.push([proto, name, original]);
    proto[name] = function (this: string, ...args: unknown[]) {
      screened(args[0], this);
      work += this.length;
      return original.apply(this, args);
    };
  }
  const regexps = RegExp.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  for (const name of ["test", "exec"]) {
    const original = regexps[name] as (...a: unknown[]) => unknown;
    originals.push([regexps, name, original]);
    regexps[name] = function (this: RegExp, ...args: unknown[]) {
      screened(this, String(args[0]));
      return original.apply(this, args);
    };
  }
  for (const name of ["charAt", "charCodeAt"]) {
    const original = proto[name] as (...a: unknown[]) => unknown;
    originals.push([proto, name, original]);
    proto[name] = function (this: string, ...args: unknown[]) {
      work += 1;
      return original.apply(this, args);
    };
  }
  const arrays = Array.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const join = arrays.join as (...a: unknown[]) => string;
  originals.push([arrays, "join", join]);
  arrays.join = function (this: unknown[], ...args: unknown[]) {
    const out = join.apply(this, args);
    work += out.length;
    return out;
  };
});

afterAll(() => {
  for (const [owner, name, original] of originals.reverse())
    (owner as Record<string, unknown>)[name] = original;
});

const LADDER = [1 << 12, 1 << 14, 1 << 16, 1 << 18, 1 << 20];

/**
 * Work per input character, rung by rung: near-linear means it stays close to the first
 * rung's. Checked at each rung, so a quadratic function fails at the second, not after hours.
 */
function expectLinear(
  make: (n: number) => string,
  fn: (input: string) => unknown,
  ladder = LADDER,
): void {
  let first: number | undefined;
  for (const n of ladder) {
    const input = make(n);
    const perCharacter = counted(() => fn(input)).work / input.length;
    first ??= perCharacter;
    expect(perCharacter, `${n} characters`).toBeLessThan(first * 1.5 + 8);
  }
}

const team = model("team.yaml");
const multi = cellReader(team, team.items[team.itemIndex.get("m1") as number] as Item);

describe("work in proportion to the input", () => {
  it("normalizeLabel: a long run of dots, or of dots and spaces, before the end", () => {
    for (const unit of [".", ". ", "?!*:"]) {
      expectLinear((n) => `${unit.repeat(n / unit.length)}x`, normalizeLabel);
    }
    const dots = `${".".repeat(1 << 20)}x`;
    expect(normalizeLabel(dots)).toBe(dots);
    expect(normalizeLabel(`Agree${" .".repeat(1 << 19)}`)).toBe("agree");
  });

  it("the multiple-choice reader: 'a,' and 'walk,' repeated, split between ; and ,", () => {
    for (const unit of ["a,", "walk,", "walk;", "A break, a coffee;", ", ;"]) {
      // Up to 256 kB: the reader this replaced took 182 s on 80 kB of "a,".
      expectLinear((n) => unit.repeat(Math.ceil(n / unit.length)), multi, LADDER.slice(0, -1));
    }
    expect(multi("a,".repeat(1 << 17))).toBeUndefined();
    expect(multi("walk,".repeat(50_000))).toEqual(["walk"]);
    expect(multi("A break, a coffee;".repeat(15_000))).toEqual(["break"]);
  });

  it("a grid row in a header: a header full of [ or of ]", () => {
    for (const unit of ["[", "[a", "]", "[]"]) {
      expectLinear((n) => `${unit.repeat(n / unit.length)}]`, gridRow);
    }
    expect(gridRow(`${"[".repeat(1 << 20)}]`)).toBe("[".repeat((1 << 20) - 1));
  });

  it("Markdown on one line: a long run of spaces without a line break, and with many", () => {
    for (const make of [
      (n: number) => `a${" ".repeat(n)}b`,
      (n: number) => `a${" \n".repeat(n / 2)}b`,
      (n: number) => `${"\t".repeat(n)}\n`,
    ]) {
      expectLinear(make, escapeMarkdownInline);
    }
    expect(escapeMarkdownInline(`a${" ".repeat(1 << 20)}b`)).toBe(`a${" ".repeat(1 << 20)}b`);
    expect(escapeMarkdownInline(`a${" \n ".repeat(1 << 18)}b`)).toBe("a b");
  });
});

// The patterns the functions above replaced, as they were: the reference on short inputs.
const oldNormalize = (text: string) =>
  text
    .trim()
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/[\s.:?!*]+$/u, "")
    .trim();
const oldInline = (s: string) => escapeMarkdown(s).replace(/\s*\n\s*/g, " ");
const oldGrid = (header: string) => /\[([^\]]+)\]\s*$/.exec(header)?.[1];

const pieces = fc.constantFrom(" ", ".", "?", "*", "\n", "\r", "\t", "a", "É", "[", "]", "\u00a0");
const text = fc.array(pieces, { maxLength: 24 }).map((xs) => xs.join(""));

describe("the same results as the patterns they replace", () => {
  it("normalizeLabel", () => {
    fc.assert(
      fc.property(text, (t) => {
        const input = t.replace(/^'/, "");
        expect(normalizeLabel(input)).toBe(oldNormalize(input));
      }),
      { numRuns: 2000 },
    );
  });

  it("escapeMarkdownInline", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(escapeMarkdownInline(t)).toBe(oldInline(t));
      }),
      { numRuns: 2000 },
    );
  });

  it("the grid row of a header (headers arrive trimmed)", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(gridRow(t.trim())).toBe(oldGrid(t.trim()));
      }),
      { numRuns: 2000 },
    );
  });

  it("the multiple-choice reader", () => {
    const labels = ["A break, a coffee", "Talking about it", "walk", "talk", "x", "", " "];
    const cell = fc
      .array(fc.tuple(fc.constantFrom(...labels), fc.constantFrom(",", ";", ", ", "; ")), {
        maxLength: 6,
      })
      .map((xs) => xs.map(([l, s]) => l + s).join(""));
    fc.assert(
      fc.property(cell, (c) => {
        expect(multi(c)).toEqual(oldMulti(c));
      }),
      { numRuns: 2000 },
    );
  });
});

/** The reader as it was: every run of pieces tried, longest first. */
function oldMulti(cell: string): string[] | null | undefined {
  const one = (t: string) => {
    const v = multi(t);
    return Array.isArray(v) && v.length === 1 && normalizedWhole(t) ? v[0] : undefined;
  };
  const text = cell.trim();
  if (text === "") return null;
  const whole = one(text);
  if (whole !== undefined) return [whole];
  const parts = text.split(/([;,])/);
  const chosen: string[] = [];
  let i = 0;
  while (i < parts.length) {
    if ((parts[i] as string).trim() === "") {
      i += 2;
      continue;
    }
    let found: string | undefined;
    for (let j = parts.length - 1; j >= i && found === undefined; j -= 2) {
      found = one(
        parts
          .slice(i, j + 1)
          .join("")
          .trim(),
      );
      if (found !== undefined) i = j + 2;
    }
    if (found === undefined) return undefined;
    if (!chosen.includes(found)) chosen.push(found);
  }
  return chosen;
}

/** True when the text is one option's value or label as a whole, not a list of them. */
function normalizedWhole(t: string): boolean {
  const m1 = team.items[team.itemIndex.get("m1") as number] as Item & {
    options: { value: string; label: Record<string, string> }[];
  };
  const key = normalizeLabel(t);
  return m1.options.some(
    (o) =>
      o.value === t ||
      normalizeLabel(o.value) === key ||
      Object.values(o.label).some((l) => normalizeLabel(l) === key),
  );
}
