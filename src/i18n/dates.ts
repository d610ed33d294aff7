// Dates as people write them in each language: Intl's, with the French ordinal of the first
// of the month (« 1er décembre 2026 », « 1er déc. 2026 »), which Intl writes « 1 ».

/** `date` formatted by Intl in `lang`, the first of the month as « 1er » in French. */
export function formatDate(date: Date, lang: string, style: Intl.DateTimeFormatOptions): string {
  const parts = new Intl.DateTimeFormat(lang, style).formatToParts(date);
  const french = lang.startsWith("fr");
  return parts
    .map((p) => (french && p.type === "day" && p.value === "1" ? "1er" : p.value))
    .join("");
}
