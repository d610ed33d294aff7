// The history file: private modes, append-only lines, torn lines skipped, forget.
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveCheckpoint } from "../../src/store/checkpoint.ts";
import {
  appendEntry,
  forgetAll,
  forgetEntries,
  lastEntryOf,
  readHistory,
} from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { entry } from "./appender.ts";

const fresh = () =>
  dataPaths({ REFLET_HOME: join(mkdtempSync(join(tmpdir(), "reflet-history-")), "data") }, "/");
const mode = (path: string) => statSync(path).mode & 0o777;

describe("appending to the history", () => {
  it("creates the data folder 0700 and the file 0600", () => {
    const paths = fresh();
    appendEntry(paths, entry("one", 10));
    expect(mode(paths.dir)).toBe(0o700);
    expect(mode(paths.history)).toBe(0o600);
  });

  it("writes one JSON line per entry and reads them back in order", () => {
    const paths = fresh();
    for (const id of ["one", "two", "three"]) appendEntry(paths, entry(id, 10));
    const lines = readFileSync(paths.history, "utf8").split("\n");
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toBe("");
    expect(readHistory(paths).entries.map((e) => e.id)).toEqual(["one", "two", "three"]);
  });

  it("keeps a line break inside a note on one line", () => {
    const paths = fresh();
    const e = entry("one", 0);
    e.notes = [{ item: "note", question: "?", text: "first\nsecond" }];
    appendEntry(paths, e);
    expect(readFileSync(paths.history, "utf8").split("\n")).toHaveLength(2);
    expect(readHistory(paths).entries[0]?.notes[0]?.text).toBe("first\nsecond");
  });

  it("reads nothing, without error, when there is no history yet", () => {
    expect(readHistory(fresh())).toEqual({ entries: [], skipped: [] });
  });
});

describe("a torn last line", () => {
  it("is skipped with its line number, and the next entry starts on a line of its own", () => {
    const paths = fresh();
    appendEntry(paths, entry("one", 10));
    appendFileSync(paths.history, '{"v":1,"id":"torn","date":"20');
    expect(readHistory(paths)).toMatchObject({ skipped: [2] });
    expect(readHistory(paths).entries.map((e) => e.id)).toEqual(["one"]);
    appendEntry(paths, entry("two", 10));
    const read = readHistory(paths);
    expect(read.entries.map((e) => e.id)).toEqual(["one", "two"]);
    expect(read.skipped).toEqual([2]);
  });

  it("a line that is valid JSON but not an entry is skipped too", () => {
    const paths = fresh();
    appendEntry(paths, entry("one", 10));
    appendFileSync(paths.history, '{"v":2}\n[]\n');
    expect(readHistory(paths).skipped).toEqual([2, 3]);
  });
});

describe("the last result of a questionnaire", () => {
  it("is the latest entry with its id", () => {
    const a = entry("a", 0);
    const b = { ...entry("b", 0), questionnaire: { ...entry("b", 0).questionnaire, id: "other" } };
    const c = entry("c", 0);
    expect(lastEntryOf([a, b, c], "desk")?.id).toBe("c");
    expect(lastEntryOf([a, b, c], "other")?.id).toBe("b");
    expect(lastEntryOf([a, b, c], "none")).toBeUndefined();
  });
});

describe("forgetting", () => {
  it("erases the entries picked and keeps the others, file still 0600, no temp file left", () => {
    const paths = fresh();
    for (const id of ["one", "two", "three"]) appendEntry(paths, entry(id, 10));
    expect(forgetEntries(paths, (e) => e.id === "two")).toBe(1);
    expect(readHistory(paths).entries.map((e) => e.id)).toEqual(["one", "three"]);
    expect(mode(paths.history)).toBe(0o600);
    expect(readdirSync(paths.dir)).toEqual(["history.jsonl"]);
  });

  it("erases everything, paused sessions included", () => {
    const paths = fresh();
    appendEntry(paths, entry("one", 10));
    saveCheckpoint(paths, {
      v: 1,
      questionnaire: "desk",
      hash: "h",
      lang: "en",
      answers: {},
      position: null,
      savedAt: new Date(0).toISOString(),
    });
    expect(forgetAll(paths)).toBe(1);
    expect(readdirSync(paths.dir)).toEqual([]);
  });
});
