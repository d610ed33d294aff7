// The scored-sheet view (engine/sheet.ts) over a row scored into arrays. The arrays are
// reused for the next row: the view reads them while the sheet is being handled, and its
// Result, if asked for later, is scored again from the sheet's own values. A target's index
// is within the arrays the compiled plan sized (`x[t]!`).
import type { Target } from "../../model/model.ts";
import type { ScoredSheet, TargetFigures } from "../sheet.ts";
import type { Result } from "../types.ts";
import type { Compiled, Plan } from "./plan.ts";
import { resultOf } from "./result.ts";
import { newScores, type RowScores, scoreRow, type Values } from "./row.ts";

export class RowSheet implements ScoredSheet {
  private built: Result | undefined;
  private readonly sheet: number;

  constructor(
    private readonly c: Compiled,
    private readonly values: Values,
    private readonly s: RowScores,
    private readonly participant: string | null,
  ) {
    this.sheet = s.sheets;
  }

  get model() {
    return this.c.model;
  }
  get targets(): readonly Target[] {
    return this.c.targets;
  }
  get answered() {
    return this.s.answered;
  }
  get shown() {
    return this.s.shown;
  }
  get notApplicable() {
    // Never compiled for a questionnaire that allows "does not apply" (index.ts).
    return 0;
  }
  get archetype() {
    return this.s.profile?.id ?? null;
  }
  get flags() {
    return this.s.flags;
  }
  get lowInformation() {
    return this.s.lowInformation;
  }
  status(t: number) {
    return this.s.ok[t] === 1 ? ("ok" as const) : ("insufficient" as const);
  }
  score(t: number) {
    return this.s.ok[t] === 1 ? this.s.score[t]! : null;
  }
  percent(t: number) {
    return this.s.ok[t] === 1 ? this.s.percent[t]! : null;
  }
  band(t: number) {
    return this.s.ok[t] === 1
      ? ((this.c.targets[t] as Target).bands[this.s.band[t]!]?.id ?? null)
      : null;
  }
  key(t: number) {
    // Every item counted: the score, percent and band depend on the raw points alone.
    const plan = this.c.plans[t] as Plan;
    const complete = this.s.answeredBy[t] === plan.end - plan.first;
    return complete && plan.bandByRaw ? this.s.raw[t]! - plan.low : -1;
  }
  figures(into: TargetFigures) {
    const s = this.s;
    into.ok.set(s.ok);
    into.score.set(s.score);
    into.percent.set(s.percent);
    into.band.set(s.band);
    // The links of each target follow each other in reach order, as the points' do.
    into.points.set(s.points);
    for (let t = 0; t < into.complete.length; t++) {
      const plan = this.c.plans[t] as Plan;
      into.complete[t] = s.answeredBy[t] === plan.end - plan.first ? 1 : 0;
    }
  }
  result(): Result {
    if (!this.built) {
      const s =
        this.s.sheets === this.sheet ? this.s : scoreRow(this.c, this.values, newScores(this.c));
      this.built = resultOf(this.c, this.values, s, this.participant);
    }
    return this.built;
  }
}
