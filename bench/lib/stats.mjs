// Medians and the words the report uses for them.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

export const ms = (v) =>
  Number.isFinite(v) ? `${v < 100 ? v.toFixed(1) : Math.round(v)} ms` : "n/a";
export const seconds = (v) => (Number.isFinite(v) ? `${(v / 1000).toFixed(2)} s` : "n/a");
export const mb = (kb) => (Number.isFinite(kb) ? `${Math.round(kb / 1024)} MB` : "n/a");
export const ratio = (v) => (Number.isFinite(v) ? `${v.toFixed(2)} ×` : "n/a");
