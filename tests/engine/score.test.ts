import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import type { Result, TargetResult } from "../../src/engine/types.ts";
import { CALM, loadWith } from "./load.ts";

function target(r: Result, id: string): TargetResult {
  for (const d of r.dimensions) {
    if (d.id === id) return d;
    const f = d.facets.find((x) => x.id === id);
    if (f) return f;
  }
  throw new Error(`no target ${id}`);
}

const likert = (id: string, dimension: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "likert",
  scale: "agree5",
  dimension,
  text: `Item ${id}.`,
  ...extra,
});

describe("reverse keying and weights", () => {
  it("a reverse-keyed item scores 5 when the answer is 1", () => {
    const r = score(loadWith(CALM), { c1: 1, c2: 1, c3: 1 });
    expect(target(r, "calm").contributions.map((c) => c.points)).toEqual([1, 5, 1]);
  });

  it("a weight multiplies the keyed value and counts that many times in the mean", () => {
    const m = loadWith({
      ...CALM,
      items: CALM.items.map((i) => (i.id === "c2" ? { ...i, weight: 3 } : i)),
    });
    const calm = target(score(m, { c1: 5, c2: 2, c3: 5 }), "calm");
    // c2: (6 - 2) × 3 = 12; mean (5 + 12 + 5) / (1 + 3 + 1)
    expect(calm.contributions[1]).toMatchObject({ points: 12, weight: 3, reversed: true });
    expect(calm.mean).toBe(22 / 5);
  });
});

describe("missing answers", () => {
  it("scores a dimension with exactly minAnswered of its items answered", () => {
    const m = loadWith({ ...CALM, settings: { minAnswered: 2 / 3 } });
    expect(target(score(m, { c1: 4, c3: 4 }), "calm").status).toBe("ok");
    expect(target(score(m, { c1: 4 }), "calm").status).toBe("insufficient");
  });

  it("with minAnswered 0 still needs one answer", () => {
    const m = loadWith({ ...CALM, settings: { minAnswered: 0 } });
    expect(target(score(m, { c1: 1 }), "calm").status).toBe("ok");
    expect(target(score(m, {}), "calm")).toMatchObject({ status: "insufficient", band: null });
  });

  it("a dimension's own minAnswered wins over the questionnaire's", () => {
    const m = loadWith({
      ...CALM,
      settings: { minAnswered: 0.3 },
      dimensions: [{ ...CALM.dimensions[0], minAnswered: 1 }],
    });
    expect(target(score(m, { c1: 4, c2: 4 }), "calm").status).toBe("insufficient");
  });

  it("a dimension without enough answers has no band, even when every answer is the lowest", () => {
    const r = score(loadWith(CALM), { c1: 1 });
    expect(target(r, "calm")).toMatchObject({
      status: "insufficient",
      answered: 1,
      expected: 3,
      raw: 1,
      percent: null,
      band: null,
    });
  });
});

describe("hidden items", () => {
  const m = loadWith({
    ...CALM,
    items: [
      ...CALM.items,
      likert("c4", "calm", { when: { answer: { c1: { gte: 4 } } } }),
      likert("c6", "calm"),
    ],
  });

  it("a hidden item is neither expected nor missing, and its answer is ignored", () => {
    const calm = target(score(m, { c1: 2, c2: 2, c3: 2, c4: 5, c6: 3 }), "calm");
    expect(calm).toMatchObject({ expected: 4, answered: 4, raw: 11 });
    expect(calm.contributions.map((c) => c.item)).toEqual(["c1", "c2", "c3", "c6"]);
  });

  it("a dimension whose items are all hidden is insufficient", () => {
    const all = loadWith({
      dimensions: [...CALM.dimensions, { id: "extra", name: "Extra", bands: "levels" }],
      items: [
        ...CALM.items,
        ...["e1", "e2", "e3"].map((id) => likert(id, "extra", { when: { answer: { c1: 5 } } })),
      ],
    });
    const r = score(all, { c1: 1, c2: 1, c3: 1, e1: 5, e2: 5, e3: 5 });
    expect(target(r, "extra")).toMatchObject({ status: "insufficient", expected: 0, answered: 0 });
  });
});

