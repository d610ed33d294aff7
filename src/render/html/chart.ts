// Charts as inline SVG: drawn from numbers alone, so a page needs nothing from the network.
import { escapeHtml } from "./escape.ts";

export type Tone = "bright" | "shadow" | "neutral";

export interface BarRow {
  label: string;
  /** 0-100; null when there is no score. */
  percent: number | null;
  /** Shown after the bar: the band, or why there is no score. */
  note: string;
  /** The figure shown after the bar, when not the rounded percent (a sum, a mean). */
  figure?: string;
  tone: Tone;
  /** A facet, drawn under its dimension. */
  sub?: boolean;
}

export const WIDTH = 760;
const LABEL_CHARS = 28;

const short = (text: string, max = LABEL_CHARS) =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;

export const fixed = (n: number) => String(Math.round(n * 10) / 10);

export function svg(height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" role="img" aria-label="${escapeHtml(title)}">`,
    `<title>${escapeHtml(title)}</title>`,
    ...body,
    "</svg>",
  ].join("\n");
}

/** One horizontal bar per dimension (and facet), on a 0-100 scale. */
export function barChart(rows: readonly BarRow[], title: string): string {
  const rowHeight = 28;
  const barX = 220;
  const barWidth = 260;
  const body: string[] = [];
  for (const [i, r] of rows.entries()) {
    const y = 4 + i * rowHeight;
    const x = r.sub ? 16 : 0;
    const label = escapeHtml(short(r.label, r.sub ? LABEL_CHARS - 2 : LABEL_CHARS));
    body.push(`<text x="${x}" y="${y + 17}"><title>${escapeHtml(r.label)}</title>${label}</text>`);
    body.push(
      `<rect class="track" x="${barX}" y="${y + 5}" width="${barWidth}" height="16" rx="3"/>`,
    );
    if (r.percent !== null) {
      const w = fixed((Math.max(0, Math.min(100, r.percent)) / 100) * barWidth);
      body.push(
        `<rect class="${r.tone}" x="${barX}" y="${y + 5}" width="${w}" height="16" rx="3"/>`,
      );
    }
    const value = r.percent === null ? "" : `${r.figure ?? Math.round(r.percent)}  `;
    body.push(
      `<text x="${barX + barWidth + 10}" y="${y + 17}"${r.percent === null ? ' class="muted"' : ""}>${escapeHtml(short(value + r.note, 36))}</text>`,
    );
  }
  return svg(rows.length * rowHeight + 8, title, body);
}

/** How many participants fall in each tenth of the 0-100 scale. */
export function histogram(
  counts: readonly number[],
  title: string,
  tone: Tone = "neutral",
): string {
  const height = 170;
  const left = 36;
  const right = 24;
  const top = 16;
  const plot = 120;
  const slot = (WIDTH - left - right) / counts.length;
  const max = Math.max(1, ...counts);
  const body: string[] = [
    `<line class="axis" x1="${left}" y1="${top + plot}" x2="${WIDTH - right}" y2="${top + plot}" stroke="#d9dee7"/>`,
  ];
  for (const [i, c] of counts.entries()) {
    if (c === 0) continue;
    const h = (c / max) * plot;
    const x = left + i * slot;
    body.push(
      `<rect class="${tone}" x="${fixed(x + 3)}" y="${fixed(top + plot - h)}" width="${fixed(slot - 6)}" height="${fixed(h)}" rx="2"/>`,
    );
    body.push(
      `<text x="${fixed(x + slot / 2)}" y="${fixed(top + plot - h - 4)}" text-anchor="middle">${c}</text>`,
    );
  }
  for (let i = 0; i <= counts.length; i++) {
    const label = Math.round((i * 100) / counts.length);
    body.push(
      `<text class="muted" x="${fixed(left + i * slot)}" y="${top + plot + 18}" text-anchor="middle">${label}</text>`,
    );
  }
  return svg(height, title, body);
}

export interface Share {
  /** What the part says, its share included ("high 40 %"). */
  label: string;
  share: number;
  tone: Tone;
}

/** One bar split by band, each part as wide as its share of the participants. */
export function shareBar(shares: readonly Share[], title: string): string {
  const width = WIDTH - 8;
  const body: string[] = [];
  let x = 0;
  for (const s of shares) {
    const w = s.share * width;
    if (w <= 0) continue;
    body.push(
      `<rect class="${s.tone}" x="${fixed(x)}" y="4" width="${fixed(w)}" height="20"><title>${escapeHtml(s.label)}</title></rect>`,
    );
    if (w > 60)
      body.push(
        `<text x="${fixed(x + 6)}" y="19" style="fill:#fff">${escapeHtml(short(s.label, Math.floor(w / 8)))}</text>`,
      );
    x += w;
  }
  return svg(28, title, body);
}

