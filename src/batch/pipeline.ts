// The batch itself: every entry scored by the same engine as `reflet score`, every problem
// passed on, one at a time, so memory does not grow with the number of rows. The scorer is
// compiled once for the questionnaire (engine/compiled.ts: the same results as score()).
import { compileScorer } from "../engine/compiled.ts";
import type { Lang } from "../i18n/lang.ts";
import { messagesFor } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { batchMessages } from "./messages.ts";
import type { Sink, Tally, Unit } from "./types.ts";

export interface PipelineOptions {
  model: Model;
  lang: Lang;
  /** Stop at the first rejection. */
  failFast?: boolean;
  /** The id shown for a participant; the id itself when absent. */
  pseudonym?: (id: string) => string;
}

export interface BatchOutcome extends Tally {
  /** True when --fail-fast stopped the batch. */
  stopped: boolean;
}

export const newOutcome = (): BatchOutcome => ({
  scored: 0,
  rejected: 0,
  flagged: 0,
  stopped: false,
});

/** Runs the batch; `tally` is updated as it goes, for progress and for the summary. */
export async function runBatch(
  units: AsyncIterable<Unit>,
  sinks: readonly Sink[],
  o: PipelineOptions,
  tally: BatchOutcome = newOutcome(),
): Promise<BatchOutcome> {
  const m = messagesFor(o.lang, batchMessages);
  const scoreOf = compileScorer(o.model);
  // Positional ids (row-12) are unique by construction: only given ids are remembered.
  const seen = new Set<string>();
  for await (const unit of units) {
    if (unit.kind === "warning") {
      for (const s of sinks) await s.problem?.(unit.problem, "warning");
      continue;
    }
    let rejection = unit.kind === "rejected" ? unit : null;
    if (unit.kind === "entry") {
      const { entry } = unit;
      if (!entry.generated && seen.has(entry.participant)) {
        const problem = {
          file: entry.file,
          ...(entry.line !== null ? { line: entry.line } : {}),
          ...m.duplicate(entry.participant),
        };
        rejection = { kind: "rejected", problems: [problem], count: 1 };
      } else {
        if (!entry.generated) seen.add(entry.participant);
        const participant = o.pseudonym ? o.pseudonym(entry.participant) : entry.participant;
        const result = scoreOf(entry.answers, { participant });
        tally.scored++;
        if (result.flags.length > 0) tally.flagged++;
        for (const s of sinks) await s.scored?.({ entry, participant, result });
      }
    }
    if (rejection) {
      tally.rejected += rejection.count;
      for (const p of rejection.problems) for (const s of sinks) await s.problem?.(p, "error");
      if (o.failFast) {
        tally.stopped = true;
        break;
      }
    }
  }
  return tally;
}
