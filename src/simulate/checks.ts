// The checks every simulated respondent's result goes through, beyond the tallies. Each
// problem a check names is counted per run, and `reflet test --simulate` fails on any.
import type { RespondentCheck } from "./types.ts";

export const RESPONDENT_CHECKS: readonly RespondentCheck[] = [];