describe("option items", () => {
  const m = loadWith({
    dimensions: [
      {
        id: "dim",
        name: "Dim",
        bands: "levels",
        facets: [
          { id: "fa", name: "Fa" },
          { id: "fb", name: "Fb" },
        ],
      },
    ],
    items: [
      likert("l1", "dim", { facet: "fa" }),
      likert("l2", "dim", { facet: "fa" }),
      likert("l3", "dim", { facet: "fb" }),
      likert("l4", "dim", { facet: "fb" }),
      {
        id: "s1",
        type: "choice",
        text: "Pick one.",
        options: [
          { value: "1", label: "one", scores: { fa: 2, fb: 1 } },
          { value: "4", label: "four", scores: { dim: 1 } },
          { value: "2", label: "two", scores: { fb: -1 } },
          { value: "3", label: "three" },
        ],
      },
      {
        id: "m1",
        type: "multi",
        text: "Pick some.",
        min: 1,
        max: 2,
        options: [
          { value: "x", label: "x", scores: { fa: 3 } },
          { value: "y", label: "y", scores: { fa: 1 } },
          { value: "z", label: "z", scores: { fa: -2 } },
        ],
      },
    ],
  });
  const base = { l1: 3, l2: 3, l3: 3, l4: 3 };

  it("points on facets count towards their dimension; points on the dimension, to it alone", () => {
    const points = (answer: string, id: string) =>
      target(score(m, { ...base, s1: answer, m1: ["x"] }), id).contributions.find(
        (c) => c.item === "s1",
      )?.points;
    expect([points("1", "fa"), points("1", "fb"), points("1", "dim")]).toEqual([2, 1, 3]);
    expect([points("4", "fa"), points("4", "fb"), points("4", "dim")]).toEqual([0, 0, 1]);
  });

  it("reads an option written as a number, as the answers file allows", () => {
    const r = score(m, { ...base, s1: 1 as unknown as string, m1: ["x"] });
    expect(target(r, "dim").contributions.find((c) => c.item === "s1")?.points).toBe(3);
  });

  it("counts an option picked twice once", () => {
    const r = score(m, { ...base, s1: "3", m1: ["x", "x", "y"] });
    expect(target(r, "fa").contributions.find((c) => c.item === "m1")?.points).toBe(4);
  });

  it("ranges a multiple choice over the allowed numbers of picks", () => {
    const reach = (id: string, item: string) =>
      m.targets.get(id)?.reach.find((x) => x.itemId === item);
    // fa: between 1 and 2 picks among 3, 1, -2: lowest -2, highest 3 + 1
    expect(reach("fa", "m1")).toMatchObject({ min: -2, max: 4 });
    // dim through fa and fb, or by name: options 3, -1, 0, 1
    expect(reach("dim", "s1")).toMatchObject({ min: -1, max: 3 });
    expect(reach("fb", "s1")).toMatchObject({ min: -1, max: 1 });
  });

  it("puts percent at 50 when every possible answer gives the same points", () => {
    const flat = loadWith({
      dimensions: [{ id: "flat", name: "Flat", bands: "levels" }],
      items: ["a", "b", "c"].map((id) => ({
        id,
        type: "choice",
        text: "Either.",
        options: [
          { value: "p", label: "p", scores: { flat: 1 } },
          { value: "q", label: "q", scores: { flat: 1 } },
        ],
      })),
    });
    expect(target(score(flat, { a: "p", b: "q", c: "p" }), "flat")).toMatchObject({
      percent: 50,
      band: "middle",
    });
  });
});

describe("facets", () => {
  const facets = (bandsOn: string) =>
    loadWith({
      dimensions: [
        {
          id: "d",
          name: "D",
          aggregate: "sum",
          bandsOn,
          bands:
            bandsOn === "sum"
              ? [
                  { id: "low", range: "[4, 12)", label: "low" },
                  { id: "high", range: "[12, 20]", label: "high" },
                ]
              : "levels",
          facets: [
            { id: "f1", name: "F1" },
            { id: "f2", name: "F2" },
          ],
        },
      ],
      items: [
        likert("a", "d", { facet: "f1" }),
        likert("b", "d", { facet: "f1" }),
        likert("c", "d", { facet: "f2" }),
        likert("e", "d", { facet: "f2" }),
      ],
    });

  it("a facet uses its dimension's bands when they are on percent or mean", () => {
    const r = score(facets("percent"), { a: 5, b: 5, c: 1, e: 1 });
    expect([target(r, "f1").band, target(r, "f2").band, target(r, "d").band]).toEqual([
      "high",
      "low",
      "middle",
    ]);
  });

  it("a facet has no band when its dimension's bands are on sums", () => {
    const r = score(facets("sum"), { a: 5, b: 5, c: 1, e: 1 });
    expect(target(r, "d")).toMatchObject({ sum: 12, band: "high" });
    expect(target(r, "f1")).toMatchObject({ status: "ok", sum: 10, band: null });
  });
});

describe("profile and advice", () => {
  it("a condition on a dimension without enough answers does not hold", () => {
    const m = loadWith({
      ...CALM,
      advice: [
        { id: "low", when: { percent: { calm: { lt: 40 } } }, text: "Low." },
        { id: "not-high", when: { not: { band: { calm: "high" } } }, text: "Not high." },
      ],
    });
    expect(score(m, { c1: 1 }).advice.map((a) => a.id)).toEqual(["not-high"]);
  });

  it("the fallback profile holds when no other does, with nothing in `because`", () => {
    const m = loadWith({
      ...CALM,
      profiles: [
        { id: "steady", name: "Steady", text: "S.", when: { band: { calm: "high" } } },
        { id: "anyone", name: "Anyone", text: "A." },
      ],
    });
    expect(score(m, { c1: 5, c2: 1, c3: 5 }).profile).toMatchObject({
      id: "steady",
      because: ["band(calm) in [high]"],
    });
    expect(score(m, { c1: 1, c2: 5, c3: 1 }).profile).toEqual({
      id: "anyone",
      because: [],
      evidence: [],
    });
  });

  it("without a fallback, a sheet may have no profile", () => {
    const m = loadWith({
      ...CALM,
      profiles: [{ id: "steady", name: "Steady", text: "S.", when: { band: { calm: "high" } } }],
    });
    expect(score(m, { c1: 1, c2: 5, c3: 1 }).profile).toBeNull();
  });
});

describe("the result", () => {
  it("names the questionnaire, the participant, and counts shown and answered items", () => {
    const m = loadWith({
      ...CALM,
      items: [...CALM.items, { id: "note", type: "text", text: "Anything?" }],
    });
    const r = score(m, { c1: 3, note: "fine" }, { participant: "p-7" });
    expect(r).toMatchObject({
      schemaVersion: 1,
      questionnaire: { id: "unit", version: "1", hash: m.hash },
      participant: "p-7",
      answered: 2,
      shown: 4,
    });
  });
});
