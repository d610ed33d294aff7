// reflet progress against golden files: the terminal chart at 60 and 100 columns (no
// colour), and the HTML page, over simulated weeks with two versions of a questionnaire.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run tests/reflect/progress.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { progressText } from "../../src/render/progress/text.ts";
import { progressViews } from "../../src/render/progress/view.ts";
import { readCommitments, tracked } from "../../src/store/commitments.ts";
import { readHistory } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { markReminded } from "../../src/store/reminder.ts";
import { makeColour } from "../../src/term/colour.ts";
import { runCli } from "../cli/in-process.ts";
import { ROOT } from "../e2e/terminal.ts";
import { freshHome } from "./helpers.ts";
import { seedWeeks } from "./seed.ts";

const GOLDEN = new URL("../golden/progress/", import.meta.url);

function golden(name: string, got: string): void {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN || !existsSync(file)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, got);
  }
  expect(got).toBe(readFileSync(file, "utf8"));
}

const home = freshHome();
seedWeeks(home);

const run = (args: string[], extra: Record<string, string> = {}) =>
  runCli(args, { env: { REFLET_HOME: home, TZ: "UTC", ...extra }, cwd: ROOT });

function views() {
  const paths = dataPaths({ REFLET_HOME: home }, "/");
  return progressViews(readHistory(paths).entries, tracked(readCommitments(paths).records));
}

describe("reflet progress", () => {
  const colour = makeColour({ isTTY: false, env: {}, flag: false });

  it.each([60, 100])("draws the chart at %i columns", (width) => {
    // Dates are drawn in the local time zone: UTC for the golden files, then as it was.
    const zone = process.env.TZ;
    process.env.TZ = "UTC";
    try {
      const text = progressText(views(), { lang: "en", colour, width });
      for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
      golden(`desk.${width}.en.txt`, text);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("shows the last results that fit when there are more than the width allows", () => {
    const v = views()[0];
    if (!v) throw new Error("no view");
    const n = 40;
    const many = {
      ...v,
      dates: Array.from({ length: n }, () => v.dates[0] as string),
      versions: Array.from({ length: n }, () => "1"),
      since: 0,
      series: v.series.map((s) => ({
        ...s,
        percents: Array.from({ length: n }, (_, i) => i * 2.5),
      })),
      plans: [],
    };
    for (const width of [60, 100]) {
      const text = progressText([many], { lang: "en", colour, width });
      for (const line of text.split("\n")) expect([...line].length).toBeLessThanOrEqual(width);
      const shown = Number(/the\s+last\s+(\d+)\s+of\s+40\s+results/.exec(text)?.[1]);
      expect(shown).toBeGreaterThan(5);
      expect(shown).toBeLessThan(40);
      // The newest result is always there: the highest level ends each row.
      expect(text).toMatch(/█\s+/);
    }
  });

  it("counts the change from the first result of the current version", () => {
    const [desk] = views();
    expect(desk?.since).toBe(3);
    // One result of version 2 so far: nothing to compare it with.
    expect(desk?.series.every((s) => s.change === null)).toBe(true);
    expect(desk?.plans.map((p) => [p.number, p.after, p.tracked.status])).toEqual([
      [1, 0, "done"],
      [2, 3, "open"],
    ]);
  });

  it("gives the same figures through reflet progress, with no escape sequence under NO_COLOR", async () => {
    const r = await run(["progress"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain("\u001b");
    expect(r.stdout).toContain("1. When a client shouts, I count to three");
    expect(r.stdout).toMatch(/Mar\s+16,\s+2025:\s+it\s+became\s+a\s+habit,\s+done/);
  });

  it("writes one HTML page with the chart as inline SVG and nothing fetched", async () => {
    const r = await run(["progress", "--format", "html"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("<svg");
    expect(r.stdout).toContain("Content-Security-Policy");
    expect(r.stdout).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    golden("desk.en.html", r.stdout);
  });

  it("writes Markdown with the chart, the figures and the plans", async () => {
    const r = await run(["progress", "--format", "markdown", "--lang", "fr"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Mon évolution");
    expect(r.stdout).toContain("| Date | Calm | Listening |");
    expect(r.stdout).toContain(
      "2. When a client talks for a long time, I wait for the end before I answer",
    );
  });

  it("says so when there is nothing yet, and exits 0", async () => {
    const r = await run(["progress"], { REFLET_HOME: freshHome() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("No results yet");
  });
});

describe("reflet journal", () => {
  it("shows what was written at each check-in after the notes, under its plan", async () => {
    const r = await run(["journal"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("At the desk · When a client shouts, I count to three");
    expect(r.stdout).toContain(
      "  Mar 9, 2025: once, kept\n    A client shouted; I counted, it helped.",
    );
    // The check-in with nothing written is not in the journal.
    expect(r.stdout).not.toContain("it became a habit");
  });
});

describe("reflet history forget", () => {
  it("erases a questionnaire's commitments and check-ins with its results", async () => {
    const other = freshHome();
    seedWeeks(other);
    const r = await run(["history", "forget", "desk", "--yes"], { REFLET_HOME: other });
    expect(r.code).toBe(0);
    const paths = dataPaths({ REFLET_HOME: other }, "/");
    expect(readCommitments(paths).records).toEqual([]);
    expect((await run(["progress"], { REFLET_HOME: other })).stderr).toContain("No results yet");
  });

  it("--all erases the commitments file, the check-ins in it and the reminder mark", async () => {
    const other = freshHome();
    seedWeeks(other);
    const paths = dataPaths({ REFLET_HOME: other }, "/");
    markReminded(paths, "2025-03-09");
    const r = await run(["history", "forget", "--all", "--yes"], { REFLET_HOME: other });
    expect(r.code).toBe(0);
    expect(existsSync(paths.commitments)).toBe(false);
    expect(existsSync(paths.reminded)).toBe(false);
    expect(readCommitments(paths).records).toEqual([]);
  });
});
