// Random questionnaires the compiled scorer compiles (whole weights and points) with item
// conditions, profile and advice rules, quality checks, and answer sheets as they come from
// outside: some answers off the scale, of the wrong type, or for no item. `plainCases`: the
// common case the scorer has a specialised loop for (every item an unconditional Likert item),
// with sheets that answer everything, or the same box or the middle all the way down, or not.
import fc from "fast-check";
import type { AnswerValue, Condition, Item, QuestionnaireFile } from "../../src/model/types.ts";
import { build, caseArb, SCALES } from "../engine/arbitraries.ts";

type Gen = fc.GeneratorValue;

const whole = (x: number | undefined) =>
  x === undefined ? undefined : Math.max(1, Math.round(x * 2));

/** The same questionnaire with whole weights and points: the case the scorer compiles. */
function wholeNumbers(file: QuestionnaireFile): QuestionnaireFile {
  const items = file.items.map((item): Item => {
    if (item.type === "likert")
      return item.weight === undefined ? item : { ...item, weight: whole(item.weight) };
    if (item.type === "text" || item.type === "best-worst") return item;
    const options = item.options.map((o) => ({
      ...o,
      ...(o.scores
        ? {
            scores: Object.fromEntries(
              Object.entries(o.scores).map(([k, v]) => [k, Math.round(v * 4)]),
            ),
          }
        : {}),
    }));
    return { ...item, options } as Item;
  });
  return { ...file, items };
}

/** Item conditions on earlier answers, rules on bands, percents and scores, quality checks. */
function withRules(g: Gen, file: QuestionnaireFile): QuestionnaireFile {
  const likert = file.items.filter((i) => i.type === "likert");
  const items = file.items.map((item, i): Item => {
    const earlier = file.items.slice(0, i).filter((e) => e.type === "likert");
    if (earlier.length === 0 || !g(fc.boolean)) return item;
    const on = g(fc.constantFrom, ...earlier).id;
    const when: Condition = g(fc.boolean) ? { answer: { [on]: { gte: 3 } } } : { answered: on };
    return { ...item, when };
  });
  const targets = file.dimensions.flatMap((d) => [d.id, ...(d.facets ?? []).map((f) => f.id)]);
  const target = () => g(fc.constantFrom, ...targets);
  const band = () => g(fc.constantFrom, "b0", "b1", "b2");
  const profiles = [
    {
      id: "by-percent",
      name: "P",
      text: "P",
      priority: 2,
      when: { percent: { [target()]: { gte: g(fc.constantFrom, 25, 50, 62.5, 70) } } },
    },
    {
      id: "by-score",
      name: "S",
      text: "S",
      priority: 1,
      when: { score: { [target()]: { lt: g(fc.constantFrom, 2, 3.5, 10, 12) } } },
    },
    {
      id: "by-band",
      name: "B",
      text: "B",
      when: {
        any: [
          { band: { [target()]: band() } },
          { not: { band: { [target()]: [band(), band()] } } },
        ],
      },
    },
    ...(g(fc.boolean) ? [{ id: "fallback", name: "F", text: "F" }] : []),
  ];
  const advice = [
    ...(file.advice ?? []),
    {
      id: "watch",
      kind: "watch" as const,
      text: "W",
      when: { all: [{ score: { [target()]: { gte: 1 } } }, { flag: "straight-lining" }] },
    },
    { id: "pair", text: "Pair", priority: 3, when: { flag: "pair" } },
  ];
  const pair =
    likert.length >= 2
      ? g(fc.shuffledSubarray, likert, { minLength: 2, maxLength: 2 }).map((i) => i.id)
      : null;
  // Declared contradictions, band sides and missing-answer rules: what a result says
  // (strengths, watch points, withheld texts) must agree on both paths as its numbers do.
  const item = () => g(fc.constantFrom, ...file.items).id;
  const contradicts = () =>
    g(fc.integer, { min: 0, max: 2 }) === 0 ? { contradicts: { answered: item() } } : {};
  const dimensions = file.dimensions.map((d) => {
    const missing = g(fc.constantFrom, undefined, "prorate", "sum", 1, 2, 3);
    return {
      ...d,
      bright: "B",
      shadow: "S",
      ...(missing === undefined
        ? {}
        : { missing: typeof missing === "number" ? { insufficientBelow: missing } : missing }),
      bands: Array.isArray(d.bands)
        ? d.bands.map((b) => ({
            ...b,
            side: g(fc.constantFrom, "bright", "shadow") as "bright" | "shadow",
            ...contradicts(),
          }))
        : d.bands,
    } as (typeof file.dimensions)[number];
  });
  return {
    ...file,
    dimensions,
    items,
    profiles: profiles.map((p) => ({ ...p, ...contradicts() })),
    advice: advice.map((a) => ({ ...a, ...contradicts() })),
    quality: {
      lowInformation: {
        straightLining: g(fc.boolean),
        minItems: g(fc.integer, { min: 1, max: 6 }),
        maxMiddleShare: g(fc.constantFrom, 0.3, 0.5, 0.8, 1),
        minCompleteness: g(fc.constantFrom, 0, 0.5, 0.9),
      },
      straightLining: {
        minItems: g(fc.integer, { min: 2, max: 6 }),
        maxShare: g(fc.constantFrom, 0.3, 0.5, 0.75, 0.9, 1),
      },
      ...(pair
        ? {
            pairs: [
              {
                id: "pair",
                items: [pair[0] as string, pair[1] as string] as [string, string],
                maxGap: g(fc.constantFrom, 0, 1, 1.5, 3),
              },
            ],
          }
        : {}),
    },
  };
}

