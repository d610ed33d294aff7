// The shape of everything reflet reads back from its data folder: history entries,
// checkpoints and session locks. A file there may have been cut short by a crash, edited by
// hand or planted: nothing read from it is used before it passes these schemas, in depth,
// nested values included. Display still goes through src/term/sanitize.ts: a schema says a
// value is a string, not that it is safe to print.
import * as z from "zod";
import type { Result } from "../engine/types.ts";
import type { Checkpoint } from "./checkpoint.ts";
import type { HistoryEntry } from "./entry.ts";
import type { SessionLock } from "./lock.ts";

const count = z.int().min(0);
const nullableNumber = z.number().nullable();
const strings = z.array(z.string());

export const AnswerValue = z.union([
  z.number(),
  z.string(),
  strings,
  z.object({ best: z.union([z.string(), z.number()]), worst: z.union([z.string(), z.number()]) }),
]);

const Contribution = z.object({
  item: z.string(),
  answer: AnswerValue,
  points: z.number(),
  reversed: z.boolean(),
  weight: z.number(),
});

const Target = z.object({
  id: z.string(),
  status: z.enum(["ok", "insufficient"]),
  answered: count,
  expected: count,
  raw: z.number(),
  sum: nullableNumber,
  mean: nullableNumber,
  score: nullableNumber,
  percent: z.number().min(0).max(100).nullable(),
  band: z.string().nullable(),
  contributions: z.array(Contribution),
});

// Evidence, strengths, watch points and withheld texts came later within schemaVersion 1:
// entries saved before them read as having none, so older history stays readable.
const Evidence = z.object({
  item: z.string(),
  answer: AnswerValue,
  target: z.string().nullable(),
  points: nullableNumber,
});
const evidence = z.array(Evidence).default([]);
const Statement = z.object({
  source: z.enum(["band", "advice"]),
  id: z.string(),
  band: z.string().nullable(),
  evidence,
});
const Withheld = z.object({
  kind: z.enum(["profile", "advice", "band"]),
  id: z.string(),
  band: z.string().nullable(),
  reason: z.enum(["contradicted", "low-information"]),
});
const LowInformation = z.object({
  reasons: z.array(z.enum(["straight-lining", "middle", "not-applicable", "incomplete"])),
});

const ResultSchema = z.object({
  schemaVersion: z.literal(1),
  questionnaire: z.object({ id: z.string(), version: z.string(), hash: z.string() }),
  participant: z.string().nullable(),
  answered: count,
  shown: count,
  dimensions: z.array(Target.extend({ facets: z.array(Target) })),
  profile: z.object({ id: z.string(), because: strings, evidence }).nullable(),
  advice: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["action", "watch", "strength", "reflect", "support"]),
      priority: z.number(),
      because: strings,
      evidence,
    }),
  ),
  flags: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(["straight-lining", "inconsistent"]),
      items: strings,
    }),
  ),
  strengths: z.array(Statement).default([]),
  watch: z.array(Statement).default([]),
  lowInformation: LowInformation.nullable().default(null),
  withheld: z.array(Withheld).default([]),
  notApplicable: strings.default([]),
});

/** A date as toISOString() writes it: anything else (an escape sequence...) is refused. */
const isoDate = z.iso.datetime();

export const Entry = z.object({
  v: z.literal(1),
  id: z.string(),
  date: isoDate,
  lang: z.string(),
  questionnaire: z.object({
    id: z.string(),
    version: z.string(),
    hash: z.string(),
    title: z.string(),
  }),
  names: z.record(z.string(), z.string()),
  bands: z.record(z.string(), z.string()),
  result: ResultSchema,
  order: strings.exactOptional(),
  notes: z.array(z.object({ item: z.string(), question: z.string(), text: z.string() })),
  answers: z.record(z.string(), AnswerValue).exactOptional(),
});

export const CheckpointSchema = z.object({
  v: z.literal(1),
  questionnaire: z.string(),
  hash: z.string(),
  lang: z.string(),
  answers: z.record(z.string(), AnswerValue),
  position: z.string().nullable(),
  savedAt: isoDate,
  order: strings.exactOptional(),
});

export const LockSchema = z.object({
  v: z.literal(1),
  pid: z.int().min(1),
  /** What tells this process from a later one given the same pid; null where unknown. */
  start: z
    .string()
    .regex(/^\d{1,20}$/)
    .nullable(),
  since: isoDate,
  token: z.string().regex(/^[0-9a-f]{32}$/),
});

// The schemas and the types the rest of reflet uses must say the same thing.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(t: T) => t;
agree<Same<z.infer<typeof ResultSchema>, Result>>(true);
agree<Same<z.infer<typeof Entry>, HistoryEntry>>(true);
agree<Same<z.infer<typeof CheckpointSchema>, Checkpoint>>(true);
agree<Same<z.infer<typeof LockSchema>, SessionLock>>(true);

/** The value if it has the shape `schema` describes, else undefined. */
export function shaped<T>(schema: z.ZodType<T>, value: unknown): T | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
