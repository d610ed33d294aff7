// The JSON lines of the batch's fast lane, written as bytes. A record is mostly the same
// text row after row: each target's part (id, kind, parent, status, score, percent, band)
// is encoded once per value it takes and copied after that; only the participant, the
// line and the counts are written per row. The bytes are exactly those of
// sanitizeJson(JSON.stringify(toRecord(...))) (tests/bench/lean.test.ts).
import type { RowScorer } from "../../engine/compiled.ts";
import { sanitizeJson } from "../../term/sanitize.ts";
import type { Lean } from "../lean.ts";
import type { Scored } from "../types.ts";
import { RECORD_SCHEMA_VERSION } from "./record.ts";

/** JSON text of a string, safe for a terminal, as the results sink writes every string. */
const text = (v: string | null): string => (v === null ? "null" : sanitizeJson(JSON.stringify(v)));

const bytes = (s: string): Uint8Array => Buffer.from(s, "utf8");

/** The most parts kept per target: data with endless distinct scores does not fill memory. */
const MAX_KEPT = 4096;
// A chunk is written once it holds 64 kB: room for that and a long row or two.
const START_SIZE = 80 * 1024;

interface TargetParts {
  start: string;
  /** Every item answered: the part depends on the raw score alone, kept by raw − lowest. */
  complete: (Uint8Array | undefined)[] | null;
  links: number;
  low: number;
  insufficient: Uint8Array;
  bands: string[];
  /** score → percent → part by band index + 1. */
  kept: Map<number, Map<number, Uint8Array[]>>;
  count: number;
}

export class LeanJson {
  private buf: Buffer = Buffer.allocUnsafe(START_SIZE);
  private off = 0;
  private readonly head = bytes(`{"schemaVersion":${RECORD_SCHEMA_VERSION},"participant":`);
  private readonly questionnaire: Uint8Array;
  private readonly targets: TargetParts[];
  private file = "";
  private fileJson: Uint8Array = new Uint8Array(0);

  constructor(rows: RowScorer) {
    this.questionnaire = bytes(
      `,"questionnaire":{"id":${text(rows.model.id)},"version":${text(rows.model.version)}},"source":`,
    );
    this.targets = rows.targets.map((t, i) => {
      const start = `${i === 0 ? "" : ","}{"id":${text(t.id)},"kind":${text(t.kind)},"parent":${text(t.parent ?? null)},"status":`;
      const low = rows.rawLow[i] as number;
      const span = (rows.rawHigh[i] as number) - low;
      return {
        start,
        complete: span < MAX_KEPT ? [] : null,
        links: (rows.linkStart[i + 1] as number) - (rows.linkStart[i] as number),
        low,
        insufficient: bytes(`${start}"insufficient","score":null,"percent":null,"band":null}`),
        bands: t.bands.map((b) => text(b.id)),
        kept: new Map(),
        count: 0,
      };
    });
  }

  private room(n: number): void {
    if (this.off + n <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.off + n));
    this.buf.copy(bigger, 0, 0, this.off);
    this.buf = bigger;
  }

  private put(part: Uint8Array): void {
    this.room(part.length);
    this.buf.set(part, this.off);
    this.off += part.length;
  }

  private write(s: string): void {
    this.room(s.length * 3);
    this.off += this.buf.write(s, this.off, "utf8");
  }

  private part(r: Lean["s"], t: number): Uint8Array {
    const p = this.targets[t] as TargetParts;
    const whole = p.complete && r.answeredBy[t] === p.links ? p.complete : null;
    const at = (r.raw[t] as number) - p.low;
    const found = whole?.[at];
    if (found) return found;
    const made = this.made(t, r.score[t] as number, r.percent[t] as number, r.band[t] as number);
    if (whole) whole[at] = made;
    return made;
  }

  private made(t: number, score: number, percent: number, band: number): Uint8Array {
    const p = this.targets[t] as TargetParts;
    let byPercent = p.kept.get(score);
    const known = byPercent?.get(percent)?.[band + 1];
    if (known) return known;
    const made = bytes(
      `${p.start}"ok","score":${score},"percent":${percent},"band":${p.bands[band] ?? "null"}}`,
    );
    if (p.count < MAX_KEPT) {
      p.count++;
      if (!byPercent) {
        byPercent = new Map();
        p.kept.set(score, byPercent);
      }
      const byBand = byPercent.get(percent) ?? [];
      byPercent.set(percent, byBand);
      byBand[band + 1] = made;
    }
    return made;
  }

  /** Appends `before`, the record of `s` as JSON, then `after`. */
  add(before: string, s: Scored, lean: Lean, withSource: boolean, after: string): void {
    const r = lean.s;
    if (before) this.write(before);
    this.put(this.head);
    this.write(text(s.participant));
    this.put(this.questionnaire);
    if (!withSource) this.write("null");
    else {
      if (s.entry.file !== this.file) {
        this.file = s.entry.file;
        this.fileJson = bytes(`{"file":${text(this.file)},"line":`);
      }
      this.put(this.fileJson);
      this.write(`${s.entry.line}}`);
    }
    this.write(`,"answered":${r.answered},"shown":${r.shown},"targets":[`);
    for (let t = 0; t < this.targets.length; t++) {
      if (r.ok[t] === 1) this.put(this.part(r, t));
      else this.put((this.targets[t] as TargetParts).insufficient);
    }
    this.write(`],"archetype":${text(r.profile?.id ?? null)},"flags":[`);
    if (r.flags.length > 0) this.write(r.flags.map((f) => text(f.id)).join(","));
    this.write(`],"lowInformation":[`);
    if (r.lowInformation.length > 0) this.write(r.lowInformation.map(text).join(","));
    // The lane runs only for questionnaires without "does not apply" (engine/compiled.ts).
    this.write(`],"notApplicable":0}${after}`);
  }

  /** The bytes added so far if there are at least `min` of them (then it starts anew). */
  take(min = 1): Uint8Array | null {
    if (this.off < min || this.off === 0) return null;
    const out = this.buf.subarray(0, this.off);
    this.buf = Buffer.allocUnsafe(START_SIZE);
    this.off = 0;
    return out;
  }
}
