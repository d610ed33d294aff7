// Wrapping and fitting text to a terminal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { screenOf } from "../../src/ask/layout.ts";
import { columnsOf, displayWidth, truncate, wrap, wrapMessage } from "../../src/term/wrap.ts";

describe("wrapping", () => {
  it("breaks at spaces so that no line is wider than asked", () => {
    const lines = wrap(
      "Cette semaine, comptez jusqu'à trois avant de répondre à un client tendu.",
      30,
    );
    expect(lines).toEqual([
      "Cette semaine, comptez jusqu'à",
      "trois avant de répondre à un",
      "client tendu.",
    ]);
  });

  it("keeps French punctuation with the word before it, and « with the word after it", () => {
    const text = "Une question : pourquoi pas ? Il a dit « bonjour » puis « merci » !";
    // From the width of the longest group ("« merci » !") up.
    for (let width = 12; width < 40; width++) {
      for (const line of wrap(text, width)) {
        expect(line).not.toMatch(/^[:;?!»]/);
        expect(line).not.toMatch(/«$/);
      }
    }
  });

  it("keeps « 20 / 30 » on one line", () => {
    const text = "Vous vous êtes arrêté·e à la question 20 / 30.";
    for (let width = 12; width < 48; width++)
      expect(wrap(text, width).some((l) => l.includes("20 / 30."))).toBe(true);
  });

  it("keeps a number with the word after it: « 2 décembre », « 10 min »", () => {
    const text = "Vous avez commencé le 2 décembre 2026, il reste ~10 min.";
    for (let width = 14; width < 56; width++) {
      const lines = wrap(text, width);
      expect(lines.some((l) => l.includes("2 décembre"))).toBe(true);
      expect(lines.some((l) => l.includes("~10 min."))).toBe(true);
    }
  });

  it("never breaks at a no-break space", () => {
    const lines = wrap("Il est 10\u00a0h\u00a030 et tout va bien", 12);
    expect(lines.some((l) => l.includes("10\u00a0h\u00a030"))).toBe(true);
  });

  it("indents the first line and the others as asked, within the width", () => {
    expect(wrap("alpha beta gamma delta epsilon", 16, { first: "  - ", rest: "    " })).toEqual([
      "  - alpha beta",
      "    gamma delta",
      "    epsilon",
    ]);
  });

  it("keeps the text's own line breaks", () => {
    expect(wrap("first line\nsecond", 40)).toEqual(["first line", "second"]);
  });

  it("cuts a word longer than the line", () => {
    expect(wrap("aaaaaaaaaaaaaaa", 10)).toEqual(["aaaaaaaaaa", "aaaaa"]);
  });

  it("keeps every word, in order, whatever the width", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zéà:?«»]{1,12}$/), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 10, max: 80 }),
        (words, width) => {
          const lines = wrap(words.join(" "), width);
          expect(lines.join(" ").split(/ +/).join("")).toBe(words.join(""));
          for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(Math.max(width, 12));
        },
      ),
    );
  });
});

describe("display width", () => {
  it("counts accented letters once, combining marks not at all, wide characters twice", () => {
    expect(displayWidth("été")).toBe(3);
    expect(displayWidth("e\u0301te\u0301")).toBe(3);
    expect(displayWidth("中文")).toBe(4);
  });

  it("truncates with an ellipsis to the width asked", () => {
    expect(truncate("Relation client", 8)).toBe("Relatio…");
    expect(truncate("Calme", 8)).toBe("Calme");
  });
});

describe("messages on a terminal", () => {
  it("keep a command reflet suggests on one line, so that it can be typed as shown", () => {
    expect(
      wrapMessage("Pour reprendre : npx reflet run reclamations defauts-acceptables", 50),
    ).toEqual(["Pour reprendre :", "npx reflet run reclamations defauts-acceptables"]);
    expect(wrapMessage("No results for desk (reflet history lists them all).", 36)).toEqual([
      "No results for desk",
      "(reflet history lists them all).",
    ]);
  });

  it("break a command at spaces only when it cannot fit on a line of its own", () => {
    const lines = wrapMessage("To resume: reflet run reclamations defauts-acceptables", 30);
    expect(lines.join(" ")).toBe("To resume: reflet run reclamations defauts-acceptables");
    for (const line of lines) expect(displayWidth(line)).toBeLessThan(30);
  });

  it("do not take reflet naming itself for a command", () => {
    expect(
      wrapMessage("reflet : pas de questionnaire « reclamation » (npx reflet list)", 40),
    ).toEqual(["reflet : pas de questionnaire", "« reclamation » (npx reflet list)"]);
  });

  it("leave a path longer than the line whole on a line of its own", () => {
    const path = "/tmp/reflet-e2e-abcdef/home/sessions/desk-0123456789ab.json.damaged-1";
    expect(wrapMessage(`reflet: kept as ${path} (read it)`, 40)).toEqual([
      "reflet: kept as",
      path,
      "(read it)",
    ]);
  });

  it("keep a variable to set on one line: export EDITOR=nano", () => {
    const text =
      'The editor "notepad" was not found: set VISUAL or EDITOR to an installed one (e.g. export EDITOR=nano), or type your answer here.';
    for (let width = 24; width < 100; width++)
      expect(wrapMessage(text, width).some((l) => l.includes("export EDITOR=nano"))).toBe(true);
  });
});

describe("the width of a terminal", () => {
  it("is the stream's columns, or the fallback when it says none or 0 (a pseudo-terminal never given a size)", () => {
    expect(columnsOf({ columns: 132 })).toBe(132);
    expect(columnsOf({ columns: 0 })).toBe(80);
    expect(columnsOf({})).toBe(80);
    expect(columnsOf(undefined, 100)).toBe(100);
    expect(screenOf({ columns: 0, rows: 0 } as unknown as NodeJS.WritableStream)).toEqual({
      columns: 80,
    });
  });
});
