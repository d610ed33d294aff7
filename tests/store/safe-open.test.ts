// The data folder cannot be redirected: no link, FIFO or file of another user inside it is
// read or written, and a folder of another user, or one others can write in, is refused.
// Root can give files away, so the ownership cases run where the tests run as root.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkpointFile, loadCheckpoint, saveCheckpoint } from "../../src/store/checkpoint.ts";
import { StoreError } from "../../src/store/errors.ts";
import { appendEntry, forgetEntries, readHistory } from "../../src/store/history.ts";
import { type DataPaths, dataPaths } from "../../src/store/paths.ts";
import { checkpoint, entry } from "../security/children/store-writer-data.ts";

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;
const temp = () => mkdtempSync(join(tmpdir(), "reflet-safe-"));
const fresh = (): DataPaths => {
  const paths = dataPaths({ REFLET_HOME: join(temp(), "data") }, "/");
  mkdirSync(paths.sessions, { recursive: true, mode: 0o700 });
  return paths;
};

function problem(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof StoreError) return e.problem;
    throw e;
  }
  return "none";
}

async function problemOf(f: () => Promise<unknown>): Promise<string> {
  try {
    await f();
  } catch (e) {
    if (e instanceof StoreError) return e.problem;
    throw e;
  }
  return "none";
}

/** A file outside the data folder that a link points to: it must stay as it is. */
function target(): { file: string; unchanged: () => void } {
  const file = join(temp(), "elsewhere.txt");
  writeFileSync(file, "not reflet's\n", { mode: 0o644 });
  chmodSync(file, 0o644);
  return {
    file,
    unchanged: () => {
      expect(readFileSync(file, "utf8")).toBe("not reflet's\n");
      expect(statSync(file).mode & 0o777).toBe(0o644);
    },
  };
}

describe.runIf(process.platform !== "win32")("links inside the data folder", () => {
  it("a history.jsonl that is a link is neither appended to nor read, and its target is untouched", () => {
    const paths = fresh();
    const t = target();
    symlinkSync(t.file, paths.history);
    expect(problem(() => appendEntry(paths, entry("a")))).toBe("link");
    expect(problem(() => readHistory(paths))).toBe("link");
    expect(problem(() => forgetEntries(paths, () => true))).toBe("link");
    t.unchanged();
  });

  it("a checkpoint that is a link is not read, and its target is untouched", async () => {
    const paths = fresh();
    const t = target();
    symlinkSync(t.file, checkpointFile(paths, "q"));
    expect(await problemOf(() => loadCheckpoint(paths, "q"))).toBe("link");
    t.unchanged();
  });

  it("a dangling link is refused too, and nothing is created where it points", () => {
    const paths = fresh();
    const nowhere = join(temp(), "created-through-the-link");
    symlinkSync(nowhere, paths.history);
    expect(problem(() => appendEntry(paths, entry("a")))).toBe("link");
    expect(() => statSync(nowhere)).toThrow();
  });

  it("a sessions folder that is a link is refused before anything is written in it", () => {
    const paths = dataPaths({ REFLET_HOME: join(temp(), "data") }, "/");
    mkdirSync(paths.dir, { mode: 0o700 });
    const elsewhere = temp();
    symlinkSync(elsewhere, paths.sessions);
    expect(problem(() => saveCheckpoint(paths, checkpoint("a")))).toBe("link");
    expect(execFileSync("ls", ["-A", elsewhere], { encoding: "utf8" })).toBe("");
  });

  it("a FIFO as history.jsonl is refused at once, without waiting for a writer", () => {
    const paths = fresh();
    execFileSync("mkfifo", [paths.history]);
    expect(problem(() => readHistory(paths))).toBe("not-regular");
    expect(problem(() => appendEntry(paths, entry("a")))).toBe("not-regular");
  });

  it("REFLET_HOME itself may be a link: the folder it leads to is used", () => {
    const real = join(temp(), "real");
    mkdirSync(real, { mode: 0o700 });
    const link = join(temp(), "link");
    symlinkSync(real, link);
    const paths = dataPaths({ REFLET_HOME: link }, "/");
    appendEntry(paths, entry("a"));
    expect(readHistory(paths).entries.map((e) => e.id)).toEqual(["a"]);
    expect(statSync(join(real, "history.jsonl")).isFile()).toBe(true);
  });
});

describe.runIf(process.platform !== "win32")("who the data folder belongs to", () => {
  for (const mode of [0o777, 0o770, 0o707, 0o1777]) {
    it(`a data folder with mode ${mode.toString(8)} is refused for reading and writing`, () => {
      const paths = fresh();
      appendEntry(paths, entry("a"));
      chmodSync(paths.dir, mode);
      expect(problem(() => readHistory(paths))).toBe("open-to-others");
      expect(problem(() => appendEntry(paths, entry("b")))).toBe("open-to-others");
    });
  }

  it("a sessions folder others can write in is refused", async () => {
    const paths = fresh();
    chmodSync(paths.sessions, 0o777);
    expect(await problemOf(() => loadCheckpoint(paths, "q"))).toBe("open-to-others");
  });

  it.runIf(isRoot)("a data folder of another user is refused", () => {
    const paths = fresh();
    chownSync(paths.dir, NOBODY, NOBODY);
    expect(problem(() => readHistory(paths))).toBe("not-owned");
    expect(problem(() => appendEntry(paths, entry("a")))).toBe("not-owned");
  });

  it.runIf(isRoot)("a history file of another user is refused, and left as it was", () => {
    const paths = fresh();
    appendEntry(paths, entry("a"));
    chownSync(paths.history, NOBODY, NOBODY);
    const before = readFileSync(paths.history, "utf8");
    expect(problem(() => readHistory(paths))).toBe("not-owned");
    expect(problem(() => appendEntry(paths, entry("b")))).toBe("not-owned");
    expect(readFileSync(paths.history, "utf8")).toBe(before);
  });

  it.runIf(isRoot)("a checkpoint of another user is refused", async () => {
    const paths = fresh();
    saveCheckpoint(paths, checkpoint("a"));
    chownSync(checkpointFile(paths, "q"), NOBODY, NOBODY);
    expect(await problemOf(() => loadCheckpoint(paths, "q"))).toBe("not-owned");
  });
});
