// The comparison of two waves: per dimension and facet (and per group), the mean change with
// its interval, d_z, band moves and reliable changes; per matched person, the change and its
// reliable change index. Pure: waves in, figures out. Anonymity is decided here, once: a
// figure computed from fewer than minGroup people is never built, so no output can show it.
import { describe } from "../stats/describe.ts";
import { type Change, CONFIDENCE, pairedChange, welchChange } from "../stats/intervals.ts";
import { groupsToWithhold } from "../stats/withhold.ts";
import {
  type GivenReliability,
  type Pair,
  type PersonTarget,
  personChanges,
  type Reliability,
  reliabilityOf,
} from "./change.ts";
import type { Person, Wave } from "./wave.ts";
import { basis, type Members } from "./withhold.ts";

export type { PersonTarget, Reliability };

export const COMPARISON_SCHEMA_VERSION = 1;
export const HISTOGRAM_BINS = 10;

/** What compare needs to know of a dimension or facet (from the questionnaire). */
export interface TargetInfo {
  id: string;
  kind: "dimension" | "facet";
  parent: string | null;
  /** Band ids, lowest first: a move up is to a later one. */
  bands: string[];
}

export interface Moves {
  up: number;
  same: number;
  down: number;
}

export interface Figures {
  id: string;
  kind: TargetInfo["kind"];
  parent: string | null;
  /** People with a score in each wave, and (paired) in both. */
  nBefore: number;
  nAfter: number;
  nMatched: number;
  /** Too few people (full sheets) for any figure: every field below is null. */
  withheld: boolean;
  before: { mean: number; sd: number | null } | null;
  after: { mean: number; sd: number | null } | null;
  change: Change | null;
  /** Paired: how many people's band went up, stayed, went down. */
  bands: Moves | null;
  /** Paired, with a reliability: how many changed reliably up, not reliably, down. */
  reliable: { up: number; none: number; down: number } | null;
  /** Counts of percent in tenths of 0-100, before and after. */
  histogram: { before: number[]; after: number[] } | null;
}

export interface Comparison {
  schemaVersion: typeof COMPARISON_SCHEMA_VERSION;
  questionnaire: { id: string; version: string };
  design: "paired" | "unpaired";
  confidence: number;
  minGroup: number;
  participants: { before: number; after: number; matched: number };
  /** The reliability behind each target's reliable change index, when there is one. */
  reliability: Reliability[];
  targets: Figures[];
  /** With --group-by: the same figures per group, groups in name order. */
  groups: { name: string | null; targets: Figures[] }[] | null;
}

export interface PersonChange {
  participant: string;
  group: string | null;
  targets: PersonTarget[];
}

export interface CompareOptions {
  minGroup: number;
  unpaired: boolean;
  grouped: boolean;
  /** Reliability given with --reliability, by target id; retest r for the others. */
  reliability: ReadonlyMap<string, GivenReliability>;
}

function binOf(percent: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(percent / (100 / HISTOGRAM_BINS))));
}

function histogram(values: readonly number[]): number[] {
  const bins = Array.from({ length: HISTOGRAM_BINS }, () => 0);
  for (const v of values) bins[binOf(v)] = (bins[binOf(v)] ?? 0) + 1;
  return bins;
}

const meanSd = (values: readonly number[]) => {
  const d = describe(values);
  return d ? { mean: d.mean, sd: d.sd } : null;
};

/** The move of one person's band, or null when a band is unknown to the questionnaire. */
function move(t: TargetInfo, a: string | null, b: string | null): keyof Moves | null {
  const i = a === null ? -1 : t.bands.indexOf(a);
  const j = b === null ? -1 : t.bands.indexOf(b);
  if (i < 0 || j < 0) return null;
  return j > i ? "up" : j < i ? "down" : "same";
}

function pairedFigures(
  t: TargetInfo,
  pairs: readonly Pair[],
  counts: { nBefore: number; nAfter: number },
  people: ReadonlyMap<Pair, PersonTarget>,
  hide: boolean,
): Figures {
  // The pairs with a percent on both sides, their percents and changes, in the same order.
  const scored: Pair[] = [];
  const before: number[] = [];
  const after: number[] = [];
  const changes: number[] = [];
  for (const p of pairs) {
    const x = p.before.targets.get(t.id)?.percent;
    const y = p.after.targets.get(t.id)?.percent;
    if (x == null || y == null) continue;
    scored.push(p);
    before.push(x);
    after.push(y);
    changes.push(y - x);
  }
  const base = { id: t.id, kind: t.kind, parent: t.parent, ...counts, nMatched: scored.length };
  if (hide) return { ...base, ...withheldFigures };
  const bands: Moves = { up: 0, same: 0, down: 0 };
  const reliable = { up: 0, none: 0, down: 0 };
  let withRci = 0;
  for (const p of scored) {
    const m = move(
      t,
      p.before.targets.get(t.id)?.band ?? null,
      p.after.targets.get(t.id)?.band ?? null,
    );
    if (m) bands[m]++;
    const r = people.get(p)?.reliable;
    if (r) {
      reliable[r]++;
      withRci++;
    }
  }
  return {
    ...base,
    withheld: false,
    before: meanSd(before),
    after: meanSd(after),
    change: pairedChange(changes),
    bands,
    reliable: withRci > 0 ? reliable : null,
    histogram: { before: histogram(before), after: histogram(after) },
  };
}

