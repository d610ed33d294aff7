// Counts of one run: profiles, bands of every dimension and facet, advice, people without
// an action to try, and the problems per-respondent checks found. Shares at the end.
import type { Result } from "../engine/types.ts";
import type { Model } from "../model/model.ts";
import type { RunReport } from "./types.ts";

const zeros = (ids: readonly string[]) => new Map(ids.map((id) => [id, 0]));
const bump = (m: Map<string, number>, id: string) => m.set(id, (m.get(id) ?? 0) + 1);

export class Tally {
  private n = 0;
  private noProfile = 0;
  private noAction = 0;
  private lowInformation = 0;
  private readonly profiles: Map<string, number>;
  private readonly advice: Map<string, number>;
  private readonly targets: { id: string; bands: Map<string, number>; none: number }[];
  private readonly violations = new Map<string, number>();

  constructor(model: Model) {
    this.profiles = zeros(model.profiles.map((p) => p.id));
    this.advice = zeros(model.advice.map((a) => a.id));
    this.targets = [...model.targets.values()].map((t) => ({
      id: t.id,
      bands: zeros(t.bands.map((b) => b.id)),
      none: 0,
    }));
  }

  add(result: Result): void {
    this.n++;
    if (result.profile) bump(this.profiles, result.profile.id);
    else this.noProfile++;
    for (const a of result.advice) bump(this.advice, a.id);
    if (!result.advice.some((a) => a.kind === "action")) this.noAction++;
    if (result.lowInformation) this.lowInformation++;
    let i = 0;
    for (const d of result.dimensions) {
      for (const t of [d, ...d.facets]) {
        const slot = this.targets[i++];
        if (!slot) continue;
        if (t.band === null) slot.none++;
        else bump(slot.bands, t.band);
      }
    }
  }

  violation(id: string): void {
    bump(this.violations, id);
  }

  shares(): Omit<RunReport, "id" | "model" | "context" | "alpha"> {
    const n = Math.max(1, this.n);
    const share = (m: Map<string, number>) =>
      Object.fromEntries([...m].map(([id, count]) => [id, count / n]));
    return {
      respondents: this.n,
      profiles: share(this.profiles),
      noProfile: this.noProfile / n,
      targets: this.targets.map((t) => ({ id: t.id, bands: share(t.bands), none: t.none / n })),
      advice: share(this.advice),
      noAction: this.noAction / n,
      lowInformation: this.lowInformation / n,
      violations: Object.fromEntries(this.violations),
    };
  }
}
