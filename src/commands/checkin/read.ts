// Reading the commitments for a command: damaged lines are counted in one warning, never fatal.
import type { Ctx } from "../../io/context.ts";
import { readCommitments, type Tracked, tracked } from "../../store/commitments.ts";
import type { DataPaths } from "../../store/paths.ts";
import { skippedWarning } from "../../store/warnings.ts";

/** Every commitment with its state, oldest first. */
export function readTracked(ctx: Ctx, paths: DataPaths): Tracked[] {
  const { records, skipped } = readCommitments(paths);
  for (const line of skippedWarning(paths.commitments, skipped, ctx.lang)) ctx.err(line);
  return tracked(records);
}