const withheldFigures = {
  withheld: true,
  before: null,
  after: null,
  change: null,
  bands: null,
  reliable: null,
  histogram: null,
} as const;

function unpairedFigures(
  t: TargetInfo,
  a: readonly Person[],
  b: readonly Person[],
  hide: boolean,
): Figures {
  const values = (ps: readonly Person[]) =>
    ps.map((p) => p.targets.get(t.id)?.percent).filter((v): v is number => v != null);
  const before = values(a);
  const after = values(b);
  const base = {
    id: t.id,
    kind: t.kind,
    parent: t.parent,
    nBefore: before.length,
    nAfter: after.length,
    nMatched: 0,
  };
  if (hide) return { ...base, ...withheldFigures };
  return {
    ...base,
    withheld: false,
    before: meanSd(before),
    after: meanSd(after),
    change: welchChange(before, after),
    bands: null,
    reliable: null,
    histogram: { before: histogram(before), after: histogram(after) },
  };
}

const scoredIn = (ps: readonly Person[], id: string) =>
  ps.filter((p) => p.targets.get(id)?.percent != null).length;

const groupName = (g: string | null) => g ?? "";

export function compare(
  before: Wave,
  after: Wave,
  targets: readonly TargetInfo[],
  o: CompareOptions,
): { comparison: Comparison; people: PersonChange[] } {
  const afterBy = new Map(after.people.map((p) => [p.participant, p]));
  const pairs: Pair[] = o.unpaired
    ? []
    : before.people.flatMap((p) => {
        const q = afterBy.get(p.participant);
        return q ? [{ before: p, after: q }] : [];
      });
  const everyone: Members = { before: before.people, after: after.people, pairs };
  const small = (m: Members) => (i: number) =>
    Math.min(...basis((targets[i] as TargetInfo).id, m, o.unpaired).full) < o.minGroup;
  const reliabilities = o.unpaired
    ? []
    : targets.map((t, i) =>
        reliabilityOf(t.id, pairs, o.reliability.get(t.id), !small(everyone)(i)),
      );
  const changes = reliabilities.map((r, i) =>
    personChanges((targets[i] as TargetInfo).id, before, pairs, r),
  );
  const figures = (m: Members, hide: (i: number) => boolean) =>
    targets.map((t, i) =>
      o.unpaired
        ? unpairedFigures(t, m.before, m.after, hide(i))
        : pairedFigures(
            t,
            m.pairs,
            { nBefore: scoredIn(m.before, t.id), nAfter: scoredIn(m.after, t.id) },
            changes[i] as Map<Pair, PersonTarget>,
            hide(i),
          ),
    );
  let groups: Comparison["groups"] = null;
  if (o.grouped) {
    // A pair belongs to its group in the second wave: where the person is now.
    const pairGroup = (p: Pair) => p.after.group ?? p.before.group;
    const names = [...new Set([...before.people, ...after.people].map((p) => p.group))].sort(
      (a, b) => groupName(a).localeCompare(groupName(b)),
    );
    const members: Members[] = names.map((name) => ({
      before: before.people.filter((p) => p.group === name),
      after: after.people.filter((p) => p.group === name),
      pairs: pairs.filter((p) => pairGroup(p) === name),
    }));
    const withheld = targets.map((t) =>
      groupsToWithhold(
        members.map((m) => basis(t.id, m, o.unpaired)),
        o.minGroup,
      ),
    );
    groups = names.map((name, g) => ({
      name,
      targets: figures(members[g] as Members, (i) => withheld[i]?.[g] === true),
    }));
  }
  const comparison: Comparison = {
    schemaVersion: COMPARISON_SCHEMA_VERSION,
    questionnaire: before.questionnaire,
    design: o.unpaired ? "unpaired" : "paired",
    confidence: CONFIDENCE,
    minGroup: o.minGroup,
    participants: {
      before: before.people.length,
      after: after.people.length,
      matched: pairs.length,
    },
    reliability: reliabilities.filter((r): r is Reliability => r !== null),
    targets: figures(everyone, small(everyone)),
    groups,
  };
  const people = pairs.map((p) => ({
    participant: p.after.participant,
    group: p.after.group ?? p.before.group,
    targets: changes.map((c) => c.get(p) as PersonTarget),
  }));
  return { comparison, people };
}
