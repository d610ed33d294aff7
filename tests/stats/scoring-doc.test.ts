// The worked example of docs/scoring.md §23 (comparing two waves), run as it is written: the
// figures the page states are the ones src/stats computes. Two decimals in the page mean
// "rounded": a stated 1.06 holds for any value within 0.005 of it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { pearson } from "../../src/stats/correlation.ts";
import { describe as describeValues } from "../../src/stats/describe.ts";
import { pairedChange, welchChange } from "../../src/stats/intervals.ts";
import { changeError, rci, reliableChange } from "../../src/stats/rci.ts";

const doc = readFileSync(new URL("../../docs/scoring.md", import.meta.url), "utf8");
const section = doc.slice(doc.indexOf("### 23. Comparing two waves"));
const blocks = (kind: string) =>
  [...section.matchAll(new RegExp(`^\`\`\`yaml ${kind}\\n([\\s\\S]*?)^\`\`\`$`, "gm"))].map(
    (m) => parse(m[1] as string) as Record<string, unknown>,
  );

function stated(actual: number | null | undefined, value: number, what: string): void {
  expect(typeof actual, what).toBe("number");
  expect(Math.abs((actual as number) - value), what).toBeLessThanOrEqual(0.005 + 1e-12);
}

describe("docs/scoring.md §23, comparing two waves", () => {
  const [input] = blocks("compare") as [{ before: number[]; after: number[]; reliability: number }];
  const [paired, welch] = blocks("change") as [
    { paired: Record<string, number>; rci: number[]; reliable: string[] },
    { welch: Record<string, number> },
  ];

  it("has its example and its stated results", () => {
    expect(input.before).toHaveLength(5);
    expect(paired.rci).toHaveLength(5);
    expect(welch.welch).toBeDefined();
  });

  it("states the paired interval, d_z and each reliable change index", () => {
    const c = pairedChange(input.after.map((a, i) => a - (input.before[i] as number)));
    for (const [k, v] of Object.entries(paired.paired)) stated(c?.[k as "mean"], v, `paired.${k}`);
    const sDiff = changeError(
      describeValues(input.before)?.sd as number,
      input.reliability,
    ) as number;
    for (const [i, v] of paired.rci.entries()) {
      const index = rci(input.before[i] as number, input.after[i] as number, sDiff);
      stated(index, v, `rci[${i}]`);
      expect(reliableChange(index)).toBe(paired.reliable[i]);
    }
  });

  it("states the test-retest r and the reliable change indices resting on it", () => {
    const [retest] = blocks("retest") as [
      { r: number; sDiff: number; rci: number[]; reliable: string[] },
    ];
    const r = pearson(input.before, input.after) as number;
    stated(r, retest.r, "r");
    const sDiff = changeError(describeValues(input.before)?.sd as number, r) as number;
    stated(sDiff, retest.sDiff, "sDiff");
    for (const [i, v] of retest.rci.entries()) {
      const index = rci(input.before[i] as number, input.after[i] as number, sDiff);
      stated(index, v, `retest rci[${i}]`);
      expect(reliableChange(index)).toBe(retest.reliable[i]);
    }
  });

  it("states Welch's interval and degrees of freedom", () => {
    const c = welchChange(input.before, input.after);
    for (const [k, v] of Object.entries(welch.welch)) stated(c?.[k as "mean"], v, `welch.${k}`);
  });
});
