// The batch itself: every entry scored by the same engine as `reflet score`, every problem
// passed on, one at a time, so memory does not grow with the number of rows. The scorer is
// compiled once for the questionnaire (engine/compiled/: the same results as score()).

import { sheetScorer } from "../engine/compiled/index.ts";
import { nothingScored } from "../engine/sheet.ts";
import type { Lang } from "../i18n/lang.ts";
import { messagesFor } from "../i18n/lang.ts";
import { answerMessages } from "../load/messages/answers.ts";
import type { Model } from "../model/model.ts";
import { FirstSeen } from "./first-seen.ts";
import { batchInputMessages } from "./messages/input.ts";
import type { Entry, Scored, Sink, Tally, Unit, UnitRuns } from "./types.ts";

export interface PipelineOptions {
  model: Model;
  lang: Lang;
  /** Stop at the first rejection. */
  failFast?: boolean;
  /** The id shown for a participant; the id itself when absent. */
  pseudonym?: (id: string) => string;
  /** Aborted on Ctrl-C: the batch stops even while it waits for input. */
  signal?: AbortSignal;
}

export interface BatchOutcome extends Tally {
  /** True when --fail-fast stopped the batch. */
  stopped: boolean;
  /** True when the signal stopped it. */
  interrupted: boolean;
}

export const newOutcome = (): BatchOutcome => ({
  scored: 0,
  rejected: 0,
  flagged: 0,
  stopped: false,
  interrupted: false,
});

/**
 * Units read from data already buffered follow one another without a turn of the event
 * loop, where signals are delivered: every so many units the batch lets it turn.
 */
const UNITS_BETWEEN_TURNS = 256;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The runs of units one at a time, or "aborted" as soon as the signal is, even while the
 * next run is awaited (standard input). One listener wakes whichever wait is current: racing
 * each run against one promise that never settles would keep every run alive until the end.
 */
async function* untilAborted(
  units: UnitRuns,
  signal: AbortSignal | undefined,
): AsyncGenerator<Unit[] | "aborted"> {
  const iterator = units[Symbol.asyncIterator]();
  let wake: ((step: "aborted") => void) | null = null;
  signal?.addEventListener("abort", () => wake?.("aborted"), { once: true });
  for (;;) {
    const step =
      signal === undefined
        ? await iterator.next()
        : signal.aborted
          ? "aborted"
          : await new Promise<IteratorResult<Unit[]> | "aborted">((resolve, reject) => {
              wake = resolve;
              iterator.next().then(resolve, reject);
            });
    wake = null;
    if (step === "aborted") {
      // Not awaited: a read in progress (standard input) may never end.
      iterator.return?.().catch(() => {});
      yield "aborted";
      return;
    }
    if (step.done) return;
    yield step.value;
  }
}

const placeOf = (entry: Entry) => ({
  file: entry.file,
  ...(entry.line !== null ? { line: entry.line } : {}),
});

/** Runs the batch; `tally` is updated as it goes, for progress and for the summary. */
export async function runBatch(
  units: UnitRuns,
  sinks: readonly Sink[],
  o: PipelineOptions,
  tally: BatchOutcome = newOutcome(),
): Promise<BatchOutcome> {
  const m = messagesFor(o.lang, batchInputMessages);
  const am = messagesFor(o.lang, answerMessages);
  const sheetOf = sheetScorer(o.model);
  // Positional ids (row-12) are unique by construction: only given ids are remembered.
  const seen = new FirstSeen();
  // A pseudonym of a row number names a row, not a person: another wave's row 2 is someone else.
  const rowPseudonymsSaid = new Set<string>();
  let n = 0;
  const { signal } = o;
  batch: for await (const run of untilAborted(units, signal)) {
    if (run === "aborted") {
      tally.interrupted = true;
      break;
    }
    for (const unit of run) {
      if (signal) {
        if (++n % UNITS_BETWEEN_TURNS === 0) await turn();
        // Delivered during that turn, or while a sink was awaited.
        if (signal.aborted) {
          tally.interrupted = true;
          break batch;
        }
      }
      if (unit.kind === "warning") {
        for (const s of sinks) await s.problem?.(unit.problem, "warning");
        continue;
      }
      let rejection = unit.kind === "rejected" ? unit : null;
      if (unit.kind === "entry") {
        const { entry } = unit;
        const first = entry.generated ? undefined : seen.get(entry.participant);
        if (first) {
          rejection = {
            kind: "rejected",
            problems: [{ ...placeOf(entry), ...m.duplicate(entry.participant, first) }],
            count: 1,
          };
        } else {
          const participant = o.pseudonym ? o.pseudonym(entry.participant) : entry.participant;
          if (o.pseudonym && entry.generated && !rowPseudonymsSaid.has(entry.file)) {
            rowPseudonymsSaid.add(entry.file);
            for (const s of sinks)
              await s.problem?.({ file: entry.file, ...m.rowPseudonyms() }, "warning");
          }
          const sheet = sheetOf(entry, participant);
          if (nothingScored(sheet)) {
            // A blank sheet would get a profile built on nothing: it is not a result.
            rejection = {
              kind: "rejected",
              problems: [{ ...placeOf(entry), ...am.blank(sheet.answered) }],
              count: 1,
            };
          } else {
            if (!entry.generated) seen.add(entry.participant, entry);
            const scored: Scored = { entry, participant, sheet };
            tally.scored++;
            if (sheet.flags.length > 0) tally.flagged++;
            for (const s of sinks) {
              // A sink that keeps up returns nothing: no wait for it, row after row.
              const pending = s.scored?.(scored);
              if (pending) await pending;
            }
          }
        }
      }
      if (rejection) {
        tally.rejected += rejection.count;
        for (const p of rejection.problems) for (const s of sinks) await s.problem?.(p, "error");
        if (o.failFast) {
          tally.stopped = true;
          break batch;
        }
      }
    }
  }
  return tally;
}
