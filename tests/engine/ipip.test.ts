// Generality: an IPIP-style Big Five inventory scores exactly by its own published rule.
// The reference below reads the fixture as plain YAML and applies that rule by hand:
// a domain's or facet's score is the sum of its item scores, a minus-keyed answer a
// scoring 6 - a; its level is low, neutral or high as its mean is below, at or above 3.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { score } from "../../src/engine/score.ts";
import type { Result, TargetResult } from "../../src/engine/types.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";

const url = new URL("../fixtures/ipip/big-five.yaml", import.meta.url);
const text = readFileSync(url, "utf8");

interface RawItem {
  id: string;
  dimension: string;
  facet: string;
  reverse?: boolean;
}
const raw = parse(text) as { items: RawItem[] };
const items = raw.items;

function loadModel(): Model {
  const outcome = checkQuestionnaire(text, "big-five.yaml", "en");
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
  return outcome.model;
}
const model = loadModel();

type Sheet = Record<string, number>;

/** The published rule, for every domain and facet of a complete sheet. */
function reference(sheet: Sheet): Map<string, { sum: number; level: string }> {
  const totals = new Map<string, { sum: number; n: number }>();
  for (const item of items) {
    const a = sheet[item.id] as number;
    const keyed = item.reverse ? 6 - a : a;
    for (const target of [item.dimension, item.facet]) {
      const t = totals.get(target) ?? { sum: 0, n: 0 };
      totals.set(target, { sum: t.sum + keyed, n: t.n + 1 });
    }
  }
  const out = new Map<string, { sum: number; level: string }>();
  for (const [id, { sum, n }] of totals) {
    // mean < 3, = 3, > 3, compared in whole numbers: sum against 3n.
    const level = sum < 3 * n ? "low" : sum === 3 * n ? "neutral" : "high";
    out.set(id, { sum, level });
  }
  return out;
}

function targets(result: Result): Map<string, TargetResult> {
  const map = new Map<string, TargetResult>();
  for (const d of result.dimensions) {
    map.set(d.id, d);
    for (const f of d.facets) map.set(f.id, f);
  }
  return map;
}

function expectPublishedScores(sheet: Sheet): Map<string, TargetResult> {
  const got = targets(score(model, sheet));
  const want = reference(sheet);
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  for (const [id, { sum, level }] of want) {
    const t = got.get(id) as TargetResult;
    expect({ id, score: t.score, sum: t.sum, band: t.band }).toEqual({
      id,
      score: sum,
      sum,
      band: level,
    });
  }
  return got;
}

const byFacet = (facet: string) => items.filter((i) => i.facet === facet);
const fill = (value: number): Sheet => Object.fromEntries(items.map((i) => [i.id, value]));
/** Answers that key to `keyed` on every item of a facet. */
function keyedTo(sheet: Sheet, facet: string, keyed: number): void {
  for (const i of byFacet(facet)) sheet[i.id] = i.reverse ? 6 - keyed : keyed;
}

describe("an IPIP-style Big Five inventory", () => {
  it("has five domains of six facets of four items, keyed plus and minus, with UUID ids", () => {
    expect(model.dimensions).toHaveLength(5);
    for (const d of model.dimensions) expect(d.facets).toHaveLength(6);
    expect(items).toHaveLength(120);
    for (const f of model.targets.values()) {
      if (f.kind !== "facet") continue;
      const keys = byFacet(f.id).map((i) => i.reverse === true);
      expect(keys.filter((k) => k)).toHaveLength(2);
      expect(keys.filter((k) => !k)).toHaveLength(2);
    }
    for (const i of items)
      expect(i.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("scores a sheet of all 3s as sums of 12 per facet and 72 per domain, every level neutral", () => {
    const got = expectPublishedScores(fill(3));
    expect(got.get("anxiety")?.sum).toBe(12);
    expect(got.get("neuroticism")?.sum).toBe(72);
  });

  it("scores a sheet of all 5s as neutral: two plus-keyed 5s and two minus-keyed 1s per facet", () => {
    const got = expectPublishedScores(fill(5));
    expect(got.get("trust")?.band).toBe("neutral");
  });

  it("lands a domain whose mean is exactly 3 in neutral while its facets are low and high", () => {
    const sheet = fill(3);
    keyedTo(sheet, "anxiety", 4);
    keyedTo(sheet, "anger", 2);
    const got = expectPublishedScores(sheet);
    expect(got.get("anxiety")).toMatchObject({ sum: 16, band: "high" });
    expect(got.get("anger")).toMatchObject({ sum: 8, band: "low" });
    expect(got.get("neuroticism")).toMatchObject({ sum: 72, mean: 3, band: "neutral" });
  });

  it("lands a facet answered 5, 1, 3, 3 after keying at exactly 3: neutral", () => {
    const sheet = fill(4);
    const [a, b, c, d] = byFacet("orderliness");
    // plus-keyed 5 and 1; minus-keyed 3 and 3
    Object.assign(sheet, { [a!.id]: 5, [b!.id]: 1, [c!.id]: 3, [d!.id]: 3 });
    const got = expectPublishedScores(sheet);
    expect(got.get("orderliness")).toMatchObject({ sum: 12, mean: 3, band: "neutral" });
  });

  it("scores any complete sheet by the published rule", () => {
    const answer = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(answer, { minLength: 120, maxLength: 120 }), (values) => {
        expectPublishedScores(Object.fromEntries(items.map((i, k) => [i.id, values[k] as number])));
      }),
      { numRuns: 200, interruptAfterTimeLimit: 10_000 },
    );
  });

  it("scores sheets close to neutral by the published rule, where the edges matter", () => {
    // Mostly 3s, with a few answers moved by one: many domains and facets end exactly at 3.
    const nudge = fc.array(fc.tuple(fc.integer({ min: 0, max: 119 }), fc.constantFrom(2, 4)), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(nudge, (moves) => {
        const sheet = fill(3);
        for (const [k, v] of moves) sheet[(items[k] as RawItem).id] = v;
        expectPublishedScores(sheet);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 10_000 },
    );
  });

  it("explains each facet score by its four items, minus-keyed ones marked reversed", () => {
    const sheet = fill(3);
    keyedTo(sheet, "trust", 5);
    const trust = targets(score(model, sheet)).get("trust") as TargetResult;
    expect(trust.contributions.map((c) => c.item).sort()).toEqual(
      byFacet("trust")
        .map((i) => i.id)
        .sort(),
    );
    for (const c of trust.contributions) {
      const item = items.find((i) => i.id === c.item) as RawItem;
      expect(c).toMatchObject({
        points: 5,
        reversed: item.reverse === true,
        answer: item.reverse ? 1 : 5,
      });
    }
  });

  it("prorates a facet with one missing answer and leaves one with two missing unscored", () => {
    const sheet: Partial<Sheet> = fill(4);
    const [a] = byFacet("cautiousness");
    const [b, c] = byFacet("modesty");
    delete sheet[a!.id];
    delete sheet[b!.id];
    delete sheet[c!.id];
    const got = targets(score(model, sheet as Sheet));
    // cautiousness: 3 answered (4, and minus-keyed 4s scoring 2 and 2): mean 8/3, sum 8 × 4/3
    expect(got.get("cautiousness")).toMatchObject({
      status: "ok",
      answered: 3,
      raw: 8,
      band: "low",
    });
    expect(got.get("cautiousness")?.sum).toBeCloseTo(32 / 3, 12);
    expect(got.get("modesty")).toMatchObject({
      status: "insufficient",
      answered: 2,
      band: null,
      sum: null,
    });
  });
});
