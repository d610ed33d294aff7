// Questionnaires for engine tests, written as YAML fragments and loaded the way reflet
// loads a file (schema and semantic checks included), so no test scores a file that
// `reflet validate` would reject.
import { stringify } from "yaml";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Model } from "../../src/model/model.ts";

export function loadObject(data: Record<string, unknown>, name = "test.yaml"): Model {
  const outcome = checkQuestionnaire(stringify(data), name, "en");
  if (!outcome.ok) throw new Error(outcome.problems.map((p) => p.message).join("; "));
  return outcome.model;
}

const HEADER = {
  id: "unit",
  version: 1,
  languages: ["en"],
  title: "Unit",
  scales: {
    agree5: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: String(value) })) },
  },
  bandSets: {
    levels: [
      { id: "low", range: "[0, 40)", label: "low" },
      { id: "middle", range: "[40, 70)", label: "middle" },
      { id: "high", range: "[70, 100]", label: "high" },
    ],
  },
};

/** A fragment (dimensions, items, advice...) with a header: an agree5 scale, `levels` bands. */
export function loadWith(fragment: Record<string, unknown>): Model {
  return loadObject({
    ...HEADER,
    ...fragment,
    scales: { ...HEADER.scales, ...(fragment.scales as object | undefined) },
  });
}

/** Three Likert items c1, c2 (reverse-keyed), c3 on one dimension `calm`. */
export const CALM = {
  dimensions: [{ id: "calm", name: "Calm", bands: "levels" }],
  items: [
    { id: "c1", type: "likert", scale: "agree5", dimension: "calm", text: "One." },
    { id: "c2", type: "likert", scale: "agree5", dimension: "calm", reverse: true, text: "Two." },
    { id: "c3", type: "likert", scale: "agree5", dimension: "calm", text: "Three." },
  ],
};
