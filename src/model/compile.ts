// Turns a schema-valid questionnaire into the engine's Model. Pure. It assumes the
// semantic checks (load/semantic) passed; on a file that did not, it skips what it
// cannot resolve rather than throwing, so the checks can report every problem.
import { add, cmp, type Exact, exact, mul, ONE, toNumber, ZERO } from "../core/exact.ts";
import { bestWorstKeys, tablePoints, worstPoints } from "./kinds.ts";
import type { Interval, Model, Reach, ResolvedBand, ScaleInfo, Target } from "./model.ts";
import { optionPoints } from "./points.ts";
import type { BandSpec, BestWorstItem, Item, QuestionnaireFile, Text } from "./types.ts";

export const DEFAULT_MIN_ANSWERED = 0.75;
export const DEFAULT_STRAIGHT_LINING = { minItems: 8, maxShare: 0.9 };
export const DEFAULT_LOW_INFORMATION = {
  maxMiddleShare: 0.8,
  minItems: 8,
  maxNotApplicableShare: 0.5,
  minCompleteness: 0,
  straightLining: true,
};

const RANGE = /^\s*([[(])\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*([\])])\s*$/;

export function parseRange(text: string): Interval | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  return {
    loIncluded: m[1] === "[",
    lo: Number(m[2]),
    hi: Number(m[3]),
    hiIncluded: m[4] === "]",
  };
}

export function inInterval(value: number, r: Interval): boolean {
  const aboveLo = r.loIncluded ? value >= r.lo : value > r.lo;
  const belowHi = r.hiIncluded ? value <= r.hi : value < r.hi;
  return aboveLo && belowHi;
}

/** inInterval on an exact value against the edges as written: how scores find their band. */
export function inIntervalExact(value: Exact, r: Interval): boolean {
  const lo = cmp(value, exact(r.lo));
  const hi = cmp(value, exact(r.hi));
  return (r.loIncluded ? lo >= 0 : lo > 0) && (r.hiIncluded ? hi <= 0 : hi < 0);
}

export function resolveBands(
  file: QuestionnaireFile,
  bands: string | BandSpec[] | undefined,
  texts: Record<string, unknown> | undefined,
  /** Take texts from `texts` alone: a facet's own band texts replace its dimension's. */
  textsOnly = false,
): ResolvedBand[] {
  const specs = typeof bands === "string" ? (file.bandSets?.[bands] ?? []) : (bands ?? []);
  const out: ResolvedBand[] = [];
  for (const b of specs) {
    const range = parseRange(b.range);
    if (!range) continue;
    const own = texts?.[b.id] as BandSpec["text"];
    const text = textsOnly ? own : (b.text ?? own);
    out.push({
      id: b.id,
      range,
      label: b.label,
      ...(text !== undefined ? { text } : {}),
      ...(b.side ? { side: b.side } : {}),
      ...(b.contradicts ? { contradicts: b.contradicts } : {}),
    });
  }
  return out;
}

export function scaleInfo(points: { value: number }[]): ScaleInfo {
  const values = points.map((p) => p.value);
  return { min: Math.min(...values), max: Math.max(...values), values };
}

/**
 * The smallest and largest total a multiple-choice selection can give one target: the
 * lowest (highest) points first, over every allowed number of picks.
 */
function multiRange(points: Exact[], minPick: number, maxPick: number): [Exact, Exact] {
  const asc = [...points].sort(cmp);
  const most = Math.min(maxPick, asc.length);
  if (minPick > most) return [ZERO, ZERO];
  const extreme = (sorted: Exact[], better: (a: Exact, b: Exact) => boolean): Exact => {
    let total = ZERO;
    let best: Exact | undefined;
    for (let n = 0; n <= most; n++) {
      if (n >= minPick && (best === undefined || better(total, best))) best = total;
      const next = sorted[n];
      if (next) total = add(total, next);
    }
    return best ?? ZERO;
  };
  return [
    extreme(asc, (a, b) => cmp(a, b) < 0),
    extreme([...asc].reverse(), (a, b) => cmp(a, b) > 0),
  ];
}

function reachOf(itemId: string, min: Exact, max: Exact, weight: Exact): Reach {
  return {
    itemId,
    min: toNumber(min),
    max: toNumber(max),
    weight: toNumber(weight),
    exact: { min, max, weight },
  };
}

/** Which targets an item feeds, and by how much at most and at least. */
export function itemReach(
  item: Item,
  scales: ReadonlyMap<string, ScaleInfo>,
  parentOf: ReadonlyMap<string, string>,
): Map<string, Reach> {
  const reach = new Map<string, Reach>();
  if (item.type === "likert") {
    const scale = scales.get(item.scale);
    if (!scale) return reach;
    const w = exact(item.weight ?? 1);
    const r = reachOf(item.id, mul(w, exact(scale.min)), mul(w, exact(scale.max)), w);
    reach.set(item.dimension, r);
    if (item.facet) reach.set(item.facet, { ...r });
    return reach;
  }
  if (item.type === "text") return reach;
  if (item.type === "best-worst") return bestWorstReach(item, parentOf);
  const touched = new Set<string>();
  for (const o of item.options) {
    for (const key of Object.keys(o.scores ?? {})) {
      touched.add(key);
      const parent = parentOf.get(key);
      if (parent) touched.add(parent);
    }
  }
  for (const target of touched) {
    const points = item.options.map((o) => optionPoints(o, target, (k) => parentOf.get(k)));
    const [min, max] =
      item.type === "multi"
        ? multiRange(points, item.min ?? 0, item.max ?? item.options.length)
        : [
            points.reduce((a, b) => (cmp(a, b) <= 0 ? a : b)),
            points.reduce((a, b) => (cmp(a, b) >= 0 ? a : b)),
          ];
    reach.set(target, reachOf(item.id, min, max, ONE));
  }
  return reach;
}

