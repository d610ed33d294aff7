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
import { ByteChunks, bytes, plain } from "./byte-chunks.ts";
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
  add(before: Uint8Array | null, s: Scored, withSource: boolean, after: Uint8Array | null): void {
    const { sheet } = s;
    if (before) this.put(before);
    this.put(this.head);
    const participant = s.participant;
    if (plain(participant)) {
      this.put(QUOTE);
      this.ascii(participant);
      this.put(QUOTE);
    } else this.write(text(participant));
    if (this.grouped) this.write(`,"group":${text(s.entry.group ?? null)}`);
    this.put(this.questionnaire);
    const line = s.entry.line;
    if (!withSource) this.put(NULL);
    else {
      if (s.entry.file !== this.file) {
        this.file = s.entry.file;
        this.fileJson = bytes(`{"file":${text(this.file)},"line":`);
      }
      this.put(this.fileJson);
      // A line is a whole number or null: its JSON is its text.
      if (typeof line === "number") this.uint(line);
      else this.put(NULL);
      this.put(CLOSE);
    }
    this.put(ANSWERED);
    this.uint(sheet.answered);
    this.put(SHOWN);
    this.uint(sheet.shown);
    this.put(TARGETS);
    const targets = this.targets;
    for (let t = 0; t < targets.length; t++) this.put(targets.part(sheet, t));
    this.put(this.archetypeJson(sheet.archetype));
    if (sheet.flags.length > 0) this.write(sheet.flags.map((f) => text(f.id)).join(","));
    this.put(LOW);
    if (sheet.lowInformation.length > 0) this.write(sheet.lowInformation.map(text).join(","));
    if (sheet.notApplicable === 0) this.put(NONE_NOT_APPLICABLE);
    else this.write(`],"notApplicable":${sheet.notApplicable}}`);
    if (after) this.put(after);
  }

  /** An archetype is one of the questionnaire's few ids: its JSON is encoded once. */
  private readonly archetypes = new Map<string | null, Uint8Array>();

  private archetypeJson(id: string | null): Uint8Array {
    let json = this.archetypes.get(id);
    if (json === undefined) {
      json = bytes(`],"archetype":${text(id)},"flags":[`);
      this.archetypes.set(id, json);
    }
    return json;
  }
}

const QUOTE = bytes('"');
const NULL = bytes("null");
const CLOSE = bytes("}");
const ANSWERED = bytes(',"answered":');
const SHOWN = bytes(',"shown":');
const TARGETS = bytes(',"targets":[');
const LOW = bytes('],"lowInformation":[');
const NONE_NOT_APPLICABLE = bytes('],"notApplicable":0}');
