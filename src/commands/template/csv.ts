// A blank CSV: the header a coach's spreadsheet or form export should have. A best–worst
// item has two columns, ID.best and ID.worst.
import type { Model } from "../../model/model.ts";
import { type CsvStyle, csvLine, csvStart } from "../../render/csv.ts";

export const templateCsv = (model: Model, style: CsvStyle): string =>
  csvStart(style) +
  csvLine(
    [
      "participant",
      ...model.items.flatMap((i) =>
        i.type === "best-worst" ? [`${i.id}.best`, `${i.id}.worst`] : [i.id],
      ),
    ],
    style,
  );
