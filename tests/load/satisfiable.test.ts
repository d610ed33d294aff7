import { describe, expect, it } from "vitest";
import { closed } from "../../src/load/semantic/intervals.ts";
import type { ItemShape, TargetShape, Universe } from "../../src/load/semantic/normal-form.ts";
import { impossibility } from "../../src/load/semantic/satisfiable.ts";
import type { Condition } from "../../src/model/types.ts";

const calm: TargetShape = {
  aggregate: "mean",
  bandsOn: "percent",
  percent: closed(0, 100),
  mean: closed(1, 5),
  sum: closed(3, 15),
  bands: [
    { id: "low", range: { lo: 0, hi: 40, loIncluded: true, hiIncluded: false } },
    { id: "middle", range: { lo: 40, hi: 70, loIncluded: true, hiIncluded: false } },
    { id: "high", range: closed(70, 100) },
  ],
};

const ITEMS: [string, ItemShape][] = [
  ["c1", { kind: "single", values: [1, 2, 3, 4, 5] }],
  ["s1", { kind: "single", values: ["a", "b"] }],
  ["m1", { kind: "multi", values: ["x", "y", "z"] }],
  ["note", { kind: "text", values: [] }],
];

/** After scoring, or while answering the item at index `askedAt`. */
function universe(askedAt?: number): Universe {
  return {
    scored: askedAt === undefined,
    flags: ["straight-lining", "p1"],
    target: (id) => (id === "calm" ? calm : undefined),
    item: (id) => {
      // q0, q1...: as many independent three-valued items as a test wants, asked first.
      if (/^q\d+$/.test(id)) return { kind: "single", values: [1, 2, 3], answerable: true };
      const index = ITEMS.findIndex(([name]) => name === id);
      const shape = ITEMS[index]?.[1];
      return shape && { ...shape, answerable: askedAt === undefined || index < askedAt };
    },
  };
}

const why = (c: Condition, askedAt?: number) => impossibility(c, universe(askedAt));

describe("conditions that can hold", () => {
  it.each<[string, Condition]>([
    ["a band", { band: { calm: "low" } }],
    [
      "two bands of a list, with a percent inside one of them",
      { all: [{ band: { calm: ["low", "middle"] } }, { percent: { calm: { gte: 50 } } }] },
    ],
    ["a percent at the edge of 0-100", { percent: { calm: { gte: 100 } } }],
    ["a mean at the top of the scale", { score: { calm: { gte: 5 } } }],
    [
      "one viable way among contradictory ones",
      {
        any: [
          { all: [{ band: { calm: "low" } }, { band: { calm: "high" } }] },
          { band: { calm: "middle" } },
        ],
      },
    ],
    [
      "not both of two bands",
      { not: { all: [{ band: { calm: "low" } }, { band: { calm: "high" } }] } },
    ],
    [
      "an answer in a list and one of its values",
      { all: [{ answer: { c1: { in: [1, 2] } } }, { answer: { c1: 2 } }] },
    ],
    [
      "two options of a multiple choice",
      { all: [{ answer: { m1: { has: "x" } } }, { answer: { m1: { has: "y" } } }] },
    ],
    [
      "not a percent, which also holds with too few answers",
      { not: { percent: { calm: { gte: 0 } } } },
    ],
    ["a flag and another flag", { all: [{ flag: "p1" }, { flag: "straight-lining" }] }],
    ["a test on free text, which is not decided here", { answer: { note: "x" } }],
    [
      "a leaf about something unknown, which is reported elsewhere",
      { percent: { other: { gt: 200 } } },
    ],
  ])("%s", (_, c) => {
    expect(why(c)).toBeNull();
  });
});

