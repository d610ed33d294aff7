// A blank CSV: the header a coach's spreadsheet or form export should have.
import type { Model } from "../../model/model.ts";
import { type CsvStyle, csvLine, csvStart } from "../../render/csv.ts";

export const templateCsv = (model: Model, style: CsvStyle): string =>
  csvStart(style) + csvLine(["participant", ...model.items.map((i) => i.id)], style);
