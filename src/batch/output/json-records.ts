// Batch records as JSON text, written as bytes, for JSON Lines and the JSON array alike. A
// record is mostly the same text row after row: each target's part (id, kind, parent,
// status, score, percent, band) is encoded once per value it takes and copied after that;
// only the participant, the source and the counts are written per row. The bytes are
// exactly those of sanitizeJson(JSON.stringify(toRecord(...))) (tests/batch/sheet.test.ts).
import { recordTargets, type ScoredSheet } from "../../engine/sheet.ts";
import type { Model } from "../../model/model.ts";
import { sanitizeJson } from "../../term/sanitize.ts";
import type { Scored } from "../types.ts";
import { RECORD_SCHEMA_VERSION } from "./record.ts";

/** JSON text of a value, safe for a terminal, as the results sink writes every string. */
const text = (v: string | number | null): string => sanitizeJson(JSON.stringify(v));

const bytes = (s: string): Uint8Array => Buffer.from(s, "utf8");

/** The most parts kept per target: data with endless distinct scores does not fill memory. */
const MAX_KEPT = 4096;
// A chunk is written once it holds 64 kB: room for that and a long row or two.
const START_SIZE = 80 * 1024;

interface TargetParts {
  start: string;
  /** Parts by the sheet's key (ScoredSheet.key). */
  byKey: (Uint8Array | undefined)[];
  insufficient: Uint8Array;
  /** Parts of scored targets: score → percent → band → part. */
  kept: Map<number, Map<number, Map<string | null, Uint8Array>>>;
  count: number;
}

export class JsonRecords {
  private buf: Buffer = Buffer.allocUnsafe(START_SIZE);
  private off = 0;
  private readonly head = bytes(`{"schemaVersion":${RECORD_SCHEMA_VERSION},"participant":`);
  private readonly questionnaire: Uint8Array;
  private readonly targets: TargetParts[];
  private file = "";
  private fileJson: Uint8Array = new Uint8Array(0);

  constructor(model: Model) {
    this.questionnaire = bytes(
      `,"questionnaire":{"id":${text(model.id)},"version":${text(model.version)}},"source":`,
    );
    this.targets = recordTargets(model).map((t, i) => {
      const start = `${i === 0 ? "" : ","}{"id":${text(t.id)},"kind":${text(t.kind)},"parent":${text(t.parent ?? null)},"status":`;
      const insufficient = bytes(`${start}"insufficient","score":null,"percent":null,"band":null}`);
      return { start, byKey: [], insufficient, kept: new Map(), count: 0 };
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

  private part(sheet: ScoredSheet, t: number): Uint8Array {
    const p = this.targets[t] as TargetParts;
    const key = sheet.key(t);
    const found = key >= 0 ? p.byKey[key] : undefined;
    if (found) return found;
    const made = this.made(p, sheet, t);
    if (key >= 0) p.byKey[key] = made;
    return made;
  }

  private made(p: TargetParts, sheet: ScoredSheet, t: number): Uint8Array {
    const status = sheet.status(t);
    const score = sheet.score(t);
    const percent = sheet.percent(t);
    const band = sheet.band(t);
    if (status === "insufficient" && score === null && percent === null && band === null)
      return p.insufficient;
    const keep = status === "ok" && score !== null && percent !== null;
    const byPercent = keep ? p.kept.get(score) : undefined;
    const known = byPercent?.get(percent as number)?.get(band);
    if (known) return known;
    const made = bytes(
      `${p.start}${text(status)},"score":${text(score)},"percent":${text(percent)},"band":${text(band)}}`,
    );
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

  /** Appends `before`, the record of `s` as JSON, then `after`. */
  add(before: string, s: Scored, withSource: boolean, after: string): void {
    const { sheet } = s;
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
      this.write(`${text(s.entry.line)}}`);
    }
    this.write(`,"answered":${sheet.answered},"shown":${sheet.shown},"targets":[`);
    for (let t = 0; t < this.targets.length; t++) this.put(this.part(sheet, t));
    this.write(`],"archetype":${text(sheet.archetype)},"flags":[`);
    if (sheet.flags.length > 0) this.write(sheet.flags.map((f) => text(f.id)).join(","));
    this.write(`],"lowInformation":[`);
    if (sheet.lowInformation.length > 0) this.write(sheet.lowInformation.map(text).join(","));
    this.write(`],"notApplicable":${sheet.notApplicable}}${after}`);
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
