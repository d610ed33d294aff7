// What a simulation reports. `reflet test --simulate --json` prints it as it is.

import type { Result } from "../engine/types.ts";
import type { Model } from "../model/model.ts";
import type { Answers, SimulationModelName } from "../model/types.ts";

/** A context question pinned to one of its answers for a whole run. */
export interface RunContext {
  item: string;
  value: string;
}

export interface TargetShares {
  id: string;
  /** Share of respondents in each band, every band of the target listed. */
  bands: Record<string, number>;
  /** Share with no band: too few answers, or a target without bands. */
  none: number;
}

export interface RunReport {
  /** The model's name, followed by the context when there is one: `uniform channel=phone`. */
  id: string;
  model: SimulationModelName;
  context: RunContext | null;
  respondents: number;
  /** Share given each profile, every profile listed. */
  profiles: Record<string, number>;
  /** Share given no profile at all (no condition held and there is no fallback). */
  noProfile: number;
  /** Dimensions, each followed by its facets. */
  targets: TargetShares[];
  /** Share given each advice rule, every rule listed. */
  advice: Record<string, number>;
  /** Share given no advice of kind action. */
  noAction: number;
  /** Share of sheets that say too little for a portrait (result.lowInformation set). */
  lowInformation: number;
  /** Cronbach's alpha each dimension would have (latent model only; null when undefined). */
  alpha: Record<string, number | null> | null;
  /** Respondents for whom each per-respondent check found a problem. */
  violations: Record<string, number>;
}

export interface SimulationReport {
  seed: number;
  respondents: number;
  runs: RunReport[];
  /** What no respondent of any run got. */
  unreached: {
    profiles: string[];
    advice: string[];
    bands: { target: string; band: string }[];
  };
}

/**
 * A check made on every simulated respondent: the names of the problems it finds in the
 * result (empty when none). Each name is counted per run, in `violations`.
 */
export type RespondentCheck = (result: Result, answers: Answers, model: Model) => string[];
