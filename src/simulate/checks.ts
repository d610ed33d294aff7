// The checks every simulated respondent's result goes through, beyond the tallies. Each
// problem a check names is counted per run, and `reflet test --simulate` fails on any.
import { findContradictions } from "../engine/contradictions.ts";
import type { RespondentCheck } from "./types.ts";

/** A text shown to someone whose answers it declares it must not contradict. */
const contradicted: RespondentCheck = (result, answers, model) =>
  findContradictions(model, answers, result).length > 0 ? ["contradicted"] : [];

export const RESPONDENT_CHECKS: readonly RespondentCheck[] = [contradicted];