/** A best–worst item's reach: the lowest and highest total over every pair of different picks. */
function bestWorstReach(
  item: BestWorstItem,
  parentOf: ReadonlyMap<string, string>,
): Map<string, Reach> {
  const reach = new Map<string, Reach>();
  const of = (k: string) => parentOf.get(k);
  const touched = new Set<string>();
  for (const key of bestWorstKeys(item)) {
    touched.add(key);
    const parent = parentOf.get(key);
    if (parent) touched.add(parent);
  }
  for (const target of touched) {
    const best = item.options.map((o) => tablePoints(o.best, target, of));
    const worst = item.options.map((o) => worstPoints(o, target, of));
    let min: Exact | undefined;
    let max: Exact | undefined;
    for (const [i, b] of best.entries()) {
      for (const [j, w] of worst.entries()) {
        if (i === j) continue;
        const total = add(b, w);
        if (min === undefined || cmp(total, min) < 0) min = total;
        if (max === undefined || cmp(total, max) > 0) max = total;
      }
    }
    reach.set(target, reachOf(item.id, min ?? ZERO, max ?? ZERO, ONE));
  }
  return reach;
}

/** Items that accept "does not apply": their own setting first, else their scale's. */
function notApplicableItems(file: QuestionnaireFile): Map<string, Text | null> {
  const out = new Map<string, Text | null>();
  for (const item of file.items) {
    if (item.type === "text") continue;
    const own = item.notApplicable;
    const setting =
      own ?? (item.type === "likert" ? file.scales[item.scale]?.notApplicable : undefined);
    if (setting === undefined || setting === false) continue;
    out.set(item.id, setting === true ? null : setting.label);
  }
  return out;
}

function byPriority<T extends { priority?: number | undefined }>(list: T[]): T[] {
  return list
    .map((x, i) => ({ x, i }))
    .sort((a, b) => (b.x.priority ?? 0) - (a.x.priority ?? 0) || a.i - b.i)
    .map((e) => e.x);
}

/**
 * The model of a checked questionnaire. `hash` may be given as a function, called the first
 * time the model's hash is read: hashing costs a run that never reads it (validate) the
 * loading of node:crypto.
 */
export function compile(
  file: QuestionnaireFile,
  hash: string | (() => string),
  source: string,
): Model {
  const scales = new Map<string, ScaleInfo>();
  for (const [name, s] of Object.entries(file.scales)) scales.set(name, scaleInfo(s.points));

  const minAnswered = file.settings?.minAnswered ?? DEFAULT_MIN_ANSWERED;
  const targets = new Map<string, Target>();
  const parentOf = new Map<string, string>();
  const dimensions: Target[] = [];
  for (const d of file.dimensions) {
    const bandsOn = d.bandsOn ?? "percent";
    const bands = resolveBands(file, d.bands, d.bandTexts);
    const dim: Target = {
      id: d.id,
      kind: "dimension",
      name: d.name,
      ...(d.description ? { description: d.description } : {}),
      ...(d.bright ? { bright: d.bright } : {}),
      ...(d.shadow ? { shadow: d.shadow } : {}),
      aggregate: d.aggregate ?? "mean",
      bandsOn,
      bands,
      minAnswered: d.minAnswered ?? minAnswered,
      reach: [],
      facets: (d.facets ?? []).map((f) => f.id),
      display: d.display ?? "percent",
      missing: d.missing ?? "prorate",
    };
    dimensions.push(dim);
    targets.set(d.id, dim);
    for (const f of d.facets ?? []) {
      parentOf.set(f.id, d.id);
      targets.set(f.id, {
        ...dim,
        id: f.id,
        kind: "facet",
        parent: d.id,
        name: f.name,
        ...(f.description ? { description: f.description } : {}),
        // A facet without bands of its own uses its dimension's, unless those are on sums.
        bands: f.bands
          ? resolveBands(file, f.bands, f.bandTexts)
          : bandsOn === "sum"
            ? []
            : f.bandTexts
              ? resolveBands(file, d.bands, f.bandTexts, true)
              : bands,
        reach: [],
        facets: [],
      });
    }
  }
  for (const item of file.items) {
    for (const [id, r] of itemReach(item, scales, parentOf)) targets.get(id)?.reach.push(r);
  }
  const sl = file.quality?.straightLining;
  let hashed = typeof hash === "string" ? hash : undefined;
  return {
    file,
    id: file.id,
    version: String(file.version),
    languages: file.languages,
    get hash() {
      hashed ??= (hash as () => string)();
      return hashed;
    },
    source,
    items: file.items,
    itemIndex: new Map(file.items.map((it, i) => [it.id, i])),
    scales,
    dimensions,
    targets,
    profiles: byPriority(file.profiles ?? []),
    advice: byPriority(file.advice ?? []),
    straightLining: { ...DEFAULT_STRAIGHT_LINING, ...(sl ?? {}) },
    pairs: (file.quality?.pairs ?? []).map((p) => ({
      id: p.id,
      items: [p.items[0], p.items[1]],
      maxGap: p.maxGap,
    })),
    lowInformation: { ...DEFAULT_LOW_INFORMATION, ...(file.quality?.lowInformation ?? {}) },
    notApplicable: notApplicableItems(file),
    order: file.order ?? "file",
  };
}
