// Faults while writing personal data: a full disk (simulated: the file system refuses the
// rest of a write with ENOSPC), a read-only folder, a torn last line, stale temporary
// files. Each fails with a clear message or is repaired, and nothing written before is lost.
import * as fs from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadCheckpoint, saveCheckpoint } from "../../src/store/checkpoint.ts";
import { describeStoreError, StoreError } from "../../src/store/errors.ts";
import { removeStaleTemps, STALE_TEMP_MS } from "../../src/store/files.ts";
import { appendEntry, readHistory } from "../../src/store/history.ts";
import { type DataPaths, dataPaths } from "../../src/store/paths.ts";
import { checkpoint, entry } from "./children/store-writer-data.ts";
import { tempDir } from "./helpers.ts";

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  return { ...real, writeSync: vi.fn(real.writeSync) };
});

const realWriteSync = (await vi.importActual<typeof import("node:fs")>("node:fs")).writeSync;

/** From now on, each write stores half of what it is given and the next one fails: the disk is full. */
function fillTheDisk(): void {
  let full = false;
  vi.mocked(fs.writeSync).mockImplementation(((fd: number, buffer: Uint8Array, from?: number) => {
    if (full) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
    full = true;
    const offset = from ?? 0;
    const half = Math.max(1, Math.floor((buffer.length - offset) / 2));
    return realWriteSync(fd, buffer, offset, half);
  }) as typeof fs.writeSync);
}

afterEach(() => {
  vi.mocked(fs.writeSync).mockImplementation(realWriteSync as typeof fs.writeSync);
});

const freshPaths = (): DataPaths => dataPaths({ REFLET_HOME: tempDir("reflet-store-") }, "/");
const ids = (paths: DataPaths) => readHistory(paths).entries.map((e) => e.id);

function thrown(f: () => void): StoreError {
  try {
    f();
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error("nothing thrown");
}

describe("a full disk", () => {
  it("during a history append: a clear message, every earlier entry kept, the next entry on its own line", () => {
    const paths = freshPaths();
    for (const id of ["a", "b", "c"]) appendEntry(paths, entry(id));
    fillTheDisk();
    const e = thrown(() => appendEntry(paths, entry("d")));
    expect(e.problem).toBe("full");
    expect(describeStoreError(e, "en")).toBe(
      `reflet: ${paths.history}: the disk is full (free some space and try again)`,
    );
    expect(describeStoreError(e, "fr")).toBe(
      `reflet : ${paths.history} : le disque est plein (libérez de la place et recommencez)`,
    );
    expect(readHistory(paths)).toEqual({
      entries: [entry("a"), entry("b"), entry("c")],
      skipped: [4],
    });
    vi.mocked(fs.writeSync).mockImplementation(realWriteSync as typeof fs.writeSync);
    appendEntry(paths, entry("e"));
    expect(readHistory(paths)).toMatchObject({ skipped: [4] });
    expect(ids(paths)).toEqual(["a", "b", "c", "e"]);
  });

  it("during a checkpoint write: the previous checkpoint stays whole and no temporary file is left", async () => {
    const paths = freshPaths();
    saveCheckpoint(paths, checkpoint("first"));
    fillTheDisk();
    expect(thrown(() => saveCheckpoint(paths, checkpoint("second"))).problem).toBe("full");
    const read = await loadCheckpoint(paths, "q");
    expect(read.kind === "found" && read.checkpoint.answers.id).toBe("first");
    expect(fs.readdirSync(paths.sessions).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.runIf(fs.existsSync("/dev/full"))(
    "a history that is a link to a device (/dev/full) is refused as a link, not written through",
    () => {
      const paths = freshPaths();
      fs.mkdirSync(paths.dir, { recursive: true });
      fs.symlinkSync("/dev/full", paths.history);
      expect(thrown(() => appendEntry(paths, entry("a"))).problem).toBe("link");
    },
  );
});

describe("a data folder that cannot be written", () => {
  it.runIf(process.platform === "linux")(
    "a read-only file system (/sys) gives a clear message, in both languages",
    () => {
      const paths = dataPaths({ REFLET_HOME: "/sys/reflet-test" }, "/");
      const e = thrown(() => appendEntry(paths, entry("a")));
      expect(e.problem).toBe("read-only");
      expect(describeStoreError(e, "en")).toBe(
        "reflet: /sys/reflet-test: cannot write here (set REFLET_HOME to a folder you can write to)",
      );
      expect(describeStoreError(e, "fr")).toMatch(
        /^reflet : \/sys\/reflet-test : écriture impossible ici/,
      );
    },
  );

  it.runIf(process.getuid?.() !== 0)(
    "a folder without write permission gives the same message",
    () => {
      const home = tempDir("reflet-ro-");
      fs.chmodSync(home, 0o500);
      const e = thrown(() =>
        appendEntry(dataPaths({ REFLET_HOME: join(home, "data") }, "/"), entry("a")),
      );
      expect(e.problem).toBe("read-only");
    },
  );
});

describe("damage left by a crash", () => {
  it("a torn last line is skipped and reported, and the next entry starts on a new line", () => {
    const paths = freshPaths();
    appendEntry(paths, entry("a"));
    appendEntry(paths, entry("b"));
    fs.appendFileSync(paths.history, JSON.stringify(entry("c")).slice(0, 40));
    expect(readHistory(paths)).toMatchObject({ skipped: [3] });
    expect(ids(paths)).toEqual(["a", "b"]);
    appendEntry(paths, entry("d"));
    expect(readHistory(paths)).toMatchObject({ skipped: [3] });
    expect(ids(paths)).toEqual(["a", "b", "d"]);
    expect(fs.readFileSync(paths.history, "utf8").split("\n")[3]).toBe(JSON.stringify(entry("d")));
  });

  it("stale temporary files are removed on the next write; fresh ones, maybe being written, are kept", () => {
    const paths = freshPaths();
    saveCheckpoint(paths, checkpoint("first"));
    const stale = join(paths.sessions, ".q-0123456789ab.json.0123456789ab.tmp");
    const fresh = join(paths.sessions, ".q-0123456789ab.json.ba9876543210.tmp");
    const staleTop = join(paths.dir, ".history.jsonl.00112233aabb.tmp");
    for (const f of [stale, fresh, staleTop]) fs.writeFileSync(f, "{");
    const old = new Date(Date.now() - STALE_TEMP_MS - 60_000);
    fs.utimesSync(stale, old, old);
    fs.utimesSync(staleTop, old, old);
    saveCheckpoint(paths, checkpoint("second"));
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(staleTop)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    removeStaleTemps(paths.sessions, Date.now() + STALE_TEMP_MS + 60_000);
    expect(fs.existsSync(fresh)).toBe(false);
  });
});
