// The profile in text (no colour), Markdown and JSON, in French and in English, against
// golden files. After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/render
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import type { Lang } from "../../src/i18n/lang.ts";
import {
  type ProfileFormat,
  type RenderCtx,
  renderProfile,
} from "../../src/render/profile/render.ts";
import { makeColour } from "../../src/term/colour.ts";
import { loadDesk } from "../ask/fixture.ts";

const model = loadDesk();
// Tense but attentive, with a note; compared with an earlier, calmer result.
const answers = {
  c1: 2,
  c2: 3,
  why: "Les clients qui coupent la parole.",
  c3: 1,
  s1: "listen",
  l1: "wait",
  l2: ["nod", "repeat"],
  note: "Un client pressé.",
};
const before = { c1: 4, c2: 1, c3: 4, s1: "explain", l1: "cut", l2: ["nod"] };
const previous = { date: "2025-03-02T12:00:00.000Z", result: score(model, before) };
const result = score(model, answers);

const GOLDEN = new URL("../golden/profile/", import.meta.url);
const EXT: Record<ProfileFormat, string> = { text: "txt", markdown: "md", json: "json" };

function ctx(lang: Lang, columns = 80): RenderCtx {
  return {
    lang,
    colour: makeColour({ isTTY: false, env: {}, flag: false }),
    outColumns: columns,
  };
}

function golden(name: string, actual: string): void {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}

describe("the profile matches its golden file", () => {
  for (const lang of ["fr", "en"] as const) {
    for (const format of ["text", "markdown", "json"] as const) {
      it(`${format}, ${lang}`, () => {
        golden(
          `desk.${lang}.${EXT[format]}`,
          renderProfile(model, result, format, ctx(lang), previous),
        );
      });
    }
  }
});
