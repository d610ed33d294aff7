// The text of one target (dimension or facet) in a record, encoded once per value it takes
// and copied after that, for every record format: looked up by the sheet's key when it has
// one (ScoredSheet.key), else by score, percent and band.
import type { ScoredSheet } from "../../engine/sheet.ts";
import type { TargetResult } from "../../engine/types.ts";
import { bytes } from "./byte-chunks.ts";

/** The most parts kept per target: data with endless distinct scores does not fill memory. */
const MAX_KEPT = 4096;

/** The text of target `t` of a record with these values. */
export type EncodePart = (
  t: number,
  status: TargetResult["status"],
  score: number | null,
  percent: number | null,
  band: string | null,
) => string;

interface Parts {
  byKey: (Uint8Array | undefined)[];
  insufficient: Uint8Array;
  /** Parts of scored targets: score → percent → band → part. */
  kept: Map<number, Map<number, Map<string | null, Uint8Array>>>;
  count: number;
}

export class TargetParts {
  private readonly parts: Parts[];

  constructor(
    count: number,
    private readonly encode: EncodePart,
  ) {
    this.parts = Array.from({ length: count }, (_, t) => ({
      byKey: [],
      insufficient: bytes(encode(t, "insufficient", null, null, null)),
      kept: new Map(),
      count: 0,
    }));
  }

  get length(): number {
    return this.parts.length;
  }

  part(sheet: ScoredSheet, t: number): Uint8Array {
    const p = this.parts[t] as Parts;
    const key = sheet.key(t);
    const found = key >= 0 ? p.byKey[key] : undefined;
    if (found) return found;
    const made = this.made(p, sheet, t);
    if (key >= 0) p.byKey[key] = made;
    return made;
  }

  private made(p: Parts, sheet: ScoredSheet, t: number): Uint8Array {
    const status = sheet.status(t);
    const score = sheet.score(t);
    const percent = sheet.percent(t);
    const band = sheet.band(t);
    if (status === "insufficient" && score === null && percent === null && band === null)
      return p.insufficient;
    const keep = status === "ok" && score !== null && percent !== null;
    const byPercent = keep ? p.kept.get(score) : undefined;
    const known = keep ? byPercent?.get(percent)?.get(band) : undefined;
    if (known) return known;
    const made = bytes(this.encode(t, status, score, percent, band));
    if (keep && p.count < MAX_KEPT) {
      p.count++;
      const scores = byPercent ?? new Map<number, Map<string | null, Uint8Array>>();
      p.kept.set(score, scores);
      const bands = scores.get(percent) ?? new Map<string | null, Uint8Array>();
      scores.set(percent, bands);
      bands.set(band, made);
    }
    return made;
  }
}
