// Every result explains itself: which answers moved each dimension, which rule fired.
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { CALM, loadWith } from "./load.ts";

const m = loadWith({
  dimensions: [
    { id: "calm", name: "Calm", bands: "levels", facets: [{ id: "breath", name: "Breath" }] },
  ],
  items: [
    ...CALM.items.map((i) => (i.id === "c3" ? { ...i, facet: "breath", weight: 2 } : i)),
    {
      id: "c4",
      type: "likert",
      scale: "agree5",
      dimension: "calm",
      facet: "breath",
      text: "Four.",
      when: { answer: { c1: { gte: 3 } } },
    },
    {
      id: "s1",
      type: "scenario",
      scene: "A client shouts.",
      text: "You...",
      options: [
        { value: "listen", label: "listen", scores: { breath: 2 } },
        { value: "shout", label: "shout back", scores: { calm: -1 } },
      ],
    },
    {
      id: "m1",
      type: "multi",
      text: "Which?",
      options: [
        { value: "a", label: "a", scores: { calm: 1 } },
        { value: "b", label: "b", scores: { calm: 2 } },
        { value: "c", label: "c" },
      ],
    },
    { id: "note", type: "text", text: "Anything?" },
  ],
  profiles: [
    {
      id: "rising",
      name: "Rising",
      text: "R.",
      when: { any: [{ band: { calm: "high" } }, { answered: ["s1", "m1"] }] },
    },
    { id: "anyone", name: "Anyone", text: "A." },
  ],
  advice: [
    { id: "later", kind: "reflect", when: { answer: { m1: { has: "b" } } }, text: "L." },
    {
      id: "first",
      priority: 3,
      kind: "support",
      when: { all: [{ not: { flag: "straight-lining" } }, { score: { breath: { gte: 1 } } }] },
      text: "F.",
    },
  ],
});

describe("the explanation", () => {
  const r = score(m, { c1: 2, c2: 4, c3: 5, c4: 1, s1: "listen", m1: ["b", "c"], note: "hi" });
  const calm = r.dimensions[0]!;
  const breath = calm.facets[0]!;

  it("lists each answer that moved a dimension, with its points, keying and weight", () => {
    expect(calm.contributions).toEqual([
      { item: "c1", answer: 2, points: 2, reversed: false, weight: 1 },
      { item: "c2", answer: 4, points: 2, reversed: true, weight: 1 },
      { item: "c3", answer: 5, points: 10, reversed: false, weight: 2 },
      { item: "s1", answer: "listen", points: 2, reversed: false, weight: 1 },
      { item: "m1", answer: ["b", "c"], points: 2, reversed: false, weight: 1 },
    ]);
  });

  it("lists a facet's answers under the facet too", () => {
    expect(breath.contributions.map((c) => [c.item, c.points])).toEqual([
      ["c3", 10],
      ["s1", 2],
    ]);
  });

  it("leaves out hidden items and free text", () => {
    const items = [...calm.contributions, ...breath.contributions].map((c) => c.item);
    expect(items).not.toContain("c4");
    expect(items).not.toContain("note");
    expect([calm.expected, breath.expected]).toEqual([5, 2]);
  });

  it("says which part of its condition chose the profile", () => {
    expect(r.profile).toEqual({
      id: "rising",
      because: ["answered(s1, m1)"],
      // The branch of the `any` that held: the two answers it asks about.
      evidence: [
        { item: "s1", answer: "listen", target: null, points: null },
        { item: "m1", answer: ["b", "c"], target: null, points: null },
      ],
    });
  });

  it("says, for each advice, its kind, priority and the conditions that held", () => {
    expect(r.advice).toEqual([
      {
        id: "first",
        kind: "support",
        priority: 3,
        because: ["not (flag(straight-lining))", "score(breath) >= 1"],
        // Every answer that scored the facet (a flag that was not raised has no answers).
        evidence: [
          { item: "c3", answer: 5, target: "breath", points: 10 },
          { item: "s1", answer: "listen", target: "breath", points: 2 },
        ],
      },
      {
        id: "later",
        kind: "reflect",
        priority: 0,
        because: ["answer(m1) has b"],
        evidence: [{ item: "m1", answer: ["b", "c"], target: null, points: null }],
      },
    ]);
  });
});
