// Random questionnaires and answer sheets for the engine's property tests: Likert items on
// several scales (reverse-keyed or not, weighted), choice, scenario and multiple-choice
// items scoring dimensions and facets, bands with random edges, advice with priorities; with
// `kinds`, also "does not apply" (on items and scales) and best–worst items.
import fc from "fast-check";
import { compile } from "../../src/model/compile.ts";
import type { Model } from "../../src/model/model.ts";
import type {
  AnswerValue,
  BandSpec,
  Dimension,
  Item,
  QuestionnaireFile,
} from "../../src/model/types.ts";

type Gen = fc.GeneratorValue;

export const SCALES: Record<string, number[]> = {
  agree5: [1, 2, 3, 4, 5],
  often4: [0, 1, 2, 3],
  agree7: [1, 2, 3, 4, 5, 6, 7],
};
const WEIGHTS = [1, 1, 2, 0.5, 0.1, 0.2, 0.3, 1.5];
const POINTS = [-2, -1, 0, 1, 2, 3, 0.5, 0.1, 0.25];
const MIN_ANSWERED = [undefined, 0, 0.5, 0.7, 0.75, 0.8, 1];

/** Bands covering [lo, hi] without gap or overlap, cut at random points with random edges. */
function bandList(g: Gen, lo: number, hi: number, cutsFrom: number[]): BandSpec[] {
  const cuts = [...new Set(g(fc.subarray, cutsFrom, { maxLength: 3 }))].sort((a, b) => a - b);
  const bands: BandSpec[] = [];
  let left = `[${lo}`;
  cuts.forEach((c, i) => {
    const includeHere = g(fc.boolean);
    bands.push({ id: `b${i}`, range: `${left}, ${c}${includeHere ? "]" : ")"}`, label: `b${i}` });
    left = `${includeHere ? "(" : "["}${c}`;
  });
  bands.push({ id: `b${cuts.length}`, range: `${left}, ${hi}]`, label: `b${cuts.length}` });
  return bands;
}

function dimension(g: Gen, index: number): Dimension {
  const bandsOn = g(fc.constantFrom, "percent", "percent", "mean", "sum") as Dimension["bandsOn"];
  const bands =
    bandsOn === "percent"
      ? bandList(g, 0, 100, [1, 25, 33.3, 40, 50, 66.7, 70, 99])
      : bandList(g, -1000, 1000, [-1, 0, 1.5, 2, 2.5, 3, 3.5, 4, 6, 9, 12, 20]);
  const minAnswered = g(fc.constantFrom, ...MIN_ANSWERED);
  const facets = Array.from({ length: g(fc.integer, { min: 0, max: 2 }) }, (_, j) => ({
    id: `d${index}f${j}`,
    name: `Facet ${j}`,
  }));
  return {
    id: `d${index}`,
    name: `Dimension ${index}`,
    aggregate: g(fc.constantFrom, "sum", "mean") as Dimension["aggregate"],
    bandsOn,
    bands,
    ...(minAnswered !== undefined ? { minAnswered } : {}),
    ...(facets.length > 0 ? { facets } : {}),
  };
}

function likert(g: Gen, id: string, dims: Dimension[]): Item {
  const dim: Dimension = g(fc.constantFrom, ...dims);
  const facetIds = (dim.facets ?? []).map((f) => f.id);
  const facet = g(fc.constantFrom, undefined, ...facetIds);
  const weight = g(fc.constantFrom, ...WEIGHTS);
  return {
    id,
    type: "likert",
    text: "A statement.",
    scale: g(fc.constantFrom, ...Object.keys(SCALES)),
    dimension: dim.id,
    ...(facet ? { facet } : {}),
    ...(g(fc.boolean) ? { reverse: true } : {}),
    ...(weight !== 1 ? { weight } : {}),
  };
}

function optionItem(g: Gen, id: string, targetIds: string[]): Item {
  const type = g(fc.constantFrom, "choice", "scenario", "multi") as "choice" | "scenario" | "multi";
  const options = Array.from({ length: g(fc.integer, { min: 2, max: 4 }) }, (_, k) => {
    const touched = g(fc.subarray, targetIds, { maxLength: Math.min(2, targetIds.length) });
    const scores = Object.fromEntries(touched.map((t) => [t, g(fc.constantFrom, ...POINTS)]));
    return { value: `o${k}`, label: `Option ${k}`, ...(touched.length ? { scores } : {}) };
  });
  if (type === "scenario") return { id, type, scene: "A scene.", text: "What do you do?", options };
  if (type === "choice") return { id, type, text: "Which one?", options };
  const min = g(fc.integer, { min: 0, max: 1 });
  const max = g(fc.constantFrom, undefined, 1, 2, options.length);
  return {
    id,
    type,
    text: "Which ones?",
    options,
    ...(min > 0 ? { min } : {}),
    ...(max !== undefined ? { max } : {}),
  };
}