/** Answers as they come from outside: some off the scale, of the wrong type, or unknown. */
function roughen(g: Gen, answers: Record<string, AnswerValue>): Record<string, AnswerValue> {
  const out = { ...answers };
  for (const id of Object.keys(out)) {
    if (g(fc.integer, { min: 0, max: 9 }) > 0) continue;
    out[id] = g(fc.constantFrom, 9, 0, "x", ["o0", "o0"], ["zz"], 2.5);
  }
  if (g(fc.boolean)) out.unknown = 3;
  return out;
}

export const cases = caseArb().chain((c) =>
  fc.gen().map((g) => {
    const file = withRules(g, wholeNumbers(c.file));
    return { model: build(file), answers: roughen(g, c.answers) };
  }),
);

/** One sheet of a plain case: complete, or straight-lined, or in the middle, or roughened. */
function plainSheet(g: Gen, file: QuestionnaireFile, answers: Record<string, AnswerValue>) {
  const kind = g(fc.constantFrom, "complete", "straight", "middle", "rough", "gap");
  if (kind === "complete") return answers;
  if (kind === "rough") return roughen(g, answers);
  if (kind === "gap") {
    const ids = Object.keys(answers);
    const drop = g(fc.constantFrom, ...ids);
    return Object.fromEntries(ids.filter((id) => id !== drop).map((id) => [id, answers[id]!]));
  }
  const value = g(fc.integer, { min: 0, max: 7 });
  const out: Record<string, AnswerValue> = {};
  for (const item of file.items) {
    const scale = item.type === "likert" ? (SCALES[item.scale] as number[]) : [];
    const middle = scale[(scale.length - 1) >> 1] as number;
    const own = kind === "middle" ? middle : value;
    // Most items on the one answer; the others as they were.
    out[item.id] =
      scale.includes(own) && g(fc.integer, { min: 0, max: 4 }) > 0 ? own : answers[item.id]!;
  }
  return out;
}

export const plainCases = caseArb({ likertOnly: true, missing: 0 }).chain((c) =>
  fc.gen().map((g) => {
    const ruled = withRules(g, wholeNumbers(c.file));
    const items = ruled.items.map(({ when: _when, ...item }) => item as Item);
    const file = { ...ruled, items };
    const sheets = Array.from({ length: g(fc.integer, { min: 1, max: 6 }) }, () =>
      plainSheet(g, file, c.answers),
    );
    return { model: build(file), sheets };
  }),
);
