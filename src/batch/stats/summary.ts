// The team summary, accumulated row by row: per dimension and facet, running statistics,
// band counts, a histogram and the co-moments for Cronbach's alpha. Nothing grows with the
// number of rows but the notes, when asked for. Flagged people are counted, never named: the
// summary is the team's, and their names go only to the per-person outputs.
// Fewer scored participants than the anonymity threshold: no figures at all.

import { AlphaAccumulator } from "../../engine/alpha.ts";
import { recordTargets, type ScoredSheet } from "../../engine/sheet.ts";
import type { Model, Target } from "../../model/model.ts";
import type { Item } from "../../model/types.ts";
import type { Basis } from "../../stats/withhold.ts";
import type { Scored, Tally } from "../types.ts";
import { Running, type Stats } from "./running.ts";

export const SUMMARY_SCHEMA_VERSION = 2;
export const HISTOGRAM_BINS = 10;

export interface TargetSummary {
  id: string;
  kind: "dimension" | "facet";
  parent: string | null;
  /** Participants with a score (enough answers). */
  n: number;
  /** Participants without one (not enough answers). */
  insufficient: number;
  /** True when n is under the threshold: every figure below is left out. */
  withheld: boolean;
  score: Stats | null;
  percent: Stats | null;
  bands: { id: string; count: number; share: number }[];
  /** Counts of percent in [0, 10), [10, 20) ... [90, 100]. */
  histogram: number[];
  /** Cronbach's alpha over the items of the dimension, or of the facet. */
  reliability: {
    n: number;
    alpha: number | null;
    items: { id: string; itemTotal: number | null }[];
  } | null;
}

export interface TeamSummary {
  schemaVersion: typeof SUMMARY_SCHEMA_VERSION;
  questionnaire: { id: string; version: string };
  participants: Tally;
  minGroup: number;
  /**
   * Scored sheets with too little to go on (straight-lined, mostly middle answers..., or a
   * dimension without enough answers): they do not count toward minGroup, so a group is never shown on the strength of them.
   */
  lowInformation: number;
  /** True when fewer than minGroup full sheets (scored, not low-information) were scored. */
  withheld: boolean;
  targets: TargetSummary[];
  /** How many scored sheets carry each flag, in the order flags were first met. */
  flags: { id: string; count: number }[];
  /** Answers to free-text items, sorted, without names; null unless asked for (and withheld). */
  notes: { item: string; answers: string[] }[] | null;
  /** With --group-by: the column, and the figures of each group (groups.ts); else null. */
  groupBy: string | null;
  groups: GroupSummary[] | null;
}

export interface GroupSummary {
  /** The group's name; null for the people whose group cell is empty. */
  name: string | null;
  scored: number;
  /** Each dimension and facet, withheld below minGroup and where it would give a hidden group away. */
  targets: TargetSummary[];
}

interface TargetAcc {
  target: Target;
  score: Running;
  percent: Running;
  insufficient: number;
  /** Scores from full sheets: what minGroup is checked against. */
  full: number;
  /** Sheets in each of the target's bands, in the target's order (a Map per row costs more). */
  bands: number[];
  /** Sheets in a band the target does not list: none from either scorer, counted all the same. */
  otherBands: Map<string, number>;
  histogram: number[];
  alpha: { items: string[]; acc: AlphaAccumulator; values: Float64Array } | null;
}

/** Some dimension or facet has no score for want of answers. */
function partlyAnswered(sheet: ScoredSheet): boolean {
  for (let t = 0; t < sheet.targets.length; t++) if (sheet.status(t) !== "ok") return true;
  return false;
}

function binOf(percent: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(percent / (100 / HISTOGRAM_BINS))));
}

export class SummaryAccumulator {
  private readonly targets: TargetAcc[];
  private readonly flags = new Map<string, number>();
  private readonly notes: Map<string, string[]> | null;
  private lowInformation = 0;
  /** Sheets added. */
  scored = 0;

  constructor(
    private readonly model: Model,
    includeNotes: boolean,
  ) {
    this.targets = recordTargets(model).map((target) => {
      const items = target.reach.map((r) => r.itemId);
      return {
        target,
        score: new Running(),
        percent: new Running(),
        insufficient: 0,
        full: 0,
        bands: target.bands.map(() => 0),
        otherBands: new Map(),
        histogram: Array.from({ length: HISTOGRAM_BINS }, () => 0),
        alpha: {
          items,
          acc: new AlphaAccumulator(items.length),
          values: new Float64Array(items.length),
        },
      };
    });
    this.notes = includeNotes
      ? new Map(model.items.filter((i: Item) => i.type === "text").map((i) => [i.id, []]))
      : null;
  }

