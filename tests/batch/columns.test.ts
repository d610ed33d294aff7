import { describe, expect, it } from "vitest";
import { cellReader, normalizeLabel } from "../../src/batch/input/cells.ts";
import { planColumns } from "../../src/batch/input/columns.ts";
import type { Item } from "../../src/model/types.ts";
import { model } from "./helpers.ts";

const team = model("team.yaml");
const item = (id: string) => team.items[team.itemIndex.get(id) as number] as Item;
const read = (id: string, cell: string) => cellReader(team, item(id))(cell);

describe("CSV headers", () => {
  it("names items by id, or by their question in any language", () => {
    const planned = planColumns(team, [
      "participant",
      "c1",
      "Je m'énerve vite.",
      "I breathe before I answer",
    ]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.participant).toBe(0);
    expect(planned.plan.items.map((c) => [c.index, c.item.id])).toEqual([
      [1, "c1"],
      [2, "c2"],
      [3, "c3"],
    ]);
  });

  it("reads a scenario's scene and question, and a Google Forms grid row", () => {
    const planned = planColumns(team, [
      "Un client crie au téléphone. Que faites-vous ?",
      "Your habits [I restate the request.]",
    ]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.items.map((c) => c.item.id)).toEqual(["s1", "a1"]);
  });

  it("ignores typographic apostrophes, case, spacing and end punctuation", () => {
    expect(normalizeLabel("  JE M’ÉNERVE   vite ?* ")).toBe(normalizeLabel("Je m'énerve vite."));
  });

  it("lists the columns it does not read", () => {
    const planned = planColumns(team, ["Horodateur", "Remarque", "c1", ""]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.ignored).toEqual(["Horodateur", "Remarque", "#4"]);
  });

  it("takes participant ids from the column named with --id-column", () => {
    const planned = planColumns(team, ["Nom", "participant", "c1"], "nom");
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.participant).toBe(0);
    expect(planned.plan.ignored).toEqual(["participant"]);
  });

  it("rejects a header where two columns are the same question", () => {
    expect(planColumns(team, ["c1", "I stay calm."])).toEqual({
      ok: false,
      problems: [{ code: "same-item", item: "c1", headers: ["c1", "I stay calm."] }],
    });
  });

  it("rejects a header without any question, and a missing --id-column", () => {
    expect(planColumns(team, ["a", "b"])).toEqual({ ok: false, problems: [{ code: "no-items" }] });
    expect(planColumns(team, ["c1"], "Email")).toEqual({
      ok: false,
      problems: [{ code: "no-id-column", names: ["Email"], columns: ["c1"] }],
    });
  });

  it("rejects a question text shared by two items", () => {
    const twin = model("team.yaml");
    const copy = { ...twin, items: [...twin.items, { ...item("a1"), id: "a1-bis" }] };
    const planned = planColumns(
      { ...copy, itemIndex: new Map(copy.items.map((it, i) => [it.id, i])) },
      ["I restate the request."],
    );
    expect(planned).toEqual({
      ok: false,
      problems: [{ code: "ambiguous", header: "I restate the request.", items: ["a1", "a1-bis"] }],
    });
  });
});

describe("CSV cells", () => {
  it("reads a scale number, or a label in any language", () => {
    expect(read("c1", "4")).toBe(4);
    expect(read("c1", "4.0")).toBe(4);
    expect(read("c1", "Plutôt d'accord")).toBe(4);
    expect(read("c1", "agree")).toBe(4);
    expect(read("c1", "Strongly agree")).toBe(5);
  });

  it("reads an option by value or by label", () => {
    expect(read("s1", "listen")).toBe("listen");
    expect(read("s1", "J'écoute jusqu'au bout.")).toBe("listen");
    expect(read("s1", "I raise my voice")).toBe("shout");
  });

  it("reads several options joined by commas or semicolons, labels with commas included", () => {
    expect(read("m1", "Une pause, un café, En parler")).toEqual(["break", "talk"]);
    expect(read("m1", "Walking;A break, a coffee")).toEqual(["walk", "break"]);
    expect(read("m1", "break,talk")).toEqual(["break", "talk"]);
    expect(read("m1", "Marcher")).toEqual(["walk"]);
  });

  it("treats an empty cell as unanswered and an unknown one as a problem", () => {
    expect(read("c1", "  ")).toBeNull();
    expect(read("c1", "6")).toBeUndefined();
    expect(read("c1", "banana")).toBeUndefined();
    expect(read("m1", "break, banana")).toBeUndefined();
  });

  it("keeps free text as written", () => {
    expect(read("n1", "  Deux idées ; une seule phrase. ")).toBe("Deux idées ; une seule phrase.");
  });
});
