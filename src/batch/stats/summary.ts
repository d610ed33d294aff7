// The team summary, accumulated row by row: per dimension and facet, running statistics,
// band counts, a histogram and the co-moments for Cronbach's alpha. Nothing grows with the
// number of rows but the notes, when asked for. Flagged people are counted, never named: the
// summary is the team's, and their names go only to the per-person outputs.
// Fewer scored participants than the anonymity threshold: no figures at all.

import { AlphaSet } from "../../engine/alpha.ts";
import { newFigures, recordTargets, type TargetFigures } from "../../engine/sheet.ts";
import type { Model, Target } from "../../model/model.ts";
import type { Item } from "../../model/types.ts";
import type { Basis } from "../../stats/withhold.ts";
import type { Scored, Tally } from "../types.ts";
import { RunningStats, type Stats } from "./running.ts";

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

function binOf(percent: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(percent / (100 / HISTOGRAM_BINS))));
}

// Every figure of every target in typed arrays indexed by target (an object per target and a
// Map per row cost more): target t's bands start at bandStart[t], its histogram at t · BINS.
export class SummaryAccumulator {
  private readonly targets: readonly Target[];
  private readonly score: RunningStats;
  private readonly percent: RunningStats;
  private readonly insufficient: Float64Array;
  /** Scores from full sheets: what minGroup is checked against. */
  private readonly full: Float64Array;
  private readonly bandStart: Int32Array;
  /** Band ids, target after target, as bandCounts counts them. */
  private readonly bandIds: string[];
  private readonly bandCounts: Float64Array;
  /** Sheets in a band the target does not list: none from either scorer, counted all the same. */
  private readonly otherBands: Map<string, number>[];
  private readonly histogram: Float64Array;
  /** The figures of the sheet being added. */
  private readonly figures: TargetFigures;
  /** Each target's items, and their co-moments for Cronbach's alpha (a group per target). */
  private readonly items: string[][];
  private readonly alpha: AlphaSet;
  private readonly flags = new Map<string, number>();
  private readonly notes: Map<string, string[]> | null;
  private lowInformation = 0;
  /** Sheets added. */
  scored = 0;

  constructor(
    private readonly model: Model,
    includeNotes: boolean,
  ) {
    const targets = recordTargets(model);
    const count = targets.length;
    this.targets = targets;
    this.score = new RunningStats(count);
    this.percent = new RunningStats(count);
    this.insufficient = new Float64Array(count);
    this.full = new Float64Array(count);
    this.bandStart = new Int32Array(count + 1);
    this.bandIds = [];
    for (const [t, target] of targets.entries()) {
      this.bandStart[t] = this.bandIds.length;
      for (const b of target.bands) this.bandIds.push(b.id);
    }
    this.bandStart[count] = this.bandIds.length;
    this.bandCounts = new Float64Array(this.bandIds.length);
    this.otherBands = targets.map(() => new Map());
    this.histogram = new Float64Array(count * HISTOGRAM_BINS);
    this.figures = newFigures(targets);
    this.items = targets.map((target) => target.reach.map((r) => r.itemId));
    this.alpha = new AlphaSet(this.items.map((items) => items.length));
    this.notes = includeNotes
      ? new Map(model.items.filter((i: Item) => i.type === "text").map((i) => [i.id, []]))
      : null;
  }

  add(s: Scored): void {
    const { sheet } = s;
    this.scored++;
    const f = this.figures;
    sheet.figures(f);
    const { ok, percent, band } = f;
    const { bandStart, bandCounts, histogram } = this;
    const count = this.targets.length;
    let partly = false;
    for (let t = 0; t < count; t++) {
      if (ok[t] !== 1) {
        this.insufficient[t]!++;
        partly = true;
        continue;
      }
      histogram[t * HISTOGRAM_BINS + binOf(percent[t]!)]!++;
      const b = bandStart[t]! + band[t]!;
      if (band[t]! >= 0 && b < bandStart[t + 1]!) bandCounts[b]!++;
      else if (band[t] !== -1) this.otherBand(t, sheet.band(t));
    }
    this.score.addWhere(f.score, ok);
    this.percent.addWhere(percent, ok);
    // Alpha needs every item of the dimension (or facet) answered.
    this.alpha.addWhere(f.points, f.complete);
    // A partly answered sheet is scored, but a group is not shown on the strength of it.
    if (partly || sheet.lowInformation.length > 0) this.lowInformation++;
    else for (let t = 0; t < count; t++) this.full[t]!++;
    for (const flag of sheet.flags) this.flags.set(flag.id, (this.flags.get(flag.id) ?? 0) + 1);
    if (this.notes) {
      for (const [id, list] of this.notes) {
        const a = s.entry.answers[id];
        if (typeof a === "string" && a.trim() !== "") list.push(a.trim());
      }
    }
  }

  /** A band by its id: none of either scorer's sheets gets here, counted all the same. */
  private otherBand(t: number, band: string | null): void {
    if (band === null) return;
    const b = this.bandIds.indexOf(band, this.bandStart[t]!);
    if (b >= 0 && b < this.bandStart[t + 1]!) this.bandCounts[b]!++;
    else {
      const other = this.otherBands[t] as Map<string, number>;
      other.set(band, (other.get(band) ?? 0) + 1);
    }
  }

  finish(tally: Tally, minGroup: number): TeamSummary {
    const withheld = tally.scored - this.lowInformation < minGroup;
    const targets = withheld ? [] : this.targets.map((_, t) => this.targetSummary(t, minGroup));
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
    const full = this.full[t]!;
    const all = this.score.n[t]!;
    return { full: [full, full], all: [all, all] };
  }

  get targetCount(): number {
    return this.targets.length;
  }

  /** A group's figures: `hide(t)` says which targets to withhold; no reliability per group. */
  groupTargets(minGroup: number, hide: (t: number) => boolean): TargetSummary[] {
    return this.targets.map((_, t) => ({
      ...this.targetSummary(t, minGroup, hide(t)),
      reliability: null,
    }));
  }

  private targetSummary(
    t: number,
    minGroup: number,
    withheld = this.full[t]! < minGroup,
  ): TargetSummary {
    const target = this.targets[t] as Target;
    const items = this.items[t] as string[];
    const n = this.score.n[t]!;
    const start = this.bandStart[t]!;
    const bands: [string, number][] = target.bands.map((b, i) => [
      b.id,
      this.bandCounts[start + i]!,
    ]);
    const reliability = this.alpha.result(t);
    const hidden = reliability.n < minGroup;
    return {
      id: target.id,
      kind: target.kind,
      parent: target.parent ?? null,
      n,
      insufficient: this.insufficient[t]!,
      withheld,
      score: withheld ? null : this.score.stats(t),
      percent: withheld ? null : this.percent.stats(t),
      bands: withheld
        ? []
        : [...bands, ...(this.otherBands[t] as Map<string, number>)].map(([id, count]) => ({
            id,
            count,
            share: n > 0 ? count / n : 0,
          })),
      histogram: withheld
        ? []
        : Array.from(this.histogram.subarray(t * HISTOGRAM_BINS, (t + 1) * HISTOGRAM_BINS)),
      reliability: {
        n: reliability.n,
        alpha: hidden ? null : reliability.alpha,
        items: items.map((id, i) => ({
          id,
          itemTotal: hidden ? null : (reliability.itemTotal[i] ?? null),
        })),
      },
    };
  }
}