/** A best–worst item: 3 or 4 options, `best` points, and `worst` points or the default rule. */
function bestWorstItem(g: Gen, id: string, targetIds: string[]): Item {
  const table = () => {
    const touched = g(fc.subarray, targetIds, { maxLength: Math.min(2, targetIds.length) });
    return Object.fromEntries(touched.map((t) => [t, g(fc.constantFrom, ...POINTS)]));
  };
  const options = Array.from({ length: g(fc.integer, { min: 3, max: 4 }) }, (_, k) => ({
    value: `o${k}`,
    label: `Option ${k}`,
    best: table(),
    ...(g(fc.boolean) ? { worst: table() } : {}),
  }));
  return { id, type: "best-worst", scene: "A scene.", text: "What do you do?", options };
}

export interface Case {
  file: QuestionnaireFile;
  model: Model;
  answers: Record<string, AnswerValue>;
}

export function build(file: QuestionnaireFile): Model {
  return compile(file, "hash", "generated");
}

/** A valid answer to an item, at random. */
export function answerFor(g: Gen, item: Item): AnswerValue {
  if (item.type === "likert") return g(fc.constantFrom, ...(SCALES[item.scale] as number[]));
  if (item.type === "text") return g(fc.string, { minLength: 1 });
  const values = item.options.map((o) => o.value);
  if (item.type === "best-worst") {
    const [best, worst] = g(fc.shuffledSubarray, values, { minLength: 2, maxLength: 2 });
    return { best: best as string, worst: worst as string };
  }
  if (item.type !== "multi") return g(fc.constantFrom, ...values);
  const max = Math.min(item.max ?? values.length, values.length);
  return g(fc.subarray, values, { minLength: item.min ?? 0, maxLength: max });
}

export interface CaseOptions {
  /** Only Likert items. */
  likertOnly?: boolean;
  /** Share of items left unanswered, at most. */
  missing?: number;
  /** Also "does not apply" (allowed on some items or scales, and answered) and best–worst items. */
  kinds?: boolean;
}

export function caseArb(options: CaseOptions = {}): fc.Arbitrary<Case> {
  return fc.gen().map((g) => {
    const dims = Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, (_, i) =>
      dimension(g, i),
    );
    const targetIds = dims.flatMap((d) => [d.id, ...(d.facets ?? []).map((f) => f.id)]);
    const items: Item[] = [];
    const nLikert = g(fc.integer, { min: 1, max: 10 });
    for (let i = 0; i < nLikert; i++) items.push(likert(g, `q${i}`, dims));
    const nOptions = options.likertOnly ? 0 : g(fc.integer, { min: 0, max: 3 });
    for (let i = 0; i < nOptions; i++) items.push(optionItem(g, `o${i}`, targetIds));
    const naScale = options.kinds
      ? g(fc.constantFrom, undefined, ...Object.keys(SCALES))
      : undefined;
    if (options.kinds) {
      const nBestWorst = g(fc.integer, { min: 0, max: 2 });
      for (let i = 0; i < nBestWorst; i++) items.push(bestWorstItem(g, `bw${i}`, targetIds));
      for (const [i, item] of items.entries()) {
        const na = g(fc.constantFrom, undefined, undefined, true, false);
        if (na !== undefined) items[i] = { ...item, notApplicable: na } as Item;
      }
    }
    const order = g(fc.shuffledSubarray, items, { minLength: items.length });
    const advice = Array.from({ length: g(fc.integer, { min: 0, max: 6 }) }, (_, i) => {
      const priority = g(fc.constantFrom, undefined, -1, 0, 5, 10);
      return {
        id: `a${i}`,
        when: { answered: g(fc.constantFrom, ...order.map((it) => it.id)) },
        text: "Advice.",
        ...(priority !== undefined ? { priority } : {}),
      };
    });
    const file: QuestionnaireFile = {
      id: "generated",
      version: 1,
      languages: ["en"],
      title: "Generated",
      scales: Object.fromEntries(
        Object.entries(SCALES).map(([name, values]) => [
          name,
          {
            points: values.map((value) => ({ value, label: String(value) })),
            ...(name === naScale ? { notApplicable: true } : {}),
          },
        ]),
      ),
      dimensions: dims,
      items: order,
      ...(advice.length > 0 ? { advice } : {}),
    };
    const answers: Record<string, AnswerValue> = {};
    const missing = options.missing ?? 0.3;
    const model = build(file);
    for (const item of order) {
      const roll = g(() => fc.noBias(fc.integer({ min: 0, max: 99 })));
      if (roll < missing * 100) continue;
      // One allowed item in three answers "does not apply".
      const na = model.notApplicable.has(item.id) && g(fc.integer, { min: 0, max: 2 }) === 0;
      answers[item.id] = na ? "na" : answerFor(g, item);
    }
    return { file, model, answers };
  });
}
