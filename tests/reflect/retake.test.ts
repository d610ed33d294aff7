// Taking a questionnaire again is suggested once every plan made since its last result is
// closed, or once its interval has passed (retakeAfterDays, 28 days when it says nothing);
// the profile of the retake lists the plans made in between with what came of them.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dueLines, RETAKE_AFTER_DAYS, retakes } from "../../src/commands/checkin/due.ts";
import { plansBetween, plansSince } from "../../src/render/progress/between.ts";
import { appendRecord, tracked } from "../../src/store/commitments.ts";
import type { HistoryEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { makeColour } from "../../src/term/colour.ts";
import { DESK } from "../e2e/terminal.ts";
import { checkin, commitment } from "../store/reflection.ts";
import { freshHome, testCtx } from "./helpers.ts";

const at = (d: number) => new Date(Date.UTC(2025, 2, d, 12)).toISOString();
const entry = (date: string) =>
  ({
    date,
    questionnaire: { id: "desk", version: "1", hash: "h", title: "At the desk" },
  }) as HistoryEntry;
const four = () => RETAKE_AFTER_DAYS;

describe("the retake suggestion", () => {
  const open = tracked([{ ...commitment("c1"), date: at(2) }]);
  const closed = tracked([{ ...commitment("c1"), date: at(2) }, checkin("k1", "c1", "done", null)]);

  it("comes when every plan since the last result is closed", () => {
    expect(retakes(closed, [entry(at(2))], new Date(at(10)), four)).toEqual([
      { id: "desk", title: "At the desk", why: "closed", days: 8 },
    ]);
    expect(retakes(open, [entry(at(2))], new Date(at(10)), four)).toEqual([]);
  });

  it("comes once the interval has passed, plans open or not, and not a day before", () => {
    expect(retakes(open, [entry(at(2))], new Date(at(29)), four)).toEqual([]);
    expect(retakes(open, [entry(at(2))], new Date(at(30)), four)).toEqual([
      { id: "desk", title: "At the desk", why: "interval", days: 28 },
    ]);
    expect(retakes(open, [entry(at(2))], new Date(at(9)), () => 7)).toHaveLength(1);
  });

  it("reads the interval a questionnaire declares, and says it once that day", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reflet-retake-"));
    writeFileSync(
      join(dir, "desk.yaml"),
      readFileSync(DESK, "utf8").replace("minutes: 2\n", "minutes: 2\nretakeAfterDays: 10\n"),
    );
    const home = freshHome();
    const paths = dataPaths({ REFLET_HOME: home }, "/");
    appendEntry(paths, { ...seedEntry(), date: at(2) });
    appendRecord(paths, { ...commitment("c1", "desk", at(30)), date: at(2) });
    const on = (d: number) => testCtx({ REFLET_HOME: home, REFLET_PATH: dir, REFLET_NOW: at(d) });
    expect(await dueLines(on(11))).toEqual([]);
    const said = await dueLines(on(12));
    expect(said).toEqual([
      "10 days since your last result of “At the desk”: take it again to see what changed (npx reflet run desk).",
    ]);
    expect(await dueLines(on(12))).toEqual([]);
  });
});

describe("the plans under a retaken profile", () => {
  it("lists the plans made since the last result, with their check-ins", () => {
    const all = tracked([
      { ...commitment("old"), date: at(1), situation: "Before", action: "not shown" },
      { ...commitment("c1"), date: at(2) },
      checkin("k1", "c1", "done", null),
    ]);
    const plans = plansSince(all, "desk", at(2));
    const colour = makeColour({ isTTY: false, env: {}, flag: false });
    const text = plansBetween(plans, at(2), { lang: "en", colour, width: 60, format: "text" });
    expect(text).toBe(
      [
        "",
        "Your plans since your last result (Mar 2, 2025), and what came of them",
        "  1. When a client shouts, I count to three",
        "     chosen Mar 2, 2025 · Mar 9, 2025: once, done",
        "",
      ].join("\n"),
    );
    const md = plansBetween(plans, at(2), { lang: "fr", colour, width: 60, format: "markdown" });
    expect(md).toContain("## Vos plans depuis votre dernier résultat (2 mars 2025)");
    expect(plansBetween([], at(2), { lang: "en", colour, width: 60, format: "text" })).toBe("");
  });
});

function seedEntry(): HistoryEntry {
  return {
    v: 1,
    id: "e0",
    date: at(2),
    lang: "en",
    questionnaire: { id: "desk", version: "1", hash: "h", title: "At the desk" },
    names: {},
    bands: {},
    result: {
      schemaVersion: 1,
      questionnaire: { id: "desk", version: "1", hash: "h" },
      participant: null,
      answered: 0,
      shown: 0,
      dimensions: [],
      profile: null,
      advice: [],
      flags: [],
      notApplicable: [],
      strengths: [],
      watch: [],
      lowInformation: null,
      withheld: [],
    },
    notes: [],
  };
}
