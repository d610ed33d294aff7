// Batch records as CSV lines, written as bytes: the same cells as csvRecordLine(toRecord(...))
// (record.ts), byte for byte (tests/batch/sheet.test.ts). Each target's four cells (score,
// percent, band, status) are encoded once per value they take and copied after that
// (target-parts.ts); the questionnaire's cells once for the whole file.
import { recordTargets } from "../../engine/sheet.ts";
import type { Model } from "../../model/model.ts";
import { type CsvStyle, csvCell, rounded } from "../../render/csv.ts";
import type { Scored } from "../types.ts";
import { ByteChunks, bytes } from "./byte-chunks.ts";
import type { RecordWords } from "./labels.ts";
import { TargetParts } from "./target-parts.ts";

export class CsvRecords extends ByteChunks {
  private readonly questionnaire: Uint8Array;
  private readonly targets: TargetParts;
  private readonly sep: string;
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

  /** An archetype is one of the questionnaire's few ids: its cell is made once. */
  private readonly archetypes = new Map<string | null, string>();

  private archetypeCell(id: string | null): string {
    let cell = this.archetypes.get(id);
    if (cell === undefined) {
      cell = csvCell(this.words ? this.words.archetype(id) : id, this.style);
      this.archetypes.set(id, cell);
    }
    return cell;
  }

  /** Appends the CSV line of `s`. */
  add(s: Scored, withSource: boolean): void {
    const { sheet } = s;
    const { sep, style } = this;
    this.write(csvCell(s.participant, style));
    if (this.grouped) this.write(sep + csvCell(s.entry.group ?? null, style));
    this.put(this.questionnaire);
    this.write(`${sheet.answered}${sep}${sheet.shown}`);
    const targets = this.targets;
    for (let t = 0; t < targets.length; t++) this.put(targets.part(sheet, t));
    const flags = sheet.flags.length > 0 ? sheet.flags.map((f) => f.id).join("|") : "";
    this.write(
      `${sep}${this.archetypeCell(sheet.archetype)}${sep}${flags && csvCell(flags, style)}${sep}`,
    );
    if (withSource) {
      if (s.entry.file !== this.file) {
        this.file = s.entry.file;
        this.fileCell = bytes(csvCell(this.file, style));
      }
      this.put(this.fileCell);
      this.write(`${sep}${s.entry.line ?? ""}`);
    } else this.write(sep);
    const low = sheet.lowInformation;
    this.write(
      `${sep}${low.length > 0 ? csvCell(low.join("|"), style) : ""}${sep}${sheet.notApplicable}\r\n`,
    );
  }
}
