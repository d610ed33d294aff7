import { describe, expect, it } from "vitest";
import { checkAnswers } from "../../src/engine/answers.ts";
import { loadWith } from "./load.ts";

const m = loadWith({
  dimensions: [{ id: "d", name: "D", bands: "levels" }],
  items: [
    ...["q1", "q2", "q3"].map((id) => ({
      id,
      type: "likert",
      scale: "agree5",
      dimension: "d",
      text: "?",
    })),
    {
      id: "s1",
      type: "choice",
      text: "?",
      options: [
        { value: "1", label: "one", scores: { d: 1 } },
        { value: "2", label: "two", scores: { d: 0 } },
      ],
    },
    {
      id: "m1",
      type: "multi",
      text: "?",
      min: 1,
      max: 2,
      options: ["a", "b", "c"].map((value) => ({ value, label: value, scores: { d: 1 } })),
    },
    { id: "t1", type: "text", text: "?" },
  ],
});
const codes = (answers: Record<string, unknown>) =>
  checkAnswers(m, answers as never).map((p) => `${p.item}:${p.code}`);

describe("checking answers before scoring", () => {
  it("accepts scale values, options (also written as numbers), selections and text", () => {
    expect(codes({ q1: 1, q2: 5, s1: "2", m1: ["a", "c"], t1: "note" })).toEqual([]);
    expect(codes({ s1: 1 })).toEqual([]);
  });

  it("rejects what is off the scale, unknown options and items, and text where a number goes", () => {
    expect(codes({ q1: 6, q2: "3", s1: "3", zz: 1, t1: 4 })).toEqual([
      "q1:not-on-scale",
      "q2:not-on-scale",
      "s1:unknown-option",
      "zz:unknown-item",
      "t1:not-text",
    ]);
  });

  it("rejects several options on a single choice", () => {
    expect(codes({ s1: ["1", "2"] })).toEqual(["s1:one-option"]);
  });

  it("counts a selection's options once each against min and max", () => {
    expect(codes({ m1: ["a", "a"] })).toEqual([]);
    expect(codes({ m1: ["a", "b", "a"] })).toEqual([]);
    expect(codes({ m1: ["a", "b", "c"] })).toEqual(["m1:too-many-options"]);
    expect(codes({ m1: [] })).toEqual(["m1:too-few-options"]);
  });
});
