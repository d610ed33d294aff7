import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { div, type Exact, exact } from "../../src/core/exact.ts";
import { type ConditionContext, holds, describe as notation } from "../../src/engine/conditions.ts";
import type { AnswerValue, Condition } from "../../src/model/types.ts";

const answers: Record<string, AnswerValue> = {
  q1: 3,
  s1: "a",
  s2: "1",
  m1: ["x", "y"],
  t1: "free",
};
const percents: Record<string, Exact> = {
  calm: exact(70),
  // 200/3 = 66.666…, which no float holds exactly
  warmth: div(exact(200), exact(3)),
};
const ctx: ConditionContext = {
  answer: (id) => answers[id],
  band: (id) => ({ calm: "high", warmth: "middle" })[id] ?? null,
  percent: (id) => percents[id] ?? null,
  score: (id) => (id === "calm" ? exact(3.5) : null),
  hasFlag: (id) => id === "straight-lining",
};
const check = (c: Condition) => holds(c, ctx);

describe("comparisons", () => {
  it.each([
    [{ eq: 70 }, true],
    [{ eq: 69.99 }, false],
    [{ ne: 70 }, false],
    [{ ne: 71 }, true],
    [{ gt: 70 }, false],
    [{ gt: 69.9 }, true],
    [{ gte: 70 }, true],
    [{ gte: 70.01 }, false],
    [{ lt: 70 }, false],
    [{ lt: 70.1 }, true],
    [{ lte: 70 }, true],
    [{ lte: 69 }, false],
    [{ gte: 60, lt: 80 }, true],
    [{ gte: 60, lt: 70 }, false],
  ])("percent 70 compared with %o holds: %s", (cmp, want) => {
    expect(check({ percent: { calm: cmp } })).toBe(want);
  });

  it("compares exactly: 200/3 is below 66.66666666666667, though its nearest float is that number", () => {
    expect(check({ percent: { warmth: { gt: 66.66666666666667 } } })).toBe(false);
    expect(check({ percent: { warmth: { lt: 66.66666666666667 } } })).toBe(true);
    expect(check({ percent: { warmth: { gt: 66.666 } } })).toBe(true);
  });

  it("compares a score, and never holds on a dimension without one", () => {
    expect(check({ score: { calm: { gte: 3.5, lte: 3.5 } } })).toBe(true);
    expect(check({ score: { rigour: { gte: 0 } } })).toBe(false);
    expect(check({ score: { rigour: { lt: 1000 } } })).toBe(false);
    expect(check({ percent: { rigour: { ne: 50 } } })).toBe(false);
  });
});

describe("bands", () => {
  it("holds when the band is the one named, or one of those listed", () => {
    expect(check({ band: { calm: "high" } })).toBe(true);
    expect(check({ band: { calm: "low" } })).toBe(false);
    expect(check({ band: { warmth: ["low", "middle"] } })).toBe(true);
    expect(check({ band: { calm: "high", warmth: "high" } })).toBe(false);
  });

  it("never holds on a dimension without a band, but `not` around it does", () => {
    expect(check({ band: { rigour: "low" } })).toBe(false);
    expect(check({ not: { band: { rigour: "low" } } })).toBe(true);
  });
});

describe("answers", () => {
  it("matches a value, and an option written as a number", () => {
    expect(check({ answer: { q1: 3 } })).toBe(true);
    expect(check({ answer: { q1: 4 } })).toBe(false);
    expect(check({ answer: { s1: "a" } })).toBe(true);
    expect(check({ answer: { s2: 1 } })).toBe(true);
  });

  it("matches `in`, `has` and numeric comparisons", () => {
    expect(check({ answer: { s1: { in: ["b", "a"] } } })).toBe(true);
    expect(check({ answer: { s1: { in: ["b", "c"] } } })).toBe(false);
    expect(check({ answer: { m1: { has: "y" } } })).toBe(true);
    expect(check({ answer: { m1: { has: "z" } } })).toBe(false);
    expect(check({ answer: { m1: { in: ["z", "x"] } } })).toBe(true);
    expect(check({ answer: { q1: { gte: 3, lt: 4 } } })).toBe(true);
    expect(check({ answer: { q1: { gt: 3 } } })).toBe(false);
  });

  it("never matches an unanswered item, nor a comparison with a text answer", () => {
    expect(check({ answer: { q9: 3 } })).toBe(false);
    expect(check({ answer: { q9: { lt: 100 } } })).toBe(false);
    expect(check({ answer: { s1: { gte: 0 } } })).toBe(false);
  });

  it("`answered` holds when every item listed was answered", () => {
    expect(check({ answered: "t1" })).toBe(true);
    expect(check({ answered: ["q1", "m1"] })).toBe(true);
    expect(check({ answered: ["q1", "q9"] })).toBe(false);
  });
});

describe("flags and combinations", () => {
  it("`flag` holds when the flag was raised", () => {
    expect(check({ flag: "straight-lining" })).toBe(true);
    expect(check({ flag: "mixed-signals" })).toBe(false);
  });

  it("`all` needs every part, `any` one, `not` none", () => {
    const yes = { answer: { q1: 3 } };
    const no = { answer: { q1: 4 } };
    expect(check({ all: [yes, yes] })).toBe(true);
    expect(check({ all: [yes, no] })).toBe(false);
    expect(check({ any: [no, yes] })).toBe(true);
    expect(check({ any: [no, no] })).toBe(false);
    expect(check({ not: yes })).toBe(false);
    expect(check({ not: no })).toBe(true);
  });
});

describe("the trace of what held", () => {
  const trace = (c: Condition) => {
    const out: string[] = [];
    const ok = holds(c, ctx, out);
    return { ok, out };
  };

  it("lists every part of an `all`, and the first part of an `any` that held", () => {
    expect(
      trace({
        all: [
          { band: { calm: "high" } },
          { any: [{ answer: { q1: 9 } }, { answer: { s1: "a" } }, { flag: "straight-lining" }] },
        ],
      }),
    ).toEqual({ ok: true, out: ["band(calm) in [high]", "answer(s1) = a"] });
  });

  it("lists a `not` as itself", () => {
    expect(trace({ not: { band: { calm: "low" } } })).toEqual({
      ok: true,
      out: ["not (band(calm) in [low])"],
    });
  });

  it("adds nothing when the condition fails, even if some parts held", () => {
    expect(trace({ all: [{ band: { calm: "high" } }, { flag: "nope" }] })).toEqual({
      ok: false,
      out: [],
    });
  });
});

describe("the notation", () => {
  // The table of docs/scoring.md: each condition and how an explanation writes it.
  const doc = readFileSync(new URL("../../docs/scoring.md", import.meta.url), "utf8");
  const rows = [...doc.matchAll(/^\|\s*`([^`]+)`\s*\|\s*`([^`]+)`\s*\|$/gm)].map((m) => [
    m[1] as string,
    m[2] as string,
  ]);

  it("covers every kind of condition", () => {
    const kinds = new Set(rows.map(([c]) => Object.keys(parse(`{${c}}`))[0]));
    expect([...kinds].sort()).toEqual(
      ["answer", "answered", "band", "flag", "not", "percent", "score"].sort(),
    );
  });

  it.each(rows)("writes %s as %s", (condition, written) => {
    expect(notation(parse(`{${condition}}`) as Condition)).toBe(written);
  });

  it("writes `all` with and, `any` in parentheses with or", () => {
    expect(
      notation({
        all: [{ flag: "a" }, { any: [{ answered: "q1" }, { band: { x: ["l", "m"] } }] }],
      }),
    ).toBe("flag(a) and (answered(q1) or band(x) in [l, m])");
  });
});
