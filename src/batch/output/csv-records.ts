// Batch records as CSV lines, written as bytes: the same cells as csvRecordLine(toRecord(...))
// (record.ts), byte for byte (tests/batch/sheet.test.ts). Each target's four cells (score,
// percent, band, status) are encoded once per value they take and copied after that
// (target-parts.ts); the questionnaire's cells once for the whole file.
import { recordTargets } from "../../engine/sheet.ts";
import type { Model } from "../../model/model.ts";
import { type CsvStyle, csvCell, rounded } from "../../render/csv.ts";
import type { Scored } from "../types.ts";
import { ByteChunks, bytes, plain } from "./byte-chunks.ts";
import type { RecordWords } from "./labels.ts";
import { TargetParts } from "./target-parts.ts";

export class CsvRecords extends ByteChunks {
  private readonly questionnaire: Uint8Array;
  private readonly targets: TargetParts;
  private readonly sep: string;
  private readonly separator: Uint8Array;
  /** The end of a line without low-information reasons nor "does not apply" answers. */
  private readonly end: Uint8Array;
  private file = "";
  private fileCell: Uint8Array = new Uint8Array(0);

  constructor(
    model: Model,
    private readonly style: CsvStyle,
    /** With --group-by: a `group` cell after the participant's. */
    private readonly grouped = false,
    /** With --excel: labels instead of ids (labels.ts). */
    private readonly words?: RecordWords,
  ) {
    super();
    const sep = style.separator;
    this.sep = sep;
    this.separator = bytes(sep);
    this.end = bytes(`${sep}${sep}0\r\n`);
    this.questionnaire = bytes(
      `${sep}${csvCell(model.id, style)}${sep}${csvCell(model.version, style)}${sep}`,
    );
    const ids = recordTargets(model).map((t) => t.id);
    this.targets = new TargetParts(ids.length, (t, status, score, percent, band) =>
      [
        rounded(score),
        rounded(percent),
        words ? words.band(ids[t] as string, band) : band,
        words ? words.status(status) : status,
      ]
        .map((v) => sep + csvCell(v, style))
        .join(""),
    );
  }

  /** An archetype is one of the questionnaire's few ids: its cell is encoded once. */
  private readonly archetypes = new Map<string | null, Uint8Array>();

  private archetypeCell(id: string | null): Uint8Array {
    let cell = this.archetypes.get(id);
    if (cell === undefined) {
      cell = bytes(
        `${this.sep}${csvCell(this.words ? this.words.archetype(id) : id, this.style)}${this.sep}`,
      );
      this.archetypes.set(id, cell);
    }
    return cell;
  }

  /** Appends the CSV line of `s`. */
  add(s: Scored, withSource: boolean): void {
    const { sheet } = s;
    const { sep, style } = this;
    const participant = s.participant;
    if (plain(participant)) this.ascii(participant);
    else this.write(csvCell(participant, style));
    if (this.grouped) this.write(sep + csvCell(s.entry.group ?? null, style));
    this.put(this.questionnaire);
    this.uint(sheet.answered);
    this.put(this.separator);
    this.uint(sheet.shown);
    const targets = this.targets;
    for (let t = 0; t < targets.length; t++) this.put(targets.part(sheet, t));
    this.put(this.archetypeCell(sheet.archetype));
    if (sheet.flags.length > 0) this.write(csvCell(sheet.flags.map((f) => f.id).join("|"), style));
    this.put(this.separator);
    if (withSource) {
      if (s.entry.file !== this.file) {
        this.file = s.entry.file;
        this.fileCell = bytes(csvCell(this.file, style) + sep);
      }
      this.put(this.fileCell);
      const line = s.entry.line;
      if (typeof line === "number") this.uint(line);
    } else this.put(this.separator);
    const low = sheet.lowInformation;
    if (low.length === 0 && sheet.notApplicable === 0) this.put(this.end);
    else
      this.write(
        `${sep}${low.length > 0 ? csvCell(low.join("|"), style) : ""}${sep}${sheet.notApplicable}\r\n`,
      );
  }
}
