// The shape of commitments.jsonl, checked in depth as records.ts checks the history: a line
// cut short, edited by hand or of the wrong shape is skipped, never trusted.
import * as z from "zod";
import {
  type Checkin,
  type Commitment,
  NEXT,
  OBSTACLES,
  type ReflectionRecord,
  TRIED,
} from "./commitment.ts";

const isoDate = z.iso.datetime();

const CommitmentSchema = z.object({
  v: z.literal(1),
  kind: z.literal("commitment"),
  id: z.string(),
  date: isoDate,
  questionnaire: z.object({ id: z.string(), version: z.string(), title: z.string() }),
  entry: z.string().nullable(),
  advice: z.string().nullable(),
  situation: z.string(),
  action: z.string(),
  due: isoDate,
});

const CheckinSchema = z.object({
  v: z.literal(1),
  kind: z.literal("checkin"),
  id: z.string(),
  commitment: z.string(),
  date: isoDate,
  tried: z.enum(TRIED),
  happened: z.string(),
  obstacles: z.array(z.enum(OBSTACLES)),
  other: z.string(),
  next: z.enum(NEXT),
  due: isoDate.nullable(),
  plan: z.object({ situation: z.string(), action: z.string() }).exactOptional(),
});

export const ReflectionSchema = z.discriminatedUnion("kind", [CommitmentSchema, CheckinSchema]);

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(t: T) => t;
agree<Same<z.infer<typeof CommitmentSchema>, Commitment>>(true);
agree<Same<z.infer<typeof CheckinSchema>, Checkin>>(true);
agree<Same<z.infer<typeof ReflectionSchema>, ReflectionRecord>>(true);
