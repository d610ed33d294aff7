// The writers under every streamed output: chunks land in order, at most one write is under
// way, and a failure reaches the caller (and, for standard output, the stream's own handler).
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { oneInFlight, StreamFailed, streamWriter } from "../../src/io/stream.ts";
import { openOutput } from "../../src/io/write.ts";
import { tempDir } from "../batch/helpers.ts";

/** Strings and bytes of many sizes, some past the 64 kB a flush gathers. */
function chunks(): (string | Uint8Array)[] {
  const out: (string | Uint8Array)[] = [];
  for (let i = 0; i < 60; i++) {
    const text = `${i}:${"é,x".repeat((i * 7919) % 40_000)}\n`;
    out.push(i % 3 === 0 ? Buffer.from(text, "utf8") : text);
  }
  return out;
}

const joined = (parts: (string | Uint8Array)[]) =>
  Buffer.concat(parts.map((p) => (typeof p === "string" ? Buffer.from(p, "utf8") : p)));

/** A stream over descriptor `fd` whose own write must never be called. */
function fileStream(fd: number) {
  const errors: unknown[] = [];
  const stream = new PassThrough();
  Object.assign(stream, { fd });
  stream.write = () => {
    throw new Error("written through the stream");
  };
  stream.on("error", (e) => errors.push(e));
  return { stream, errors };
}

describe("oneInFlight", () => {
  it("starts a write only once the one before has ended, and returns before its own ends", async () => {
    const ends: (() => void)[] = [];
    const begun: string[] = [];
    const w = oneInFlight(async (bytes) => {
      begun.push(Buffer.from(bytes).toString());
      await new Promise<void>((done) => ends.push(done));
    });
    await w.start("a");
    expect(begun).toEqual(["a"]);
    let second = false;
    const next = w.start("b").then(() => {
      second = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(second).toBe(false);
    expect(begun).toEqual(["a"]);
    ends[0]?.();
    await next;
    expect(begun).toEqual(["a", "b"]);
    let finished = false;
    const all = w.finished().then(() => {
      finished = true;
    });
    await new Promise((r) => setImmediate(r));
    expect(finished).toBe(false);
    ends[1]?.();
    await all;
    expect(finished).toBe(true);
  });

  it("throws a write's failure at the next start, and at finished", async () => {
    const w = oneInFlight(async () => {
      throw new Error("ENOSPC");
    });
    await w.start("a");
    await expect(w.start("b")).rejects.toThrow("ENOSPC");
    await expect(w.finished()).rejects.toThrow("ENOSPC");
  });
});

describe("streamWriter", () => {
  it("writes standard output that is a regular file through its descriptor, in order", async () => {
    const path = join(tempDir(), "out");
    const fd = openSync(path, "w");
    const { stream, errors } = fileStream(fd);
    const w = streamWriter(stream);
    const parts = chunks();
    for (const p of parts) await w.write(p);
    await w.commit();
    closeSync(fd);
    expect(readFileSync(path).equals(joined(parts))).toBe(true);
    expect(errors).toEqual([]);
  });

  it("a file it may not write: the stream's handler hears it once, and commit fails", async () => {
    const path = join(tempDir(), "out");
    writeFileSync(path, "");
    const fd = openSync(path, "r");
    const { stream, errors } = fileStream(fd);
    const w = streamWriter(stream);
    try {
      for (const p of chunks()) await w.write(p);
      await w.commit();
      expect.unreachable("the writes succeeded");
    } catch (e) {
      expect(e).toBeInstanceOf(StreamFailed);
    } finally {
      closeSync(fd);
    }
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: "EBADF" });
    expect(readFileSync(path, "utf8")).toBe("");
  });

  it("writes a pipe or a terminal through the stream", async () => {
    const stream = new PassThrough();
    const got: Buffer[] = [];
    stream.on("data", (d: Buffer) => got.push(d));
    const w = streamWriter(stream);
    const parts = chunks();
    for (const p of parts) await w.write(p);
    await w.commit();
    expect(Buffer.concat(got).equals(joined(parts))).toBe(true);
  });
});

describe("openOutput", () => {
  it("writes every chunk in order, and the file appears only at commit", async () => {
    const path = join(tempDir(), "results.csv");
    const w = await openOutput(path);
    const parts = chunks();
    for (const p of parts) await w.write(p);
    expect(() => readFileSync(path)).toThrow();
    await w.commit();
    expect(readFileSync(path).equals(joined(parts))).toBe(true);
  });
});
