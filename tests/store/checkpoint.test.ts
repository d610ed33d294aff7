// Checkpoints: private, atomic, one per questionnaire, safe for any id.
import { mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Checkpoint,
  checkpointFile,
  clearCheckpoint,
  loadCheckpoint,
  saveCheckpoint,
} from "../../src/store/checkpoint.ts";
import { dataPaths } from "../../src/store/paths.ts";

const fresh = () =>
  dataPaths({ REFLET_HOME: join(mkdtempSync(join(tmpdir(), "reflet-cp-")), "data") }, "/");

const checkpoint = (o: Partial<Checkpoint> = {}): Checkpoint => ({
  v: 1,
  questionnaire: "desk",
  hash: "abc",
  lang: "fr",
  answers: { c1: 4, l2: ["nod"] },
  position: "c3",
  savedAt: "2025-03-02T12:00:00.000Z",
  ...o,
});

describe("a checkpoint", () => {
  it("is saved 0600 in a 0700 folder and read back as it was", async () => {
    const paths = fresh();
    saveCheckpoint(paths, checkpoint());
    const file = checkpointFile(paths, "desk");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(paths.sessions).mode & 0o777).toBe(0o700);
    expect(await loadCheckpoint(paths, "desk")).toEqual({
      kind: "found",
      file,
      checkpoint: checkpoint(),
    });
  });

  it("replaces the previous one without leaving temporary files", async () => {
    const paths = fresh();
    saveCheckpoint(paths, checkpoint());
    saveCheckpoint(paths, checkpoint({ position: "s1" }));
    expect(readdirSync(paths.sessions)).toHaveLength(1);
    const read = await loadCheckpoint(paths, "desk");
    expect(read.kind === "found" && read.checkpoint.position).toBe("s1");
  });

  it("has a file name inside the sessions folder whatever the questionnaire id", async () => {
    const paths = fresh();
    for (const id of ["../../etc/passwd", "a/b", "é ü 中", ".."]) {
      const file = checkpointFile(paths, id);
      expect(dirname(file)).toBe(paths.sessions);
      expect(basename(file)).toMatch(/^[\w-]+\.json$/);
    }
    expect(checkpointFile(paths, "a/b")).not.toBe(checkpointFile(paths, "a_b"));
  });

  it("is 'none' when there is none, and 'unreadable' when damaged", async () => {
    const paths = fresh();
    expect((await loadCheckpoint(paths, "desk")).kind).toBe("none");
    saveCheckpoint(paths, checkpoint());
    writeFileSync(checkpointFile(paths, "desk"), "{not json");
    expect((await loadCheckpoint(paths, "desk")).kind).toBe("unreadable");
  });

  it("is gone once cleared", async () => {
    const paths = fresh();
    saveCheckpoint(paths, checkpoint());
    clearCheckpoint(paths, "desk");
    expect((await loadCheckpoint(paths, "desk")).kind).toBe("none");
  });
});
