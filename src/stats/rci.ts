// The reliable change index (Jacobson & Truax, 1991, Journal of Consulting and Clinical
// Psychology 59, 12–19):
//
//   RCI = (x₂ − x₁) / S_diff,   S_diff = √(2 · SE²),   SE = s₁ · √(1 − r_xx)
//
// with s₁ the standard deviation of the first wave and r_xx the measure's reliability
// (here Cronbach's alpha). |RCI| > 1.96 is a change larger than measurement error alone
// would give 95 times in 100.

export const RCI_CUTOFF = 1.96;

export type ReliableChange = "up" | "none" | "down";

/** S_diff, the standard error of a difference; null when it cannot be had. */
export function changeError(sdBefore: number, reliability: number): number | null {
  if (!(sdBefore > 0) || !(reliability >= 0 && reliability < 1)) return null;
  return Math.sqrt(2 * (sdBefore * Math.sqrt(1 - reliability)) ** 2);
}

export function rci(before: number, after: number, sDiff: number): number {
  return (after - before) / sDiff;
}

export function reliableChange(index: number): ReliableChange {
  if (index > RCI_CUTOFF) return "up";
  if (index < -RCI_CUTOFF) return "down";
  return "none";
}