export interface Line {
  label: string;
  /** 0-100 per point, null where there is none. */
  values: readonly (number | null)[];
}

export interface Mark {
  /** The point (index) it stands after; -1 before the first. */
  after: number;
  label: string;
}

// One colour per line, told apart by the label at its end too (never by colour alone).
const LINE_COLOURS = ["#3b6ea8", "#c05621", "#2f855a", "#6b46c1", "#b7791f", "#2c7a7b"];

const LABEL_GAP = 15;

/**
 * The height of each line's end label: at its last point, moved apart (top to bottom, in
 * order of height) so that two lines ending close together keep readable labels.
 */
function endLabels(wanted: readonly (number | null)[]): (number | null)[] {
  const order = wanted
    .map((y, k) => ({ y, k }))
    .filter((o): o is { y: number; k: number } => o.y !== null)
    .sort((a, b) => a.y - b.y || a.k - b.k);
  const placed: (number | null)[] = wanted.map(() => null);
  let last = Number.NEGATIVE_INFINITY;
  for (const o of order) {
    const y = Math.max(o.y, last + LABEL_GAP);
    placed[o.k] = y;
    last = y;
  }
  return placed;
}

/** Lines over points in time (0-100), with numbered marks between the points. */
export function lineChart(
  lines: readonly Line[],
  ticks: readonly string[],
  marks: readonly Mark[],
  title: string,
): string {
  const left = 36;
  const right = 200;
  const top = 20;
  const plot = 160;
  const height = top + plot + 36;
  const n = Math.max(1, ticks.length);
  const step = n === 1 ? 0 : (WIDTH - left - right) / (n - 1);
  const x = (i: number) => left + (n === 1 ? (WIDTH - left - right) / 2 : i * step);
  const y = (p: number) => top + plot - (Math.max(0, Math.min(100, p)) / 100) * plot;
  const body: string[] = [];
  for (const p of [0, 50, 100]) {
    body.push(
      `<line class="axis" x1="${left}" y1="${fixed(y(p))}" x2="${WIDTH - right}" y2="${fixed(y(p))}" stroke="#d9dee7"/>`,
      `<text class="muted" x="${left - 6}" y="${fixed(y(p) + 4)}" text-anchor="end">${p}</text>`,
    );
  }
  for (const [i, t] of ticks.entries()) {
    // The first and last dates are anchored inside the plot, so neither is cut at the edge.
    const anchor = n === 1 ? "middle" : i === 0 ? "start" : i === n - 1 ? "end" : "middle";
    body.push(
      `<text class="muted" x="${fixed(x(i))}" y="${top + plot + 18}" text-anchor="${anchor}">${escapeHtml(short(t, 14))}</text>`,
    );
  }
  // Marks at the same place share one line and one label ("1, 2"), never drawn over each other.
  const places = new Map<number, string[]>();
  for (const m of marks) {
    const mx = m.after < 0 ? left - 12 : m.after >= n - 1 ? x(n - 1) + 12 : x(m.after) + step / 2;
    places.set(mx, [...(places.get(mx) ?? []), m.label]);
  }
  for (const [mx, labels] of places) {
    body.push(
      `<line x1="${fixed(mx)}" y1="${top}" x2="${fixed(mx)}" y2="${top + plot}" stroke="#5b6473" stroke-dasharray="3 3"/>`,
      `<text x="${fixed(mx)}" y="${top - 6}" text-anchor="middle">${escapeHtml(labels.join(", "))}</text>`,
    );
  }
  const labelY = endLabels(
    lines
      .map((l) => l.values.findLast((v) => v !== null) ?? null)
      .map((v) => (v === null ? null : y(v) + 4)),
  );
  for (const [k, l] of lines.entries()) {
    const colour = LINE_COLOURS[k % LINE_COLOURS.length];
    const points = l.values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v)] as const]));
    if (points.length > 1)
      body.push(
        `<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points.map(([px, py]) => `${fixed(px)},${fixed(py)}`).join(" ")}"/>`,
      );
    for (const [px, py] of points)
      body.push(`<circle cx="${fixed(px)}" cy="${fixed(py)}" r="3.5" fill="${colour}"/>`);
    const end = points.at(-1);
    if (end)
      body.push(
        `<text x="${fixed(WIDTH - right + 10)}" y="${fixed(labelY[k] ?? end[1] + 4)}" style="fill:${colour}">${escapeHtml(short(l.label, 24))}</text>`,
      );
  }
  return svg(height, title, body);
}
