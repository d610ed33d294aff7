// Properties of the engine over random questionnaires and answer sheets.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import type { Result, TargetResult } from "../../src/engine/types.ts";
import { inInterval } from "../../src/model/compile.ts";
import type { Target } from "../../src/model/model.ts";
import type { AnswerValue, Item, LikertItem } from "../../src/model/types.ts";
import { build, type Case, caseArb, SCALES } from "./arbitraries.ts";

// A failing property is reported with the smallest example found within the time limit.
const RUNS = { numRuns: 300, interruptAfterTimeLimit: 10_000 };

function targetsOf(r: Result): TargetResult[] {
  return r.dimensions.flatMap(({ facets, ...d }) => [d, ...facets]);
}

/** What a target is worth, without how it was explained. */
function numbers(t: TargetResult) {
  const { contributions, ...rest } = t as TargetResult & { facets?: unknown };
  delete (rest as { facets?: unknown }).facets;
  return rest;
}

const scores = (r: Result) => targetsOf(r).map(numbers);

describe("engine properties", () => {
  it("reversing a reverse-keyed item's answer mirrors its contribution", () => {
    const arb = caseArb({ missing: 0.2 }).chain((c) => {
      const likerts = c.file.items.filter((i): i is LikertItem => i.type === "likert");
      return fc.record({ c: fc.constant(c), item: fc.constantFrom(...likerts) });
    });
    fc.assert(
      fc.property(arb, ({ c, item }) => {
        const values = SCALES[item.scale] as number[];
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        for (const v of values) {
          // Mirrored answer on the other keying: the same points, so the same scores.
          const flipped = build({
            ...c.file,
            items: c.file.items.map((i) => (i === item ? { ...item, reverse: !item.reverse } : i)),
          });
          const a = score(c.model, { ...c.answers, [item.id]: v });
          const b = score(flipped, { ...c.answers, [item.id]: lo + hi - v });
          expect(scores(b)).toEqual(scores(a));
          // On one keying, an answer and its mirror add up to the whole weighted range.
          const points = (answer: number) =>
            score(c.model, { ...c.answers, [item.id]: answer })
              .dimensions.find((d) => d.id === item.dimension)
              ?.contributions.find((x) => x.item === item.id)?.points as number;
          const w = item.weight ?? 1;
          expect(points(v) + points(lo + hi - v)).toBeCloseTo(w * (lo + hi), 10);
        }
      }),
      RUNS,
    );
  });

  it("does not depend on the order of the items or of the answers", () => {
    const arb = caseArb().chain((c) =>
      fc.record({
        c: fc.constant(c),
        items: fc.shuffledSubarray(c.file.items, { minLength: c.file.items.length }),
        keys: fc.shuffledSubarray(Object.keys(c.answers), {
          minLength: Object.keys(c.answers).length,
        }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, items, keys }) => {
        const base = score(c.model, c.answers);
        const reordered = Object.fromEntries(keys.map((k) => [k, c.answers[k] as AnswerValue]));
        expect(score(c.model, reordered)).toEqual(base);
        const shuffled = score(build({ ...c.file, items }), c.answers);
        expect(scores(shuffled)).toEqual(scores(base));
        expect(shuffled.advice).toEqual(base.advice);
        const sorted = (r: Result) =>
          targetsOf(r).map((t) => [...t.contributions].sort((x, y) => (x.item < y.item ? -1 : 1)));
        expect(sorted(shuffled)).toEqual(sorted(base));
      }),
      RUNS,
    );
  });

  it("adding a free-text item changes no score, profile, advice or flag", () => {
    const arb = caseArb().chain((c) =>
      fc.record({
        c: fc.constant(c),
        at: fc.integer({ min: 0, max: c.file.items.length }),
        note: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      }),
    );
    fc.assert(
      fc.property(arb, ({ c, at, note }) => {
        const text: Item = { id: "free-text", type: "text", text: "Anything to add?" };
        const items = [...c.file.items.slice(0, at), text, ...c.file.items.slice(at)];
        const answers = note === undefined ? c.answers : { ...c.answers, "free-text": note };
        const a = score(c.model, c.answers);
        const b = score(build({ ...c.file, items }), answers);
        expect(b.dimensions).toEqual(a.dimensions);
        expect([b.profile, b.advice, b.flags]).toEqual([a.profile, a.advice, a.flags]);
      }),
      RUNS,
    );
  });

  it("keeps every percent within 0-100", () => {
    fc.assert(
      fc.property(caseArb(), (c) => {
        for (const t of targetsOf(score(c.model, c.answers))) {
          if (t.percent === null) continue;
          expect(t.percent).toBeGreaterThanOrEqual(0);
          expect(t.percent).toBeLessThanOrEqual(100);
        }
      }),
      RUNS,
    );
  });

  it("gives the same result for the same answers, every time", () => {
    fc.assert(
      fc.property(caseArb(), (c) => {
        const first = score(c.model, c.answers);
        expect(score(c.model, structuredClone(c.answers))).toEqual(first);
        expect(score(build(structuredClone(c.file)), c.answers)).toEqual(first);
      }),
      RUNS,
    );
  });

  it("never bands a dimension with too few answers: it is insufficient, never low", () => {
    fc.assert(
      fc.property(caseArb({ missing: 0.6 }), (c: Case) => {
        for (const t of targetsOf(score(c.model, c.answers))) {
          const target = c.model.targets.get(t.id) as Target;
          // In hundredths, so that the reference compares whole numbers.
          const enough =
            t.answered > 0 && t.answered * 100 >= Math.round(target.minAnswered * 100) * t.expected;
          expect(t.status).toBe(enough ? "ok" : "insufficient");
          if (!enough) {
            expect([t.band, t.percent, t.score, t.sum, t.mean]).toEqual([
              null,
              null,
              null,
              null,
              null,
            ]);
          }
        }
      }),
      RUNS,
    );
  });

  it("gives the band whose interval holds the value the bands apply to", () => {
    fc.assert(
      fc.property(caseArb({ missing: 0.1 }), (c) => {
        for (const t of targetsOf(score(c.model, c.answers))) {
          if (t.status !== "ok") continue;
          const target = c.model.targets.get(t.id) as Target;
          const value =
            target.bandsOn === "percent" ? t.percent : target.bandsOn === "sum" ? t.sum : t.mean;
          const holding = target.bands.filter((b) => inInterval(value as number, b.range));
          expect(holding.length).toBeLessThanOrEqual(1);
          expect(t.band).toBe(holding[0]?.id ?? null);
        }
      }),
      RUNS,
    );
  });

  it("puts a mean of exactly v in the band [v, v], whatever the weights", () => {
    const arb = fc.record({
      v: fc.integer({ min: 2, max: 4 }),
      items: fc.array(
        fc.record({
          weight: fc.constantFrom(1, 0.1, 0.2, 0.3, 0.7, 1.1, 1.3, 2.5),
          reverse: fc.boolean(),
        }),
        {
          minLength: 1,
          maxLength: 12,
        },
      ),
    });
    fc.assert(
      fc.property(arb, ({ v, items }) => {
        const model = build({
          id: "edges",
          version: 1,
          languages: ["en"],
          title: "Edges",
          scales: {
            agree5: {
              points: (SCALES.agree5 as number[]).map((value) => ({ value, label: String(value) })),
            },
          },
          dimensions: [
            {
              id: "d",
              name: "D",
              aggregate: "sum",
              bandsOn: "mean",
              bands: [
                { id: "low", range: `[1, ${v})`, label: "low" },
                { id: "neutral", range: `[${v}, ${v}]`, label: "neutral" },
                { id: "high", range: `(${v}, 5]`, label: "high" },
              ],
            },
          ],
          items: items.map((it, i) => ({
            id: `q${i}`,
            type: "likert",
            text: "A statement.",
            scale: "agree5",
            dimension: "d",
            ...it,
          })),
        });
        const answers = Object.fromEntries(items.map((it, i) => [`q${i}`, it.reverse ? 6 - v : v]));
        const d = score(model, answers).dimensions[0] as TargetResult;
        expect([d.mean, d.band, d.percent]).toEqual([v, "neutral", ((v - 1) / 4) * 100]);
      }),
      RUNS,
    );
  });

  it("orders advice by priority, then file order", () => {
    fc.assert(
      fc.property(caseArb(), (c) => {
        const fired = score(c.model, c.answers).advice.map((a) => a.id);
        const all = c.file.advice ?? [];
        const holds = all.filter((a) => c.answers[a.when.answered as string] !== undefined);
        const expected = holds
          .map((a, i) => ({ id: a.id, p: a.priority ?? 0, i }))
          .sort((x, y) => y.p - x.p || x.i - y.i)
          .map((a) => a.id);
        expect(fired).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("computes sum, mean and percent by their formulas on Likert items", () => {
    fc.assert(
      fc.property(caseArb({ likertOnly: true }), (c) => {
        for (const t of targetsOf(score(c.model, c.answers))) {
          if (t.status !== "ok") continue;
          let raw = 0;
          let w = 0;
          let wAll = 0;
          let lo = 0;
          let hi = 0;
          for (const item of c.file.items as LikertItem[]) {
            if (item.dimension !== t.id && item.facet !== t.id) continue;
            const weight = item.weight ?? 1;
            wAll += weight;
            const a = c.answers[item.id] as number | undefined;
            if (a === undefined) continue;
            const values = SCALES[item.scale] as number[];
            const [min, max] = [Math.min(...values), Math.max(...values)];
            raw += weight * (item.reverse ? min + max - a : a);
            w += weight;
            lo += weight * min;
            hi += weight * max;
          }
          expect(t.raw).toBeCloseTo(raw, 9);
          expect(t.mean).toBeCloseTo(raw / w, 9);
          expect(t.sum).toBeCloseTo((raw * wAll) / w, 9);
          expect(t.percent).toBeCloseTo(((raw - lo) / (hi - lo)) * 100, 9);
        }
      }),
      RUNS,
    );
  });
});
