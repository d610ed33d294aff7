// The batch's fast lane: an entry scored into arrays by the compiled row scorer
// (engine/compiled.ts) rather than into a Result, and its record written straight from
// those arrays (its JSON line by lean-json.ts). Records, JSON lines and summary figures come
// out exactly as from the Result (tests/bench/lean.test.ts); the Result itself is built only
// for a sink that asks for it.
import { type RowScorer, type RowScores, rowScorer, type Values } from "../engine/compiled.ts";
import { score } from "../engine/score.ts";
import type { Result } from "../engine/types.ts";
import type { Model } from "../model/model.ts";
import { type BatchRecord, recordAround, type TargetRecord } from "./output/record.ts";
import type { Entry, Scored } from "./types.ts";

/** An entry's scores in arrays: valid while the sinks handle that entry, then reused. */
export interface Lean {
  rows: RowScorer;
  values: Values;
  s: RowScores;
}

/** A scored entry whose Result is built only if a sink reads it. */
export class LeanScored implements Scored {
  private built: Result | undefined;
  private readonly sheet: number;

  constructor(
    readonly entry: Entry,
    readonly participant: string,
    readonly lean: Lean,
  ) {
    this.sheet = lean.s.sheets;
  }

  /** Built on first use; scored again if the arrays have since held other rows. */
  get result(): Result {
    if (!this.built) {
      const { rows, values } = this.lean;
      const s =
        this.lean.s.sheets === this.sheet ? this.lean.s : rows.score(values, rows.newScores());
      this.built = rows.result(values, s, this.participant);
    }
    return this.built;
  }
}

/** Scores entry after entry: into arrays when the questionnaire compiles, else with score(). */
export function batchScorer(model: Model): (entry: Entry, participant: string) => Scored {
  const rows = rowScorer(model);
  if (!rows) {
    return (entry, participant) => ({
      entry,
      participant,
      result: score(model, entry.answers, { participant }),
    });
  }
  const s = rows.newScores();
  return (entry, participant) => {
    // The scorer clears the answers of hidden items: then it gets its own copy.
    const given = entry.values;
    let values: Values;
    if (!given) values = rows.valuesOf(entry.answers);
    else values = rows.conditional ? given.slice() : (given as Values);
    return new LeanScored(entry, participant, { rows, values, s: rows.score(values, s) });
  };
}

const bandId = (l: Lean, t: number): string | null =>
  l.rows.targets[t]?.bands[l.s.band[t] as number]?.id ?? null;

/** The record of toRecord(), from the arrays. */
export function leanRecord(s: Scored, lean: Lean, withSource: boolean): BatchRecord {
  const { rows, s: r } = lean;
  const targets = rows.targets.map((t, i): TargetRecord => {
    const ok = r.ok[i] === 1;
    return {
      id: t.id,
      kind: t.kind,
      parent: t.parent ?? null,
      status: ok ? "ok" : "insufficient",
      score: ok ? (r.score[i] as number) : null,
      percent: ok ? (r.percent[i] as number) : null,
      band: ok ? bandId(lean, i) : null,
    };
  });
  return recordAround(s, withSource, rows.model, r, targets);
}
