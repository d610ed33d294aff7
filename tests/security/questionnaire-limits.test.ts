// A hostile questionnaire cannot stall or crash the commands that load it: a condition of
// thousands of tests, conditions nested deep, thousands of bands are each refused with one
// line at their place, before any check walks them; just under the limits, a questionnaire
// still validates. The checks themselves are iterative or sort-based.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../src/load/limits.ts";
import { type Band, overlapping } from "../../src/load/semantic/bands.ts";
import { intersect } from "../../src/load/semantic/intervals.ts";
import type { Interval } from "../../src/model/model.ts";
import { runCli } from "../cli/in-process.ts";
import { folderWith, mini } from "./helpers.ts";

const ADVICE_WHEN = "    when: {band: {calm: low}}\n";
const BANDS = / {6}- \{id: low.*\n {6}- \{id: middle.*\n {6}- \{id: high.*\n/;

/** mini.yaml with `n` tests in its advice's condition, all of them `band: {calm: low}`. */
const withTests = (text: string, n: number) =>
  text.replace(
    ADVICE_WHEN,
    `    when:\n      all:\n${"        - {band: {calm: low}}\n".repeat(n)}`,
  );

/** mini.yaml with its advice's condition inside `depth` levels of `not` (an even number holds). */
const withDepth = (text: string, depth: number) =>
  text.replace(
    ADVICE_WHEN,
    `    when: ${"{not: ".repeat(depth)}{band: {calm: low}}${"}".repeat(depth)}\n`,
  );

/** mini.yaml with `n` bands of width `step` covering 0 to 100, the first "low", the last "high". */
function withBands(text: string, n: number, step: number): string {
  const lines = Array.from({ length: n }, (_, i) => {
    const id = i === 0 ? "low" : i === n - 1 ? "high" : `b${i}`;
    const end = i === n - 1 ? "]" : ")";
    return `      - {id: ${id}, range: "[${i * step}, ${(i + 1) * step}${end}", label: x}\n`;
  });
  return text.replace(BANDS, lines.join(""));
}

/** Runs validate and batch on the questionnaire: one problem line each, exit 1. */
async function refused(text: string, line: RegExp): Promise<void> {
  const cwd = folderWith({ "q.yaml": text });
  for (const args of [
    ["validate", "q.yaml"],
    ["batch", "q.yaml", "-"],
  ]) {
    const r = await runCli(args, { cwd, stdin: "" });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines[0]).toMatch(line);
    expect(r.stderr).not.toMatch(/internal error|Maximum call stack|\n\s+at /);
    if (args[0] === "validate") expect(lines).toHaveLength(1);
  }
}

describe("a hostile questionnaire, through the command line", () => {
  it("an advice whose `all` holds 7,000 tests is refused at its condition, in both languages", async () => {
    const text = withTests(mini, 7000);
    await refused(
      text,
      /^q\.yaml:\d+:\d+: this condition holds 7000 tests, more than the 500 reflet reads \(split it/,
    );
    const r = await runCli(["validate", "q.yaml"], {
      cwd: folderWith({ "q.yaml": text }),
      env: { REFLET_LANG: "fr" },
    });
    expect(r.stderr.trim()).toMatch(
      /^q\.yaml:\d+:\d+: cette condition contient 7000 tests, plus que les 500 que lit reflet \(/,
    );
  }, 120_000);

  it("a condition nested 40 levels deep is refused at its condition", async () => {
    await refused(
      withDepth(mini, 40),
      /^q\.yaml:\d+:\d+: this condition nests all, any and not 40 levels deep, more than the 16/,
    );
  }, 60_000);

  it("5,000 bands are refused at the bands, in one line", async () => {
    await refused(
      withBands(mini, 5000, 0.02),
      /^q\.yaml:21:7: 5000 bands, more than the 100 reflet reads \(a few bands/,
    );
  }, 120_000);

  it("a questionnaire just under every limit still validates, its test case passing", async () => {
    let text = withBands(mini, LIMITS.maxBands, 100 / LIMITS.maxBands);
    text = withTests(text, LIMITS.maxConditionTests);
    text = text.replace(
      "when: {band: {calm: high}}}",
      `when: ${"{not: ".repeat(LIMITS.maxConditionDepth)}{band: {calm: high}}${"}".repeat(LIMITS.maxConditionDepth)}}`,
    );
    const cwd = folderWith({ "q.yaml": text });
    const r = await runCli(["validate", "q.yaml"], { cwd });
    // Bands without texts are worth a warning, never an error.
    const problems = r.stderr.split("\n").filter((l) => l && !l.includes(": warning: "));
    expect(problems).toEqual([]);
    expect(r.code).toBe(0);
    expect((await runCli(["test", "q.yaml"], { cwd })).code).toBe(0);
  }, 120_000);
});

describe("the overlap check of bands", () => {
  const edge = fc.integer({ min: 0, max: 12 });
  const interval = fc
    .tuple(edge, edge, fc.boolean(), fc.boolean())
    .map(
      ([a, b, loIncluded, hiIncluded]): Interval => ({
        lo: Math.min(a, b),
        hi: Math.max(a, b),
        loIncluded,
        hiIncluded,
      }),
    )
    .filter((r) => intersect(r, r) !== null);
  const domain: Interval = { lo: 0, hi: 10, loIncluded: true, hiIncluded: true };
  const shares = (a: Band, b: Band) => {
    const both = intersect(a.range, b.range);
    return both !== null && intersect(both, domain) !== null;
  };

  it("finds every band that overlaps another, and only true overlaps, as the pairwise check does", async () => {
    fc.assert(
      fc.property(fc.array(interval, { maxLength: 12 }), (ranges) => {
        const bands: Band[] = ranges.map((range, order) => ({
          id: `b${order}`,
          range,
          at: [],
          order,
        }));
        const pairs = overlapping(bands, domain);
        for (const [a, b] of pairs) {
          expect(a.order).toBeLessThan(b.order);
          expect(shares(a, b)).toBe(true);
        }
        const found = new Set(pairs.flat());
        for (const b of bands) {
          const overlaps = bands.some((a) => a !== b && shares(a, b));
          expect(found.has(b)).toBe(overlaps);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("sorts 100,000 bands and finds each of their 100 overlaps once", async () => {
    const bands: Band[] = Array.from({ length: 100_000 }, (_, i) => ({
      id: `b${i}`,
      range: { lo: i, hi: i + 1, loIncluded: true, hiIncluded: i % 1000 === 0 },
      at: [],
      order: i,
    }));
    const pairs = overlapping(bands, { lo: 0, hi: 1e6, loIncluded: true, hiIncluded: true });
    expect(pairs.map(([a, b]) => [a.order, b.order])).toEqual(
      Array.from({ length: 100 }, (_, k) => [k * 1000, k * 1000 + 1]),
    );
  });
});
