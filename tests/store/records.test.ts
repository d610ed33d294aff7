// What is read back from the data folder is trusted only once its whole shape is checked:
// a history line or a checkpoint with a nested value of the wrong type is refused, not used.
import { appendFileSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Checkpoint,
  checkpointFile,
  loadCheckpoint,
  saveCheckpoint,
  setAside,
} from "../../src/store/checkpoint.ts";
import { appendEntry, readHistory } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { entry } from "./appender.ts";

const fresh = () =>
  dataPaths({ REFLET_HOME: join(mkdtempSync(join(tmpdir(), "reflet-records-")), "d") }, "/");

const ESCAPES = "\u001b]52;c;SGVsbG8=\u0007\u001b[2J\u009b31m\u009d0;x\u0007";

/** An entry with one nested value replaced: JSON-shaped, valid at the top level, wrong inside. */
function damaged(path: string[], value: unknown): string {
  const e = JSON.parse(JSON.stringify(entry("bad", 0)));
  let at = e;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1) as string] = value;
  return JSON.stringify(e);
}

describe("history entries", () => {
  const cases: [string, string[], unknown][] = [
    ["dimensions that are not a list of results", ["result", "dimensions"], [{ id: 3 }]],
    ["an answered count that is a string", ["result", "answered"], "12"],
    ["a note that is a number", ["notes"], [{ item: "n", question: "?", text: 4 }]],
    ["a band label that is an object", ["bands"], { calm: { x: 1 } }],
    ["a date that is an escape sequence", ["date"], ESCAPES],
    ["a questionnaire without a title", ["questionnaire"], { id: "desk" }],
    ["a profile of the wrong shape", ["result", "profile"], { id: 1 }],
  ];
  for (const [what, path, value] of cases) {
    it(`with ${what} are skipped and counted, the others kept`, () => {
      const paths = fresh();
      appendEntry(paths, entry("one", 0));
      appendFileSync(paths.history, `${damaged(path, value)}\n`);
      appendEntry(paths, entry("two", 0));
      const read = readHistory(paths);
      expect(read.entries.map((e) => e.id)).toEqual(["one", "two"]);
      expect(read.skipped).toEqual([2]);
    });
  }

  it("saved before evidence existed are read, with no evidence, strengths or withheld texts", () => {
    const paths = fresh();
    const old = JSON.parse(JSON.stringify(entry("old", 0)));
    for (const key of ["strengths", "watch", "lowInformation", "withheld"]) delete old.result[key];
    old.result.profile = { id: "steady", because: ["band(calm) in [high]"] };
    old.result.advice = [{ id: "breathe", kind: "action", priority: 0, because: [] }];
    appendEntry(paths, entry("new", 0));
    appendFileSync(paths.history, `${JSON.stringify(old)}\n`);
    const read = readHistory(paths);
    expect(read.skipped).toEqual([]);
    const result = read.entries[1]?.result;
    expect(result?.profile).toEqual({
      id: "steady",
      because: ["band(calm) in [high]"],
      evidence: [],
    });
    expect(result?.advice[0]?.evidence).toEqual([]);
    expect(result).toMatchObject({ strengths: [], watch: [], lowInformation: null, withheld: [] });
  });

  it("with a real dimension result read back whole", () => {
    const paths = fresh();
    const e = entry("full", 0);
    e.result.dimensions = [
      {
        id: "calm",
        status: "ok",
        answered: 1,
        expected: 1,
        raw: 4,
        sum: 4,
        mean: 4,
        score: 4,
        percent: 75,
        band: "high",
        contributions: [{ item: "c1", answer: 4, points: 4, reversed: false, weight: 1 }],
        facets: [],
      },
    ];
    appendEntry(paths, e);
    expect(readHistory(paths).entries).toEqual([e]);
  });
});

const valid: Checkpoint = {
  v: 1,
  questionnaire: "desk",
  hash: "h",
  lang: "en",
  answers: { c1: 4, l2: ["nod"], note: "text" },
  position: "c3",
  savedAt: "2025-03-02T12:00:00.000Z",
};

describe("checkpoints", () => {
  const tampered: [string, Record<string, unknown>][] = [
    ["savedAt", { savedAt: ESCAPES }],
    ["savedAt (a date followed by escapes)", { savedAt: `2025-03-02T12:00:00.000Z${ESCAPES}` }],
    ["v", { v: ESCAPES }],
    ["questionnaire", { questionnaire: ESCAPES }],
    ["hash", { hash: 42 }],
    ["lang", { lang: ["en"] }],
    ["answers", { answers: { c1: { nested: ESCAPES } } }],
    ["answers (a list holding a number)", { answers: { l2: ["nod", 3] } }],
    ["position", { position: 7 }],
  ];
  for (const [field, change] of tampered) {
    it(`with a tampered ${field} are unreadable, and set aside rather than deleted`, async () => {
      const paths = fresh();
      saveCheckpoint(paths, valid);
      const file = checkpointFile(paths, "desk");
      writeFileSync(file, JSON.stringify({ ...valid, ...change }));
      const read = await loadCheckpoint(paths, "desk");
      expect(read.kind).toBe("unreadable");
      const aside = setAside(file);
      expect(readdirSync(paths.sessions)).toEqual([basename(aside)]);
      expect((await loadCheckpoint(paths, "desk")).kind).toBe("none");
    });
  }

  it("with escapes inside answers of the right types are read (and sanitised when shown)", async () => {
    const paths = fresh();
    saveCheckpoint(paths, { ...valid, answers: { note: ESCAPES, [ESCAPES]: 1 } });
    const read = await loadCheckpoint(paths, "desk");
    expect(read.kind === "found" && read.checkpoint.answers.note).toBe(ESCAPES);
  });
});
