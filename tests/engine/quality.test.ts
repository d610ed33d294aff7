import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { loadWith } from "./load.ts";

const items = (n: number, extra: (i: number) => Record<string, unknown> = () => ({})) =>
  Array.from({ length: n }, (_, i) => ({
    id: `q${i}`,
    type: "likert",
    scale: "agree5",
    dimension: "d",
    text: `Item ${i}.`,
    ...extra(i),
  }));
const dimensions = [{ id: "d", name: "D", bands: "levels" }];
const sheet = (values: number[]) => Object.fromEntries(values.map((v, i) => [`q${i}`, v]));

describe("straight-lining", () => {
  const m = loadWith({ dimensions, items: items(10) });
  const flags = (values: number[]) => score(m, sheet(values)).flags.map((f) => f.id);

  it("is raised when 9 of 10 answers are the same (default share 0.9)", () => {
    expect(flags([4, 4, 4, 4, 4, 4, 4, 4, 4, 2])).toEqual(["straight-lining"]);
  });

  it("is not raised at 8 of 10", () => {
    expect(flags([4, 4, 4, 4, 4, 4, 4, 4, 2, 2])).toEqual([]);
  });

  it("needs at least 8 answers by default", () => {
    expect(flags([3, 3, 3, 3, 3, 3, 3])).toEqual([]);
    expect(flags([3, 3, 3, 3, 3, 3, 3, 3])).toEqual(["straight-lining"]);
  });

  it("looks at the answers as given, before reverse keying", () => {
    const mixed = loadWith({
      dimensions,
      items: items(8, (i) => (i % 2 ? { reverse: true } : {})),
    });
    const r = score(mixed, sheet([5, 5, 5, 5, 5, 5, 5, 5]));
    expect(r.flags).toEqual([
      {
        id: "straight-lining",
        kind: "straight-lining",
        items: ["q0", "q1", "q2", "q3", "q4", "q5", "q6", "q7"],
      },
    ]);
  });

  it("follows the questionnaire's own minItems and maxShare", () => {
    const strict = loadWith({
      dimensions,
      items: items(4),
      quality: { straightLining: { minItems: 3, maxShare: 0.75 } },
    });
    expect(score(strict, sheet([2, 2, 2, 5])).flags.map((f) => f.id)).toEqual(["straight-lining"]);
    expect(score(strict, sheet([2, 2, 5])).flags).toEqual([]);
  });

  it("does not count hidden items", () => {
    const hidden = loadWith({
      dimensions,
      items: items(10, (i) => (i >= 2 ? { when: { answer: { q0: { lte: 3 } } } } : {})),
    });
    expect(score(hidden, sheet([4, 4, 4, 4, 4, 4, 4, 4, 4, 4])).flags).toEqual([]);
  });
});

describe("inconsistent pairs", () => {
  const m = loadWith({
    dimensions,
    items: items(4, (i) => (i === 3 ? { reverse: true } : {})),
    quality: { pairs: [{ id: "mixed", items: ["q0", "q3"], maxGap: 1 }] },
  });
  const flags = (answers: Record<string, number>) =>
    score(m, answers)
      .flags.filter((f) => f.kind === "inconsistent")
      .map((f) => f.id);

  it("is raised when the keyed answers differ by more than maxGap", () => {
    // q3 keyed: 6 - 4 = 2, against 4
    expect(flags({ q0: 4, q3: 4 })).toEqual(["mixed"]);
  });

  it("is not raised at a gap of exactly maxGap", () => {
    expect(flags({ q0: 4, q3: 3 })).toEqual([]);
  });

  it("agrees with itself across keying: 5 and a reverse-keyed 1 say the same", () => {
    expect(flags({ q0: 5, q3: 1 })).toEqual([]);
  });

  it("needs both items answered", () => {
    expect(flags({ q0: 5 })).toEqual([]);
  });

  it("changes no score", () => {
    const flagged = score(m, { q0: 4, q1: 3, q2: 3, q3: 4 });
    expect(flagged.flags).toHaveLength(1);
    expect(flagged.dimensions[0]?.percent).toBe(((4 + 3 + 3 + 2 - 4) / 16) * 100);
  });
});
