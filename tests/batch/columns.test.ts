import { describe, expect, it } from "vitest";
import { planColumns } from "../../src/batch/input/columns.ts";
import { cellReader, normalizeLabel } from "../../src/load/cells.ts";
import type { Item } from "../../src/model/types.ts";
import { model } from "./helpers.ts";

const team = model("team.yaml");
const item = (id: string) => team.items[team.itemIndex.get(id) as number] as Item;
const read = (id: string, cell: string) => cellReader(team, item(id))(cell);

/** The columns of every item of team.yaml but those named, by id. */
const rest = (...but: string[]) => team.items.map((it) => it.id).filter((id) => !but.includes(id));

describe("CSV headers", () => {
  it("names items by id, or by their question in any language", () => {
    const planned = planColumns(team, [
      "participant",
      "c1",
      "Je m'énerve vite.",
      "I breathe before I answer",
      ...rest("c1", "c2", "c3"),
    ]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.participant).toBe(0);
    expect(planned.plan.items.slice(0, 3).map((c) => [c.index, c.item.id, c.how])).toEqual([
      [1, "c1", "id"],
      [2, "c2", "text"],
      [3, "c3", "text"],
    ]);
  });

  it("reads a scenario's scene and question, and a Google Forms grid row", () => {
    const planned = planColumns(team, [
      "Un client crie au téléphone. Que faites-vous ?",
      "Your habits [I restate the request.]",
      ...rest("s1", "a1"),
    ]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.items.slice(0, 2).map((c) => [c.item.id, c.how])).toEqual([
      ["s1", "text"],
      ["a1", "grid"],
    ]);
  });

  it("ignores typographic apostrophes, case, spacing and end punctuation", () => {
    expect(normalizeLabel("  JE M’ÉNERVE   vite ?* ")).toBe(normalizeLabel("Je m'énerve vite."));
  });

  it("lists the columns it does not read", () => {
    const planned = planColumns(team, ["Horodateur", "Remarque", ...rest(), ""]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.ignored).toEqual(["Horodateur", "Remarque", "#13"]);
  });

  it("takes participant ids from the column named with --id-column", () => {
    const planned = planColumns(team, ["Nom", "participant", ...rest()], "nom");
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.participant).toBe(0);
    expect(planned.plan.ignored).toEqual(["participant"]);
  });

  it("rejects a header where two columns are the same question", () => {
    const planned = planColumns(team, ["c1", "I stay calm.", ...rest("c1")]);
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems).toEqual([
      { code: "same-item", item: "c1", headers: ["c1", "I stay calm."] },
    ]);
  });

  it("rejects a header without any question, and a missing --id-column", () => {
    const none = planColumns(team, ["a", "b"]);
    expect(none.ok ? [] : none.problems).toEqual([{ code: "no-items" }]);
    const noId = planColumns(team, rest(), "Email");
    expect(noId.ok ? [] : noId.problems).toEqual([
      { code: "no-id-column", names: ["Email"], columns: rest() },
    ]);
  });

  it("names every scored item without a column, with the nearest headers", () => {
    const planned = planColumns(team, [
      "Horodateur",
      "Je reformule toujours la demande.",
      ...rest("a1", "a2", "n1"),
    ]);
    expect(planned.ok).toBe(false);
    if (planned.ok) return;
    expect(planned.problems).toEqual([
      {
        code: "missing",
        item: "a1",
        text: "Je reformule la demande.",
        closest: ["Je reformule toujours la demande."],
      },
      { code: "missing", item: "a2", text: "J'oublie de rappeler.", closest: [] },
    ]);
    // Free text is scored nowhere: its missing column is only said.
    expect(planned.plan.unread).toEqual(["n1"]);
  });

  it("reads headers numbered by Forms, and Microsoft Forms' Title.Row grids", () => {
    const planned = planColumns(team, [
      "1. Je reste calme.",
      "12) Je m'énerve vite.",
      "Q3 - I breathe before I answer.",
      "Q4 Je coupe la parole.",
      "Vos habitudes.Je reformule la demande.",
      "6. Vos habitudes [J'oublie de rappeler.]",
      ...rest("c1", "c2", "c3", "c4", "a1", "a2"),
    ]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    expect(planned.plan.items.slice(0, 6).map((c) => [c.item.id, c.how])).toEqual([
      ["c1", "number"],
      ["c2", "number"],
      ["c3", "number"],
      ["c4", "number"],
      ["a1", "grid"],
      ["a2", "grid"],
    ]);
  });

  it("matches columns sharing a question text in the questionnaire's order", () => {
    const twin = model("team.yaml");
    const copy = { ...twin, items: [...twin.items, { ...item("a1"), id: "a1-bis" }] };
    const both = { ...copy, itemIndex: new Map(copy.items.map((it, i) => [it.id, i])) };
    const ids = both.items.map((it) => it.id).filter((id) => id !== "a1" && id !== "a1-bis");
    const planned = planColumns(both, [
      "I restate the request.",
      ...ids,
      "Je reformule la demande.",
    ]);
    if (!planned.ok) throw new Error(JSON.stringify(planned.problems));
    const shared = planned.plan.items.filter((c) => c.how === "order");
    expect(shared.map((c) => [c.index, c.item.id])).toEqual([
      [0, "a1"],
      [10, "a1-bis"],
    ]);
    expect(planned.plan.byOrder).toEqual([
      { header: "I restate the request.", items: ["a1", "a1-bis"] },
    ]);
    // One column more than the questions that share its text: that one is ambiguous.
    const three = planColumns(both, [
      ...ids,
      "a1",
      "Je reformule la demande.",
      "I restate the request.",
    ]);
    expect(three.ok ? [] : three.problems).toEqual([
      { code: "ambiguous", header: "I restate the request.", items: ["a1", "a1-bis"] },
    ]);
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
