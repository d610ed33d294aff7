// Options fitted to the terminal: each label wrapped at words under its prefix, and the label
// as written kept to show after the question once it is answered.
import { describe, expect, it } from "vitest";
import { type Entry, paged } from "../../src/ask/layout.ts";

const LABEL = "Je lui dis que ce n’est pas couvert et ce qu’elle peut encore faire.";

describe("options on a narrow terminal", () => {
  it("are wrapped under their prefix, and answered with the label as written", () => {
    const page = paged(
      [{ value: "0", name: LABEL }, "gap", { value: "1", name: "Retour" }],
      () => 5,
      {
        used: 4,
        screen: { columns: 40, rows: 30 },
        mark: () => "",
      },
    );
    const first = page.entries[0] as Entry;
    expect(first.name.split("\n").length).toBeGreaterThan(1);
    for (const line of first.name.split("\n").slice(1)) expect(line).toMatch(/^ {5}\S/);
    expect(first.short).toBe(LABEL);
  });
});
