// What time it is, for everything reflet dates: results, commitments, check-ins, reminders.
// REFLET_NOW (an ISO 8601 date) sets it, so that tests can move through weeks without waiting;
// a value that is not a date is refused, never silently replaced by the real time.

/** The clock of this run: REFLET_NOW when set, else the system time. */
export function clockOf(env: NodeJS.ProcessEnv): () => Date {
  const fixed = env.REFLET_NOW;
  if (fixed === undefined || fixed === "") return () => new Date();
  const at = new Date(fixed);
  if (!/^\d{4}-\d{2}-\d{2}/.test(fixed) || Number.isNaN(at.getTime())) throw new BadClock(fixed);
  return () => new Date(at.getTime());
}

/** REFLET_NOW holds something that is not a date. */
export class BadClock extends Error {
  constructor(readonly value: string) {
    super(`REFLET_NOW: ${value}`);
    this.name = "BadClock";
  }
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** `date` moved by `days` whole days. */
export const addDays = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY_MS);

/** Whole days from `from` to `to` (0 when less than a day has passed). */
export const wholeDays = (from: Date, to: Date): number =>
  Math.floor((to.getTime() - from.getTime()) / DAY_MS);

/** The calendar day of `date` where the person is (their time zone): "2025-03-02". */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
