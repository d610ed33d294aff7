// A likert row whose cells are all one character is read by looking each up in one table
// (csv-row.ts RowReader); any other row is read cell by cell. Both ways must give the same
// entries and the same rejections, on the edges where a row leaves the quick way: a quoted
// cell among plain lines, a lone CR, a row with too many cells, a cell of two characters
// among one-character ones, a label with accents, a cell with spaces around it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planColumns } from "../../src/batch/input/columns.ts";
import { RowReader } from "../../src/batch/input/csv-row.ts";
import { sideColumns } from "../../src/batch/input/side-columns.ts";
import type { Unit } from "../../src/batch/types.ts";
import { csvLineRuns, newOutcome } from "../../src/csv/read.ts";
import { RowCells } from "../../src/csv/row-cells.ts";
import { chunks } from "../csv/chunks.ts";
import { model } from "./helpers.ts";

const alpha = model("alpha.yaml");

/** The units of a CSV's rows after its header, read the quick way or cell by cell. */
async function rowsOf(text: string, quick: boolean, cuts: number[] = []): Promise<Unit[]> {
  const cells = new RowCells();
  let reader: RowReader | null = null;
  const units: Unit[] = [];
  for await (const run of csvLineRuns(chunks(Buffer.from(text), cuts), newOutcome()))
    for (const record of run) {
      cells.of(record);
      if (!reader) {
        const header = cells.all();
        const planned = planColumns(alpha, header);
        const side = sideColumns(header, undefined);
        if (!planned.ok || !side.ok) throw new Error("the header does not fit alpha.yaml");
        const o = { model: alpha, lang: "en" as const };
        reader = new RowReader("t.csv", planned.plan, side.side, header.length, o, quick);
        continue;
      }
      if (!cells.blank()) units.push(reader.read(cells, record.line));
    }
  return units;
}

/** What a unit says: the entry's id, line and answers by item index, or the problems. */
const said = (units: Unit[]) =>
  units.map((u) =>
    u.kind === "entry"
      ? { id: u.entry.participant, line: u.entry.line, values: [...(u.entry.values ?? [])] }
      : u,
  );

const HEADER = "participant,q1,q2,q3,q4\n";

describe("rows read the quick way", () => {
  const edges =
    HEADER +
    "p01,5,4,1,5\n" +
    'p02,4,"3",2,4\n' +
    "p03,1,2,3,4\rp04,2,2,2,2\n" +
    "p05,4,4,2,4,5\n" +
    "p06,4,44,2,4\n" +
    "p07,Tout à fait d'accord,4,2,4\n" +
    "p08, 4 ,4,2,4\n" +
    "p09,3,,2,4\n" +
    "p10,1,1,1,1\n";

  it("give each edge the answers the cell-by-cell reading gives", async () => {
    const quick = await rowsOf(edges, true);
    expect(said(quick)).toEqual(said(await rowsOf(edges, false)));
    expect(said(quick)).toEqual([
      { id: "p01", line: 2, values: [5, 4, 1, 5] },
      // A quoted cell among plain lines.
      { id: "p02", line: 3, values: [4, 3, 2, 4] },
      // A lone CR ends a line.
      { id: "p03", line: 4, values: [1, 2, 3, 4] },
      { id: "p04", line: 5, values: [2, 2, 2, 2] },
      {
        kind: "rejected",
        problems: [
          {
            file: "t.csv",
            line: 6,
            message: "this row has 6 cells where the header has 5",
            hint: "a line break or a separator in a cell without quotes?",
          },
        ],
        count: 1,
      },
      expect.objectContaining({
        kind: "rejected",
        problems: [
          expect.objectContaining({
            line: 7,
            message: 'column "q2" (q2): "44" is not an answer to this question',
          }),
        ],
      }),
      // A label, accents and all, and a cell with spaces around.
      { id: "p07", line: 8, values: [5, 4, 2, 4] },
      { id: "p08", line: 9, values: [4, 4, 2, 4] },
      // An empty cell is an answer left out.
      { id: "p09", line: 10, values: [3, undefined, 2, 4] },
      { id: "p10", line: 11, values: [1, 1, 1, 1] },
    ]);
  });

  it("give the same whatever chunks the bytes come in", async () => {
    const whole = said(await rowsOf(edges, true));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.nat({ max: edges.length + 4 }), { maxLength: 12 }),
        async (cuts) => {
          expect(said(await rowsOf(edges, true, cuts))).toEqual(whole);
        },
      ),
    );
  });

  it("give the same as the cell-by-cell reading on random rows", async () => {
    const cell = fc.constantFrom(
      "1",
      "3",
      "5",
      "0",
      "6",
      "",
      " ",
      " 2",
      "4 ",
      "33",
      "x",
      "é",
      "Plutôt d'accord",
      "Tout à fait d'accord",
      "Agree",
      '"2"',
      '"1,5"',
      '"4\n"',
      "5\r",
    );
    const row = fc.tuple(
      fc.constantFrom("p1", "p2", "anonymous", "", " p3 "),
      fc.array(cell, { minLength: 3, maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 8 }), async (rows) => {
        const text = HEADER + rows.map(([id, cells]) => [id, ...cells].join(",")).join("\n");
        expect(said(await rowsOf(text, true))).toEqual(said(await rowsOf(text, false)));
      }),
      { numRuns: 300 },
    );
  });
});
