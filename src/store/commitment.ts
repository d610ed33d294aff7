// What the reflection loop keeps: a commitment (an if-then plan, chosen at the end of a
// profile) and the check-ins that follow it. Both are lines of commitments.jsonl, append-only:
// a check-in never rewrites its commitment, it is read after it.

/** How often the plan was tried since the last check-in. */
export const TRIED = ["not-yet", "once", "several", "habit"] as const;
/** What got in the way. */
export const OBSTACLES = ["no-occasion", "forgot", "no-time", "awkward", "others"] as const;
/** What comes next: keep it, adjust its wording, drop it, or call it done. */
export const NEXT = ["keep", "adjust", "drop", "done"] as const;

export type Tried = (typeof TRIED)[number];
export type Obstacle = (typeof OBSTACLES)[number];
export type Next = (typeof NEXT)[number];

export interface Commitment {
  v: 1;
  kind: "commitment";
  id: string;
  /** ISO 8601, when it was made. */
  date: string;
  questionnaire: { id: string; version: string; title: string };
  /** The history entry whose profile it was chosen from; null when that result was not kept. */
  entry: string | null;
  /** The advice rule it came from; null when the person wrote their own. */
  advice: string | null;
  /** The situation: "When a client raises their voice". */
  situation: string;
  /** The action: "I let them finish before I answer". */
  action: string;
  /** When to check in. */
  due: string;
}

export interface Checkin {
  v: 1;
  kind: "checkin";
  id: string;
  commitment: string;
  date: string;
  tried: Tried;
  /** What happened, in the person's words ("" when nothing was written). */
  happened: string;
  obstacles: Obstacle[];
  /** What else got in the way, in the person's words. */
  other: string;
  next: Next;
  /** The next check-in (keep, adjust); null when the commitment ends (drop, done). */
  due: string | null;
  /** The new wording, after "adjust". */
  plan?: { situation: string; action: string };
}

export type ReflectionRecord = Commitment | Checkin;
