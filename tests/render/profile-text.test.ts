// The text profile on a terminal: fitted to its width, colour only when allowed, and
// several questionnaires under one heading.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import { type RenderCtx, renderProfile, renderProfiles } from "../../src/render/profile/render.ts";
import { makeColour } from "../../src/term/colour.ts";
import { displayWidth } from "../../src/term/wrap.ts";
import { DESK, loadDesk } from "../ask/fixture.ts";

const model = loadDesk();
const answers = { c1: 2, c2: 3, c3: 1, s1: "listen", l1: "wait", l2: ["nod"] };
const result = score(model, answers);

function ctx(lang: Lang, columns: number, colour = false): RenderCtx {
  return {
    lang,
    colour: makeColour({ isTTY: colour, env: colour ? { FORCE_COLOR: "1" } : {}, flag: colour }),
    outColumns: columns,
  };
}

const lines = (text: string) => text.trimEnd().split("\n");

describe("the text profile", () => {
  it.each([40, 50, 64, 80])("fits a terminal %i columns wide", (columns) => {
    for (const lang of ["fr", "en"] as const) {
      for (const line of lines(renderProfile(model, result, "text", ctx(lang, columns)))) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      }
    }
  });

  it("uses longer bars on a wider terminal, and stops at 100 columns", () => {
    const barOf = (columns: number) =>
      lines(renderProfile(model, result, "text", ctx("en", columns)))
        .find((l) => l.includes("Calm"))
        ?.match(/[█░]+/)?.[0].length ?? 0;
    expect(barOf(100)).toBeGreaterThan(barOf(60));
    for (const line of lines(renderProfile(model, result, "text", ctx("en", 200))))
      expect(displayWidth(line)).toBeLessThanOrEqual(100);
  });

  it("shortens the bars first, then wraps a name too long for the terminal, bars aligned", () => {
    const name = "Calm under pressure when the queue reaches the door and beyond";
    const text = readFileSync(DESK, "utf8").replace(
      "{fr: Calme, en: Calm}",
      `{fr: Calme, en: ${name}}`,
    );
    const long = loadDesk(text);
    const out = lines(renderProfile(long, score(long, answers), "text", ctx("en", 60)));
    const rows = out.filter((l) => /[█░]/.test(l));
    expect(rows).toHaveLength(2);
    expect(out.join("\n")).not.toContain("…");
    const at = out.findIndex((l) => l.startsWith("  Calm under"));
    // The name's words, in order, on the row of its bar and the lines under it, in its column.
    const under = out
      .slice(at + 1)
      .findIndex((l) => !/^ {2}\S/.test(l) || l.startsWith("  Listening"));
    const column = out.slice(at, at + 1 + under).map((l) => l.replace(/[█░].*$/, "").trim());
    expect(column.join(" ")).toBe(name);
    for (const line of out) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    const starts = rows.map((l) => l.search(/[█░]/));
    expect(new Set(starts).size).toBe(1);
  });

  it.each([40, 50, 59])("never cuts a band label at %i columns: it wraps at words", (columns) => {
    const text = readFileSync(DESK, "utf8")
      .replace(
        "label: {fr: bas, en: low}",
        "label: {fr: À renforcer en priorité, en: To strengthen first}",
      )
      .replace(
        "label: {fr: moyen, en: middle}",
        "label: {fr: À renforcer en priorité, en: To strengthen first}",
      )
      .replace(
        "label: {fr: haut, en: high}",
        "label: {fr: À renforcer en priorité, en: To strengthen first}",
      );
    const long = loadDesk(text);
    for (const lang of ["fr", "en"] as const) {
      const out = lines(renderProfile(long, score(long, answers), "text", ctx(lang, columns)));
      const all = out.join("\n");
      expect(all).not.toContain("…");
      for (const line of out) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      // The words of the label, in order, at the end of the bar's row and on the lines under it.
      const row = out.findIndex((l) => /[█░]/.test(l));
      const label = lang === "fr" ? "À renforcer en priorité" : "To strengthen first";
      const bar = /[█░]+ +\d+ {2}/.exec(out[row] as string);
      const column = (bar?.index ?? 0) + (bar?.[0].length ?? 0);
      const words: string[] = [];
      for (let i = row; i === row || (out[i] as string).startsWith(" ".repeat(column)); i++)
        words.push((out[i] as string).slice(column).trim());
      expect(words.filter(Boolean).join(" ")).toBe(label);
    }
  });

  it("has no colour unless colour is allowed, and colour when it is", () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for escape sequences
    const ansi = /\u001b\[/;
    expect(renderProfile(model, result, "text", ctx("en", 80))).not.toMatch(ansi);
    expect(renderProfile(model, result, "text", ctx("en", 80, true))).toMatch(ansi);
  });

  it("neutralises escape sequences hidden in the questionnaire", () => {
    const text = readFileSync(DESK, "utf8").replace(
      "en: At the desk",
      'en: "At\\e]0;owned\\u0007 the desk"',
    );
    const hostile = loadDesk(text);
    const out = renderProfile(hostile, score(hostile, {}), "text", ctx("en", 80));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw controls
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    const md = renderProfile(hostile, score(hostile, {}), "markdown", ctx("en", 80));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw controls
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it("shows the change of each dimension since the previous result", () => {
    const before = score(model, { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod"] });
    const out = renderProfile(model, result, "text", ctx("en", 80), {
      date: "2025-03-02T12:00:00.000Z",
      result: before,
    });
    const calm = lines(out).find((l) => l.includes("Calm"));
    const now = Math.round(result.dimensions[0]?.percent ?? 0);
    const was = Math.round(before.dimensions[0]?.percent ?? 0);
    expect(calm?.trimEnd().endsWith(`−${was - now}`)).toBe(true);
    expect(out).toContain("Change since your last result (March 2, 2025)");
  });
});

describe("several questionnaires in one run", () => {
  const inputs = [
    { model, result },
    { model, result: score(model, { c1: 4, c2: 1, c3: 4 }) },
  ];

  it("are shown one after the other under one heading", () => {
    const out = renderProfiles(inputs, "text", ctx("fr", 80));
    expect(out.startsWith("Votre profil : 2 questionnaires")).toBe(true);
    expect(out.split("Au guichet")).toHaveLength(3);
  });

  it("give one Markdown document with one heading level each", () => {
    const out = renderProfiles(inputs, "markdown", ctx("en", 80));
    expect(out.match(/^# /gm)).toHaveLength(1);
    expect(out.match(/^## At the desk/gm)).toHaveLength(2);
  });

  it("give JSON with one result per questionnaire", () => {
    const out = JSON.parse(renderProfiles(inputs, "json", ctx("en", 80)));
    expect(out.schemaVersion).toBe(1);
    expect(out.results).toHaveLength(2);
    expect(out.results[1].dimensions[0].band).toBe(inputs[1]?.result.dimensions[0]?.band);
  });
});
