// Batch records as JSON text, written as bytes, for JSON Lines and the JSON array alike. A
// record is mostly the same text row after row: each target's part (id, kind, parent,
// status, score, percent, band) is encoded once per value it takes and copied after that
// (target-parts.ts); only the participant, the source and the counts are written per row.
// The bytes are exactly those of sanitizeJson(JSON.stringify(toRecord(...)))
// (tests/batch/sheet.test.ts).
import { recordTargets } from "../../engine/sheet.ts";
import type { Model } from "../../model/model.ts";
import { sanitizeJson } from "../../term/sanitize.ts";
import type { Scored } from "../types.ts";
import { ByteChunks, bytes } from "./byte-chunks.ts";
import { RECORD_SCHEMA_VERSION } from "./record.ts";
import { TargetParts } from "./target-parts.ts";

/** JSON text of a value, safe for a terminal, as the results sink writes every string. */
const text = (v: string | number | null): string => sanitizeJson(JSON.stringify(v));

export class JsonRecords extends ByteChunks {
  private readonly head = bytes(`{"schemaVersion":${RECORD_SCHEMA_VERSION},"participant":`);
  private readonly questionnaire: Uint8Array;
  private readonly targets: TargetParts;
  private file = "";
  private fileJson: Uint8Array = new Uint8Array(0);

  /** With --group-by, each record has a `group` after its participant. */
  constructor(
    model: Model,
    private readonly grouped = false,
  ) {
    super();
    this.questionnaire = bytes(
      `,"questionnaire":{"id":${text(model.id)},"version":${text(model.version)}},"source":`,
    );
    const starts = recordTargets(model).map(
      (t, i) =>
        `${i === 0 ? "" : ","}{"id":${text(t.id)},"kind":${text(t.kind)},"parent":${text(t.parent ?? null)},"status":`,
    );
    this.targets = new TargetParts(
      starts.length,
      (t, status, score, percent, band) =>
        `${starts[t]}${text(status)},"score":${text(score)},"percent":${text(percent)},"band":${text(band)}}`,
    );
  }

  /** Appends `before`, the record of `s` as JSON, then `after`. */
  add(before: string, s: Scored, withSource: boolean, after: string): void {
    const { sheet } = s;
    if (before) this.write(before);
    this.put(this.head);
    this.write(text(s.participant));
    if (this.grouped) this.write(`,"group":${text(s.entry.group ?? null)}`);
    this.put(this.questionnaire);
    if (!withSource) this.write("null");
    else {
      if (s.entry.file !== this.file) {
        this.file = s.entry.file;
        this.fileJson = bytes(`{"file":${text(this.file)},"line":`);
      }
      this.put(this.fileJson);
      // A line is a whole number or null: its JSON is its text.
      this.write(`${s.entry.line}}`);
    }
    this.write(`,"answered":${sheet.answered},"shown":${sheet.shown},"targets":[`);
    const targets = this.targets;
    for (let t = 0; t < targets.length; t++) this.put(targets.part(sheet, t));
    this.write(`],"archetype":${text(sheet.archetype)},"flags":[`);
    if (sheet.flags.length > 0) this.write(sheet.flags.map((f) => text(f.id)).join(","));
    this.write(`],"lowInformation":[`);
    if (sheet.lowInformation.length > 0) this.write(sheet.lowInformation.map(text).join(","));
    this.write(`],"notApplicable":${sheet.notApplicable}}${after}`);
  }
}
