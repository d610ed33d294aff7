// The expectations a questionnaire declares (`expectations:`), checked on a simulation.
// Pure: what broke is data; `reflet test` words it in the user's language.
import type { Model } from "../model/model.ts";
import type { Expectations, SimulationModelName } from "../model/types.ts";
import type { RunReport, SimulationReport } from "./types.ts";

export type Broken =
  | { kind: "maxProfileShare"; run: string; profile: string; share: number; limit: number }
  | { kind: "maxFallbackShare"; run: string; profile: string; share: number; limit: number }
  | { kind: "minActionShare"; run: string; share: number; limit: number }
  | { kind: "unreached"; what: "profile" | "advice" | "band"; id: string; target?: string }
  | { kind: "model"; run: string; profile: string; share: number }
  | { kind: "modelLowInformation"; run: string; share: number }
  | { kind: "violation"; run: string; check: string; count: number; respondents: number };

type Limit = Expectations["maxProfileShare"];

/** A limit and the runs it applies to: those of its models (uniform by default), contexts included. */
function limitOf(limit: Limit, runs: RunReport[]): { share: number; runs: RunReport[] } | null {
  if (limit === undefined) return null;
  const { share, models }: { share: number; models: readonly SimulationModelName[] } =
    typeof limit === "number" ? { share: limit, models: ["uniform"] } : limit;
  return { share, runs: runs.filter((r) => models.includes(r.model)) };
}

export function checkExpectations(model: Model, report: SimulationReport): Broken[] {
  const e = model.file.expectations ?? {};
  const out: Broken[] = [];
  const most = limitOf(e.maxProfileShare, report.runs);
  for (const run of most?.runs ?? []) {
    for (const [profile, share] of Object.entries(run.profiles)) {
      if (most && share > most.share)
        out.push({ kind: "maxProfileShare", run: run.id, profile, share, limit: most.share });
    }
  }
  const fallback = model.profiles.find((p) => p.when === undefined)?.id;
  const fall = limitOf(e.maxFallbackShare, report.runs);
  for (const run of fall?.runs ?? []) {
    const share = fallback === undefined ? 0 : (run.profiles[fallback] ?? 0);
    if (fall && fallback !== undefined && share > fall.share)
      out.push({
        kind: "maxFallbackShare",
        run: run.id,
        profile: fallback,
        share,
        limit: fall.share,
      });
  }
  const action = limitOf(e.minActionShare, report.runs);
  for (const run of action?.runs ?? []) {
    const share = 1 - run.noAction;
    if (action && share < action.share)
      out.push({ kind: "minActionShare", run: run.id, share, limit: action.share });
  }
  if (e.reachable === "all") {
    const u = report.unreached;
    for (const id of u.profiles) out.push({ kind: "unreached", what: "profile", id });
    for (const id of u.advice) out.push({ kind: "unreached", what: "advice", id });
    for (const b of u.bands)
      out.push({ kind: "unreached", what: "band", id: b.band, target: b.target });
  }
  for (const x of e.models ?? []) {
    for (const run of report.runs.filter((r) => r.model === x.model)) {
      if ("lowInformation" in x) {
        const share = run.lowInformation;
        if (share < 1) out.push({ kind: "modelLowInformation", run: run.id, share });
        continue;
      }
      const share = run.profiles[x.profile] ?? 0;
      if (share < 1) out.push({ kind: "model", run: run.id, profile: x.profile, share });
    }
  }
  for (const run of report.runs) {
    for (const [check, count] of Object.entries(run.violations)) {
      out.push({ kind: "violation", run: run.id, check, count, respondents: run.respondents });
    }
  }
  return out;
}
