import { describe, expect, it } from "vitest";
import { inertText } from "../../src/csv/formula.ts";
import { csvCell, csvLine, EXCEL_CSV, PLAIN_CSV } from "../../src/render/csv.ts";

describe("CSV cells written by reflet", () => {
  it("makes text that a spreadsheet would run as a formula inert", () => {
    for (const formula of [
      "=1+1",
      "+33 6 12",
      "-2+3",
      "@SUM(A1)",
      "\uff1dSUM(A1)",
      "\uff0b1",
      "\uff0d1",
      "\uff20x",
      "\tx",
      "\rx",
      '=HYPERLINK("http://x")',
    ]) {
      const cell = csvCell(formula);
      expect(cell.replace(/^"/, "").startsWith("'"), formula).toBe(true);
    }
    expect(inertText("plain")).toBe("plain");
  });

  it("keeps numbers as numbers, negative ones included", () => {
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(12.5)).toBe("12.5");
    expect(csvCell(12.5, EXCEL_CSV)).toBe("12,5");
  });

  it("quotes cells holding any separator, quotes or line breaks", () => {
    expect(csvLine(["a,b", 'say "hi"', "two\nlines", null, 1])).toBe(
      '"a,b","say ""hi""","two\nlines",,1\r\n',
    );
    expect(csvLine(["a,b", "c;d", "e\tf", "g"], EXCEL_CSV)).toBe('"a,b";"c;d";"e\tf";g\r\n');
  });

  it("quotes a formula that holds the separator after making it inert", () => {
    expect(csvCell("=A1,B1", PLAIN_CSV)).toBe('"\'=A1,B1"');
  });
});