  add(s: Scored): void {
    const { sheet } = s;
    this.scored++;
    // A partly answered sheet is scored, but a group is not shown on the strength of it.
    const low = sheet.lowInformation.length > 0 || partlyAnswered(sheet);
    if (low) this.lowInformation++;
    for (let t = 0; t < this.targets.length; t++) {
      const acc = this.targets[t] as TargetAcc;
      const score = sheet.score(t);
      const percent = sheet.percent(t);
      if (sheet.status(t) !== "ok" || score === null || percent === null) acc.insufficient++;
      else this.count(acc, score, percent, sheet.band(t), low);
      // Alpha needs every item of the dimension (or facet) answered.
      const alpha = acc.alpha;
      if (alpha && sheet.itemPoints(t, alpha.values)) alpha.acc.add(alpha.values);
    }
    for (const f of sheet.flags) this.flags.set(f.id, (this.flags.get(f.id) ?? 0) + 1);
    if (this.notes) {
      for (const [id, list] of this.notes) {
        const a = s.entry.answers[id];
        if (typeof a === "string" && a.trim() !== "") list.push(a.trim());
      }
    }
  }

  private count(
    acc: TargetAcc,
    score: number,
    percent: number,
    band: string | null,
    low: boolean,
  ): void {
    if (!low) acc.full++;
    acc.score.add(score);
    acc.percent.add(percent);
    const bin = binOf(percent);
    acc.histogram[bin] = (acc.histogram[bin] ?? 0) + 1;
    if (band === null) return;
    // A target has a few bands, and a sheet's band is one of their ids: no hashing.
    const bands = acc.target.bands;
    let b = 0;
    while (b < bands.length && (bands[b] as { id: string }).id !== band) b++;
    if (b < bands.length) acc.bands[b] = acc.bands[b]! + 1;
    else acc.otherBands.set(band, (acc.otherBands.get(band) ?? 0) + 1);
  }

  finish(tally: Tally, minGroup: number): TeamSummary {
    const withheld = tally.scored - this.lowInformation < minGroup;
    const targets = withheld ? [] : this.targets.map((t) => this.targetSummary(t, minGroup));
    return {
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      questionnaire: { id: this.model.id, version: this.model.version },
      participants: { scored: tally.scored, rejected: tally.rejected, flagged: tally.flagged },
      minGroup,
      lowInformation: this.lowInformation,
      withheld,
      targets,
      flags: [...this.flags].map(([id, count]) => ({ id, count })),
      // Notes of a group too small to be anonymous would say who wrote what.
      notes:
        this.notes && !withheld
          ? [...this.notes].map(([item, answers]) => ({
              item,
              answers: [...answers].sort((a, b) => a.localeCompare(b)),
            }))
          : null,
      groupBy: null,
      groups: null,
    };
  }

  /** The sheets behind target `t`, as compare counts them (one wave: both sides alike). */
  basis(t: number): Basis {
    const acc = this.targets[t] as TargetAcc;
    return { full: [acc.full, acc.full], all: [acc.score.n, acc.score.n] };
  }

  get targetCount(): number {
    return this.targets.length;
  }

  /** A group's figures: `hide(t)` says which targets to withhold; no reliability per group. */
  groupTargets(minGroup: number, hide: (t: number) => boolean): TargetSummary[] {
    return this.targets.map((t, i) => ({
      ...this.targetSummary(t, minGroup, hide(i)),
      reliability: null,
    }));
  }

  private targetSummary(
    t: TargetAcc,
    minGroup: number,
    withheld = t.full < minGroup,
  ): TargetSummary {
    const n = t.score.n;
    const reliability = t.alpha?.acc.result();
    return {
      id: t.target.id,
      kind: t.target.kind,
      parent: t.target.parent ?? null,
      n,
      insufficient: t.insufficient,
      withheld,
      score: withheld ? null : t.score.stats(),
      percent: withheld ? null : t.percent.stats(),
      bands: withheld
        ? []
        : [
            ...t.target.bands.map((b, i): [string, number] => [b.id, t.bands[i]!]),
            ...t.otherBands,
          ].map(([id, count]) => ({ id, count, share: n > 0 ? count / n : 0 })),
      histogram: withheld ? [] : t.histogram,
      reliability:
        t.alpha && reliability
          ? {
              n: reliability.n,
              alpha: reliability.n < minGroup ? null : reliability.alpha,
              items: t.alpha.items.map((id, i) => ({
                id,
                itemTotal: reliability.n < minGroup ? null : (reliability.itemTotal[i] ?? null),
              })),
            }
          : null,
    };
  }
}
