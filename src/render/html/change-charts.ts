// The charts of the comparison of two waves: two distributions side by side, and a mean
// change with its interval. Inline SVG, in the style of chart.ts.
import { fixed, svg, WIDTH } from "./chart.ts";
import { escapeHtml } from "./escape.ts";

// The first distribution's bars: the second's colour, paler, yet clear on white and in print.
const PALE = ' fill-opacity="0.35"';

/** Two distributions on the 0-100 scale, tenth by tenth: `first` light, `second` dark. */
export function twoHistograms(
  first: readonly number[],
  second: readonly number[],
  title: string,
  legend: [string, string],
): string {
  const height = 190;
  const left = 36;
  const right = 24;
  const top = 30;
  const plot = 120;
  const slot = (WIDTH - left - right) / first.length;
  const bar = (slot - 8) / 2;
  const max = Math.max(1, ...first, ...second);
  const body: string[] = [
    `<rect class="neutral"${PALE} x="${left}" y="4" width="12" height="12"/>`,
    `<text x="${left + 18}" y="15">${escapeHtml(legend[0])}</text>`,
    `<rect class="neutral" x="${left + 140}" y="4" width="12" height="12"/>`,
    `<text x="${left + 158}" y="15">${escapeHtml(legend[1])}</text>`,
    `<line class="axis" x1="${left}" y1="${top + plot}" x2="${WIDTH - right}" y2="${top + plot}" stroke="#d9dee7"/>`,
  ];
  const column = (c: number, x: number, paint: string) => {
    if (c === 0) return;
    const h = (c / max) * plot;
    body.push(
      `<rect ${paint} x="${fixed(x)}" y="${fixed(top + plot - h)}" width="${fixed(bar)}" height="${fixed(h)}" rx="2"><title>${c}</title></rect>`,
      `<text x="${fixed(x + bar / 2)}" y="${fixed(top + plot - h - 4)}" text-anchor="middle">${c}</text>`,
    );
  };
  for (let i = 0; i < first.length; i++) {
    const x = left + i * slot + 4;
    column(first[i] ?? 0, x, `class="neutral"${PALE}`);
    column(second[i] ?? 0, x + bar, 'class="neutral"');
  }
  for (let i = 0; i <= first.length; i++) {
    const label = Math.round((i * 100) / first.length);
    body.push(
      `<text class="muted" x="${fixed(left + i * slot)}" y="${top + plot + 18}" text-anchor="middle">${label}</text>`,
    );
  }
  return svg(height, title, body);
}

/**
 * A mean change and its interval on a scale centred on zero, as wide as the largest bound:
 * this one's, or `widest` (the largest of several charts, so that they read on one scale).
 */
export function intervalChart(
  change: { mean: number; lo: number; hi: number },
  title: string,
  label: (n: number) => string,
  widest = 0,
): string {
  const left = 40;
  const right = 40;
  const mid = WIDTH / 2;
  const bound = Math.max(widest, Math.abs(change.lo), Math.abs(change.hi));
  const reach = Math.max(5, Math.ceil(bound / 5) * 5);
  const x = (v: number) => fixed(mid + (v / reach) * (mid - left));
  // No colour for a direction: a higher score is not better on every dimension.
  const tone = "neutral";
  const body = [
    `<line class="axis" x1="${left}" y1="30" x2="${WIDTH - right}" y2="30" stroke="#d9dee7"/>`,
    `<line class="axis" x1="${mid}" y1="12" x2="${mid}" y2="48" stroke="#d9dee7"/>`,
    `<rect class="${tone}" x="${x(change.lo)}" y="27" width="${fixed(Math.max(1, Number(x(change.hi)) - Number(x(change.lo))))}" height="6" rx="3"/>`,
    `<circle class="${tone}" cx="${x(change.mean)}" cy="30" r="7"/>`,
    `<text class="muted" x="${left}" y="64" text-anchor="middle">${escapeHtml(label(-reach))}</text>`,
    `<text class="muted" x="${mid}" y="64" text-anchor="middle">0</text>`,
    `<text class="muted" x="${WIDTH - right}" y="64" text-anchor="middle">${escapeHtml(label(reach))}</text>`,
    `<text x="${x(change.mean)}" y="12" text-anchor="middle">${escapeHtml(label(change.mean))}</text>`,
  ];
  return svg(72, title, body);
}
