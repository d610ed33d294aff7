// --keep latest|first: a person who sent the form several times keeps one answer sheet, the
// latest or the first by the timestamp column, and every other one is reported as left out
// (a warning, with the one kept). Which one is kept can only be known once every input is
// read: the inputs are read twice, once to choose and once to score. Standard input, which
// cannot be read twice, is kept in memory for the two readings.
import { Readable } from "node:stream";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { type Source, type UnitOptions, unitsOf } from "./input/inputs.ts";
import { batchInputMessages } from "./messages/input.ts";
import type { Entry, Unit, UnitRuns } from "./types.ts";

export type Keep = "latest" | "first";
export const KEEP_CHOICES: readonly Keep[] = ["latest", "first"];

interface Sheet {
  file: string;
  line: number | null;
  time: number | null;
  /** Its rank in reading order, for sheets without a time. */
  order: number;
}

/** True when `a` should be kept rather than `b`. */
function better(a: Sheet, b: Sheet, keep: Keep): boolean {
  const later =
    a.time !== null && b.time !== null && a.time !== b.time ? a.time > b.time : a.order > b.order;
  return keep === "latest" ? later : !later;
}

const same = (s: Sheet, e: Entry) => s.file === e.file && s.line === e.line;

async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as AsyncIterable<Buffer | string>)
    chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The sheet kept for each person read more than once. */
async function choose(units: UnitRuns, keep: Keep, signal?: AbortSignal) {
  const kept = new Map<string, Sheet>();
  const twice = new Set<string>();
  let order = 0;
  for await (const run of units) {
    if (signal?.aborted) break;
    for (const unit of run) {
      if (unit.kind !== "entry" || unit.entry.generated) continue;
      const { participant, file, line, time } = unit.entry;
      const sheet: Sheet = { file, line, time: time ?? null, order: order++ };
      const before = kept.get(participant);
      if (before) twice.add(participant);
      if (!before || better(sheet, before, keep)) kept.set(participant, sheet);
    }
  }
  for (const id of kept.keys()) if (!twice.has(id)) kept.delete(id);
  return kept;
}

/** The units of `sources`, each person's other answer sheets left out with a warning. */
export async function* keptUnits(
  sources: readonly Source[],
  o: UnitOptions & { keep: Keep; lang: Lang; signal?: AbortSignal },
): AsyncGenerator<Unit[]> {
  const m = messagesFor(o.lang, batchInputMessages);
  const stdin = sources.some((s) => s.kind === "stdin") ? await bytesOf(o.stdin) : null;
  const reading = () => ({
    ...o,
    times: true,
    ...(stdin ? { stdin: Readable.from([stdin]) } : {}),
  });
  const kept = await choose(unitsOf(sources, reading()), o.keep, o.signal);
  const leftOut = (entry: Entry, sheet: Sheet): Unit => ({
    kind: "warning",
    problem: {
      file: entry.file,
      ...(entry.line !== null ? { line: entry.line } : {}),
      ...m.keptOther(entry.participant, o.keep, sheet),
    },
  });
  for await (const run of unitsOf(sources, reading())) {
    yield run.map((unit) => {
      const sheet =
        unit.kind === "entry" && !unit.entry.generated && kept.get(unit.entry.participant);
      return !sheet || unit.kind !== "entry" || same(sheet, unit.entry)
        ? unit
        : leftOut(unit.entry, sheet);
    });
  }
}
