// The reading of a change in `reflet progress`: a reliable change or measurement noise by the
// reliable change index, only where the questionnaire declares a dimension's reliability;
// "reliability unknown" otherwise (the built-ins declare none), never a reading invented.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { readingWords } from "../../src/render/progress/text.ts";
import { progressViews } from "../../src/render/progress/view.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { runCli } from "../cli/in-process.ts";
import { DESK, freshHome, ROOT } from "../e2e/terminal.ts";

const model = loadDesk();
const LOW = { c1: 1, c2: 4, c3: 1, s1: "explain", l1: "cut", l2: ["nod"] };
const HIGH = { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod", "repeat"] };
const entries = [LOW, HIGH].map((answers, i) =>
  makeEntry({
    model,
    result: score(model, answers),
    answers,
    userLang: "en",
    id: `e${i}`,
    date: new Date(Date.UTC(2025, 2, 2 + 14 * i, 12)),
  }),
);
// calm: S_diff = 10·√2·√0.2 ≈ 6.3, so a change past ≈ 12.4 points is reliable;
// listening: S_diff = 60·√2·√0.5 = 60, so nothing within 0-100 can be.
const declared = new Map([
  ["calm", { alpha: 0.8, sd: 10 }],
  ["listening", { alpha: 0.5, sd: 60 }],
]);

describe("the reading of a change", () => {
  it("is reliable past the index's cut-off and noise within it, where reliability is declared", () => {
    const [v] = progressViews(entries, [], (id, version) =>
      id === "desk" && version === "1" ? declared : new Map(),
    );
    const calm = v?.series.find((s) => s.id === "calm");
    const listening = v?.series.find((s) => s.id === "listening");
    expect(Math.abs((calm?.change?.to ?? 0) - (calm?.change?.from ?? 0))).toBeGreaterThan(12.4);
    expect(calm?.reading).toBe("reliable");
    expect(listening?.reading).toBe("noise");
    if (!v) throw new Error("no view");
    expect(readingWords(v, "en")).toBe(
      "Reading of the change: Calm, reliable change; Listening, within measurement noise.",
    );
  });

  it("is unknown without a declaration, and absent with no change to read", () => {
    const [v] = progressViews(entries, []);
    expect(v?.series.map((s) => s.reading)).toEqual(["unknown", "unknown"]);
    if (!v) throw new Error("no view");
    expect(readingWords(v, "fr")).toContain("Fiabilité inconnue");
    const [one] = progressViews(entries.slice(0, 1), [], () => declared);
    expect(one?.series.map((s) => s.reading)).toEqual([null, null]);
    if (!one) throw new Error("no view");
    expect(readingWords(one, "en")).toBe("");
  });

  it("comes from the questionnaire as reflet finds it, in text and HTML", async () => {
    const home = freshHome();
    const paths = dataPaths({ REFLET_HOME: home }, "/");
    for (const e of entries) appendEntry(paths, e);
    const dir = mkdtempSync(join(tmpdir(), "reflet-reading-"));
    const yaml = readFileSync(DESK, "utf8").replace(
      "    name: {fr: Calme, en: Calm}\n",
      "    name: {fr: Calme, en: Calm}\n    reliability: {alpha: 0.8, sd: 10}\n",
    );
    writeFileSync(join(dir, "desk.yaml"), yaml);
    const progress = (format: string, path?: string) =>
      runCli(["progress", "--format", format], {
        env: { REFLET_HOME: home, TZ: "UTC", ...(path ? { REFLET_PATH: path } : {}) },
        cwd: ROOT,
      });
    const text = await progress("text", dir);
    expect(text.code).toBe(0);
    expect(text.stdout.replace(/\s+/g, " ")).toContain(
      "Reading of the change: Calm, reliable change; Listening, reliability unknown.",
    );
    expect((await progress("html", dir)).stdout).toContain(
      '<p class="note">Reading of the change: Calm, reliable change; Listening, reliability unknown.</p>',
    );
    // Not found (no REFLET_PATH): nothing is declared, nothing is called reliable.
    expect((await progress("text")).stdout.replace(/\s+/g, " ")).toContain(
      "Reliability unknown: this questionnaire declares none",
    );
  });
});
