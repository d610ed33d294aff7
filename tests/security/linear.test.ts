// Every text function that sees a CSV cell, a header or a note does work in proportion to
// its input. Each is fed adversarial inputs of growing length (a ladder up to a megabyte,
// the CSV record limit) and its work is counted, not timed: every character handed to a
// string operation is counted, so a loop that scans or joins the input again and again shows
// as work growing faster than the input. Backtracking inside one regular expression is not
// visible to the count; the ladder's top is what catches it: the patterns these functions
// replaced took 25 s on 200 kB and would take minutes on a megabyte, past the test timeout.
// Each function also gives the same results as the pattern it replaced, on short inputs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cellReader, normalizeLabel } from "../../src/batch/cells.ts";
import { gridRow } from "../../src/batch/columns.ts";
import type { Item } from "../../src/model/types.ts";
import { escapeMarkdown, escapeMarkdownInline } from "../../src/render/markdown.ts";
import { model } from "../batch/helpers.ts";
import { folderWith, reflet, root } from "./helpers.ts";

let work = 0;
const originals: [object, string, unknown][] = [];

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
  for (const name of scanning) {
    const original = proto[name] as (...a: unknown[]) => unknown;
    originals.push([proto, name, original]);
    proto[name] = function (this: string, ...args: unknown[]) {
      work += this.length;
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

/** Work per input character at each rung; near-linear means the last is close to the first. */
function perCharacter(
  make: (n: number) => string,
  fn: (input: string) => unknown,
  ladder = LADDER,
): number[] {
  return ladder.map((n) => {
    const input = make(n);
    return counted(() => fn(input)).work / input.length;
  });
}

function expectLinear(ratios: number[]): void {
  const first = ratios[0] as number;
  for (const r of ratios) expect(r).toBeLessThan(first * 1.5 + 8);
}

const team = model("team.yaml");
const multi = cellReader(team, team.items[team.itemIndex.get("m1") as number] as Item);

describe("work in proportion to the input", () => {
  it("normalizeLabel: a long run of dots, or of dots and spaces, before the end", () => {
    for (const unit of [".", ". ", "?!*:"]) {
      const ratios = perCharacter((n) => `${unit.repeat(n / unit.length)}x`, normalizeLabel);
      expectLinear(ratios);
    }
    const dots = `${".".repeat(1 << 20)}x`;
    expect(normalizeLabel(dots)).toBe(dots);
    expect(normalizeLabel(`Agree${" .".repeat(1 << 19)}`)).toBe("agree");
  });

  it("the multiple-choice reader: 'a,' and 'walk,' repeated, split between ; and ,", () => {
    for (const unit of ["a,", "walk,", "walk;", "A break, a coffee;", ", ;"]) {
      // Up to 256 kB: the reader this replaced took 182 s on 80 kB of "a,".
      const ratios = perCharacter(
        (n) => unit.repeat(Math.ceil(n / unit.length)),
        multi,
        LADDER.slice(0, -1),
      );
      expectLinear(ratios);
    }
    expect(multi("a,".repeat(1 << 17))).toBeUndefined();
    expect(multi("walk,".repeat(50_000))).toEqual(["walk"]);
    expect(multi("A break, a coffee;".repeat(15_000))).toEqual(["break"]);
  });

  it("a grid row in a header: a header full of [ or of ]", () => {
    for (const unit of ["[", "[a", "]", "[]"]) {
      const ratios = perCharacter((n) => `${unit.repeat(n / unit.length)}]`, gridRow);
      expectLinear(ratios);
    }
    expect(gridRow(`${"[".repeat(1 << 20)}]`)).toBe("[".repeat((1 << 20) - 1));
  });

  it("Markdown on one line: a long run of spaces without a line break, and with many", () => {
    for (const make of [
      (n: number) => `a${" ".repeat(n)}b`,
      (n: number) => `a${" \n".repeat(n / 2)}b`,
      (n: number) => `${"\t".repeat(n)}\n`,
    ]) {
      expectLinear(perCharacter(make, escapeMarkdownInline));
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

describe("a batch of hostile cells, through the binary", () => {
  it("a label of dots, a multiple choice of 'walk,' and a note of spaces, near the 1 MB record limit, are read", () => {
    const team = readFileSync(join(root, "tests/fixtures/batch/team.yaml"), "utf8");
    const likert = "5,1,4,2,5,1,4";
    const rows = [
      `participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1,${"[".repeat(500_000)}]`,
      `dots,${".".repeat(900_000)}x,1,4,2,5,1,4,listen,walk,,`,
      `choices,${likert},listen,"${"walk,".repeat(180_000)}",,`,
      `note,${likert},listen,walk,a${" ".repeat(900_000)}b,`,
      `last,${likert},listen,walk,,`,
    ];
    const cwd = folderWith({ "team.yaml": team, "team.csv": `${rows.join("\n")}\n` });
    const r = reflet(
      [
        "batch",
        "team.yaml",
        "team.csv",
        "--format",
        "jsonl",
        "--summary",
        "s.md",
        "--include-notes",
        "--min-group",
        "1",
      ],
      { cwd, timeout: 120_000, env: { REFLET_LANG: "en" } },
    );
    expect(r.stderr.trim().split("\n").at(-1)).toBe("3 scored, 1 rejected, 0 flagged");
    expect(r.code).toBe(1);
    const ids = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).participant);
    expect(ids).toEqual(["choices", "note", "last"]);
    const summary = readFileSync(join(cwd, "s.md"), "utf8");
    expect(summary.includes(`- a${" ".repeat(900_000)}b`)).toBe(true);
  }, 120_000);
});
