// commitments.jsonl: kept like the history (0600, append-only, damaged lines skipped),
// folded into the state of each commitment, and erased by forget.
import { appendFileSync, mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Checkin } from "../../src/store/commitment.ts";
import {
  appendRecord,
  dueAt,
  forgetCommitments,
  readCommitments,
  tracked,
} from "../../src/store/commitments.ts";
import { forgetAll } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { lastReminded, markReminded } from "../../src/store/reminder.ts";
import { checkin, commitment } from "./reflection.ts";

const home = () => join(mkdtempSync(join(tmpdir(), "reflet-commit-")), "home");

describe("commitments.jsonl", () => {
  it("is created 0600 in a 0700 folder and reads back what was appended", () => {
    const paths = dataPaths({ REFLET_HOME: home() }, "/");
    appendRecord(paths, commitment("c1"));
    appendRecord(paths, checkin("k1", "c1", "keep", "2025-03-16T12:00:00.000Z"));
    expect(statSync(paths.commitments).mode & 0o777).toBe(0o600);
    expect(statSync(paths.dir).mode & 0o777).toBe(0o700);
    const { records, skipped } = readCommitments(paths);
    expect(skipped).toEqual([]);
    expect(records.map((r) => r.id)).toEqual(["c1", "k1"]);
  });

  it("skips a torn or reshaped line, and the next append starts on a fresh line", () => {
    const paths = dataPaths({ REFLET_HOME: home() }, "/");
    appendRecord(paths, commitment("c1"));
    appendFileSync(paths.commitments, '{"v":1,"kind":"commitment","id":"x","due":"\\u001b[2J"}\n');
    appendFileSync(paths.commitments, '{"v":1,"kind":"check');
    appendRecord(paths, commitment("c2"));
    const { records, skipped } = readCommitments(paths);
    expect(records.map((r) => r.id)).toEqual(["c1", "c2"]);
    expect(skipped).toEqual([2, 3]);
  });

  it("folds check-ins: the next date, an adjusted wording, drop and done close", () => {
    const adjusted: Checkin = {
      ...checkin("k2", "c1", "adjust", "2025-03-23T12:00:00.000Z"),
      plan: { situation: "When a client shouts at me", action: "I breathe out slowly" },
    };
    const all = tracked([
      commitment("c1"),
      commitment("c2"),
      checkin("k1", "c1", "keep", "2025-03-16T12:00:00.000Z"),
      adjusted,
      checkin("k3", "c2", "done", null),
      checkin("k4", "c2", "keep", "2025-04-01T12:00:00.000Z"),
      checkin("k5", "nobody", "keep", null),
    ]);
    const [c1, c2] = all;
    expect(all).toHaveLength(2);
    expect(c1?.checkins.map((k) => k.id)).toEqual(["k1", "k2"]);
    expect(c1?.situation).toBe("When a client shouts at me");
    expect(c1?.due).toBe("2025-03-23T12:00:00.000Z");
    expect(c1?.status).toBe("open");
    // Nothing is read after "done".
    expect(c2?.status).toBe("done");
    expect(c2?.checkins.map((k) => k.id)).toEqual(["k3"]);
    expect(c2?.due).toBeNull();
  });

  it("is due once its date has come, and only while open", () => {
    const all = tracked([commitment("c1"), commitment("c2", "desk", "2025-03-20T00:00:00.000Z")]);
    expect(dueAt(all, new Date("2025-03-09T11:59:59.000Z"))).toEqual([]);
    expect(dueAt(all, new Date("2025-03-09T12:00:00.000Z")).map((t) => t.commitment.id)).toEqual([
      "c1",
    ]);
    const closed = tracked([commitment("c1"), checkin("k1", "c1", "drop", null)]);
    expect(dueAt(closed, new Date("2030-01-01T00:00:00.000Z"))).toEqual([]);
  });

  it("forgets one questionnaire's commitments with their check-ins, and everything with forgetAll", () => {
    const paths = dataPaths({ REFLET_HOME: home() }, "/");
    appendRecord(paths, commitment("c1", "desk"));
    appendRecord(paths, commitment("c2", "other"));
    appendRecord(paths, checkin("k1", "c1", "keep", "2025-03-16T12:00:00.000Z"));
    appendRecord(paths, checkin("k2", "c2", "keep", "2025-03-16T12:00:00.000Z"));
    expect(forgetCommitments(paths, (c) => c.questionnaire.id === "desk")).toBe(1);
    expect(readCommitments(paths).records.map((r) => r.id)).toEqual(["c2", "k2"]);
    expect(statSync(paths.commitments).mode & 0o777).toBe(0o600);
    markReminded(paths, "2025-03-09");
    forgetAll(paths);
    expect(() => readFileSync(paths.commitments)).toThrow(/ENOENT/);
    expect(lastReminded(paths)).toBeUndefined();
  });

  it("remembers the day a check-in was last mentioned, and ignores a damaged mark", () => {
    const paths = dataPaths({ REFLET_HOME: home() }, "/");
    expect(lastReminded(paths)).toBeUndefined();
    markReminded(paths, "2025-03-09");
    expect(lastReminded(paths)).toBe("2025-03-09");
    expect(statSync(paths.reminded).mode & 0o777).toBe(0o600);
    appendFileSync(paths.reminded, "garbage");
    expect(lastReminded(paths)).toBeUndefined();
  });
});
