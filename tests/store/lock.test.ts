// Session locks and slots: a live lock is never taken, a stale one (its process gone, or its
// pid now another process's) is taken over, and a second session gets a slot of its own.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkpointFile, lockFile, saveCheckpoint } from "../../src/store/checkpoint.ts";
import { forgetAll } from "../../src/store/history.ts";
import { acquireLock, processStart, type SessionLock } from "../../src/store/lock.ts";
import { type DataPaths, dataPaths } from "../../src/store/paths.ts";
import { claimSlot, hasPaused, openElsewhere } from "../../src/store/sessions.ts";
import { checkpoint } from "../security/children/store-writer-data.ts";

const fresh = (): DataPaths => {
  const paths = dataPaths(
    { REFLET_HOME: join(mkdtempSync(join(tmpdir(), "reflet-lock-")), "d") },
    "/",
  );
  mkdirSync(paths.sessions, { recursive: true, mode: 0o700 });
  return paths;
};

/** The pid of a process that has ended (reused pids aside, nobody has it now). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
    encoding: "utf8",
  });
  return Number(child.stdout);
}

const lockOf = (o: Partial<SessionLock>): string =>
  `${JSON.stringify({
    v: 1,
    pid: process.pid,
    start: processStart(process.pid),
    since: "2025-03-02T12:00:00.000Z",
    token: "0".repeat(32),
    ...o,
  })}\n`;

describe("a session lock", () => {
  it("is held by one process at a time and released once", async () => {
    const file = join(fresh().sessions, "q.lock");
    const first = await acquireLock(file);
    expect(first.kind).toBe("held");
    const second = await acquireLock(file);
    expect(second).toMatchObject({ kind: "busy", holder: { pid: process.pid } });
    if (first.kind === "held") first.lock.release();
    expect(existsSync(file)).toBe(false);
    const third = await acquireLock(file);
    expect(third.kind).toBe("held");
    if (third.kind === "held") third.lock.release();
  });

  it("left by a process that is gone is taken over", async () => {
    const file = join(fresh().sessions, "q.lock");
    writeFileSync(file, lockOf({ pid: deadPid(), start: null }), { mode: 0o600 });
    const attempt = await acquireLock(file);
    expect(attempt.kind).toBe("held");
    if (attempt.kind === "held") attempt.lock.release();
  });

  it.runIf(processStart(process.pid) !== null)(
    "whose pid now belongs to a process started at another time is taken over",
    async () => {
      const file = join(fresh().sessions, "q.lock");
      writeFileSync(file, lockOf({ start: "1" }), { mode: 0o600 });
      expect((await acquireLock(file)).kind).toBe("held");
    },
  );

  it("that is damaged (not a lock's shape) is taken over", async () => {
    const file = join(fresh().sessions, "q.lock");
    writeFileSync(file, '{"v":1,"pid":"\\u001b]52;c;AA==\\u0007"}\n', { mode: 0o600 });
    expect((await acquireLock(file)).kind).toBe("held");
  });

  it("leaves no temporary or moved-away file behind", async () => {
    const paths = fresh();
    const file = join(paths.sessions, "q.lock");
    writeFileSync(file, lockOf({ pid: deadPid(), start: null }), { mode: 0o600 });
    const attempt = await acquireLock(file);
    if (attempt.kind === "held") attempt.lock.release();
    expect(readdirSync(paths.sessions)).toEqual([]);
  });
});

describe("session slots", () => {
  it("a second session of a questionnaire gets its own slot, and sees the first as open", async () => {
    const paths = fresh();
    const first = await claimSlot(paths, "q");
    expect(first.slot).toBe(0);
    expect((await openElsewhere(paths, "q")).map((l) => l.pid)).toEqual([process.pid]);
    const second = await claimSlot(paths, "q");
    expect(second.slot).toBe(1);
    second.lock.release();
    first.lock.release();
    expect(await openElsewhere(paths, "q")).toEqual([]);
  });

  it("a paused session (saved, not open) is taken before an empty slot", async () => {
    const paths = fresh();
    saveCheckpoint(paths, checkpoint("paused"), 2);
    expect(await hasPaused(paths, "q")).toBe(true);
    const claimed = await claimSlot(paths, "q");
    expect(claimed.slot).toBe(2);
    expect(await hasPaused(paths, "q")).toBe(false);
    claimed.lock.release();
  });

  it("a slot whose lock was left by a dead process is free again", async () => {
    const paths = fresh();
    saveCheckpoint(paths, checkpoint("left"));
    writeFileSync(lockFile(paths, "q"), lockOf({ pid: deadPid(), start: null }), { mode: 0o600 });
    expect(await openElsewhere(paths, "q")).toEqual([]);
    const claimed = await claimSlot(paths, "q");
    expect(claimed.slot).toBe(0);
    claimed.lock.release();
  });

  it("forget erases saved sessions but not the lock of one still open, which keeps its slot", async () => {
    const paths = fresh();
    const open = await claimSlot(paths, "q");
    saveCheckpoint(paths, checkpoint("open"), open.slot);
    forgetAll(paths);
    expect(existsSync(checkpointFile(paths, "q", open.slot))).toBe(false);
    expect((await openElsewhere(paths, "q")).map((l) => l.pid)).toEqual([process.pid]);
    const other = await claimSlot(paths, "q");
    expect(other.slot).not.toBe(open.slot);
    other.lock.release();
    open.lock.release();
  });
});
