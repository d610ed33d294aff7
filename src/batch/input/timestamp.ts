// When each row was sent, from the timestamp column forms add: Google's "Horodateur" or
// "Timestamp", Microsoft's "Heure de fin" or "Completion time". Dates are read as the export
// writes them: year first (2024/03/01, 2024-03-01T10:02), else day first under a French
// header and month first under an English one, unless a part over 12 says otherwise. Times
// are compared, never converted: every row of an export is in the same time zone.
import { foldLabel } from "../../load/cells.ts";

/** The headers of a timestamp column, the time a form was sent before the time it was opened. */
const COLUMNS: [name: string, dayFirst: boolean][] = [
  ["heure de fin", true],
  ["completion time", false],
  ["horodateur", true],
  ["horodatage", true],
  ["timestamp", false],
];

export interface TimeColumn {
  index: number;
  header: string;
  dayFirst: boolean;
}

/** The timestamp column of a header, if it has one. */
export function findTimeColumn(header: readonly string[]): TimeColumn | null {
  const folded = header.map((h) => foldLabel(h));
  for (const [name, dayFirst] of COLUMNS) {
    const index = folded.indexOf(name);
    if (index !== -1) return { index, header: header[index] as string, dayFirst };
  }
  return null;
}

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?!\d)/;
const TIME = /^[T\s,]+(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([ap]\.?m\.?)?/i;

/** The time of a cell, in milliseconds on a clock of its own; null when it is no date. */
export function parseTime(cell: string, dayFirst: boolean): number | null {
  const text = cell.trim();
  let year: number;
  let month: number;
  let day: number;
  let rest: string;
  const ymd = YEAR_FIRST.exec(text);
  const dmy = ymd ? null : YEAR_LAST.exec(text);
  if (ymd) {
    [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    rest = text.slice(ymd[0].length);
  } else if (dmy) {
    const [a, b] = [Number(dmy[1]), Number(dmy[2])];
    const byDay = a > 12 ? true : b > 12 ? false : dayFirst;
    [day, month] = byDay ? [a, b] : [b, a];
    year = Number(dmy[3]) + ((dmy[3] as string).length === 2 ? 2000 : 0);
    rest = text.slice(dmy[0].length);
  } else return null;
  let [hours, minutes, seconds] = [0, 0, 0];
  const time = TIME.exec(rest);
  if (time) {
    [hours, minutes, seconds] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
    const half = time[4]?.toLowerCase().replace(/\./g, "");
    if (half === "pm" && hours < 12) hours += 12;
    if (half === "am" && hours === 12) hours = 0;
  }
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59 || seconds > 59)
    return null;
  const ms = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  // 31 February is no date, whatever Date.UTC makes of it.
  return new Date(ms).getUTCDate() === day ? ms : null;
}

/** A time as messages show it: 2024-03-01 10:05:40. */
export const showTime = (ms: number): string =>
  new Date(ms).toISOString().slice(0, 19).replace("T", " ");