describe("conditions that can never hold", () => {
  it("a percent above 100 never holds, and says over what the percent runs", () => {
    expect(why({ percent: { calm: { gte: 101 } } })).toEqual({
      reason: "impossible",
      path: ["percent", "calm"],
      leaf: "percent(calm) >= 101",
      range: "[0, 100]",
    });
  });

  it("a mean beyond the scale never holds", () => {
    expect(why({ score: { calm: { gt: 5 } } })).toMatchObject({
      reason: "impossible",
      range: "[1, 5]",
    });
  });

  it("two different bands of one target under all contradict each other", () => {
    expect(why({ all: [{ band: { calm: "low" } }, { band: { calm: "high" } }] })).toEqual({
      reason: "conflict",
      path: ["all", 1, "band", "calm"],
      leaf: "band(calm) in [high]",
      other: ["all", 0, "band", "calm"],
      otherLeaf: "band(calm) in [low]",
    });
  });

  it("a percent above 70 and below 30 contradict each other", () => {
    const c = { all: [{ percent: { calm: { gt: 70 } } }, { percent: { calm: { lt: 30 } } }] };
    expect(why(c)).toMatchObject({ reason: "conflict", leaf: "percent(calm) < 30" });
  });

  it("a band and a percent outside that band contradict each other", () => {
    const c = { all: [{ band: { calm: "low" } }, { percent: { calm: { gt: 70 } } }] };
    expect(why(c)).toMatchObject({ reason: "conflict", otherLeaf: "band(calm) in [low]" });
  });

  it("not in a band and a percent inside it contradict each other", () => {
    const c = { all: [{ not: { band: { calm: "low" } } }, { percent: { calm: { lt: 40 } } }] };
    expect(why(c)).toMatchObject({ reason: "conflict", otherLeaf: "not (band(calm) in [low])" });
  });

  it("a double negation is the condition itself", () => {
    expect(why({ not: { not: { percent: { calm: { gt: 100 } } } } })).toMatchObject({
      reason: "impossible",
      path: ["not", "not", "percent", "calm"],
    });
  });

  it("when every way through any fails, the whole condition is reported", () => {
    const c = {
      all: [
        { percent: { calm: { gt: 70 } } },
        { any: [{ band: { calm: "low" } }, { band: { calm: "middle" } }] },
      ],
    };
    expect(why(c)).toEqual({ reason: "no-way", path: [] });
  });

  it.each<[string, Condition]>([
    ["an answer of 1 and of 2", { all: [{ answer: { c1: 1 } }, { answer: { c1: 2 } }] }],
    [
      "an answer of at least 4 and at most 3",
      { all: [{ answer: { c1: { gte: 4 } } }, { answer: { c1: { lte: 3 } } }] },
    ],
    [
      "an answered item that is not answered",
      { all: [{ answered: "c1" }, { not: { answered: "c1" } }] },
    ],
    [
      "an answer to an item that is not answered",
      { all: [{ not: { answered: "s1" } }, { answer: { s1: "a" } }] },
    ],
    [
      "an option picked and not picked",
      { all: [{ answer: { m1: { has: "x" } } }, { not: { answer: { m1: "x" } } }] },
    ],
    ["a flag raised and not raised", { all: [{ flag: "p1" }, { not: { flag: "p1" } }] }],
  ])("%s contradict each other", (_, c) => {
    expect(why(c)).toMatchObject({ reason: "conflict" });
  });

  it("a value no answer can have never holds", () => {
    expect(why({ answer: { c1: { gt: 5 } } })).toMatchObject({ reason: "impossible" });
    expect(why({ answer: { m1: "w" } })).toMatchObject({ reason: "impossible" });
  });
});

describe("while the person answers", () => {
  it("scores, bands and flags are not known yet", () => {
    expect(why({ band: { calm: "low" } }, 2)).toMatchObject({ reason: "impossible" });
    expect(why({ flag: "p1" }, 2)).toMatchObject({ reason: "impossible" });
    expect(why({ not: { percent: { calm: { gt: 50 } } } }, 2)).toBeNull();
  });

  it("an earlier item has an answer, a later one (or the item itself) has none", () => {
    expect(why({ answer: { c1: 3 } }, 1)).toBeNull();
    expect(why({ answer: { s1: "a" } }, 1)).toMatchObject({ reason: "impossible" });
    expect(why({ answered: "m1" }, 2)).toMatchObject({ reason: "impossible" });
    expect(why({ not: { answered: "m1" } }, 2)).toBeNull();
  });
});

describe("a condition too large to search", () => {
  it("is taken as possible rather than searched for long", () => {
    const choices = Array.from({ length: 14 }, (_, i) => ({
      any: [1, 2, 3].map((v) => ({ answer: { [`q${i}`]: v } })),
    }));
    const c = { all: [...choices, { answer: { c1: 1 } }, { answer: { c1: 2 } }] };
    expect(why(c)).toBeNull();
  });
});
