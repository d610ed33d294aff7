// Standard output written straight to its descriptor (src/io/stdout.ts): whole, in order,
// without making Node's stream until a command asks for it, and through that stream from then
// on; a descriptor with no room hands the rest to the stream, a failure goes to the handler.
import { closeSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";

/** How many bytes each next write may take before the descriptor is full (EAGAIN); none: all. */
const room = vi.hoisted(() => ({ left: undefined as number | undefined }));
vi.mock("node:fs", async (original) => {
  const real = await original<typeof import("node:fs")>();
  const writeSync = (fd: number, bytes: Uint8Array, offset = 0) => {
    if (room.left === 0)
      throw Object.assign(new Error("EAGAIN: resource temporarily unavailable"), {
        code: "EAGAIN",
      });
    const length = Math.min(bytes.length - offset, room.left ?? Number.POSITIVE_INFINITY);
    if (room.left !== undefined) room.left -= length;
    return real.writeSync(fd, bytes, offset, length);
  };
  return { ...real, writeSync, default: { ...real, writeSync } };
});

const { directOut, isTerminal } = await import("../../src/io/stdout.ts");

function setUp() {
  const file = join(tmpdir(), `reflet-stdout-${process.pid}-${Math.random()}.txt`);
  writeFileSync(file, "");
  const fd = openSync(file, "a");
  const stream = new PassThrough();
  let streamed = "";
  stream.on("data", (d) => {
    streamed += String(d);
  });
  const made = vi.fn(() => stream as unknown as NodeJS.WriteStream);
  const failed = vi.fn();
  const out = directOut(fd, made, failed);
  const written = () => readFileSync(file, "utf8");
  return { fd, out, made, failed, written, streamed: () => streamed };
}

describe("standard output written straight to its descriptor", () => {
  it("writes whole, in order, without making the stream", () => {
    room.left = undefined;
    const { fd, out, made, failed, written } = setUp();
    const long = "é".repeat(100_000);
    out.write("one\n");
    out.write(long);
    out.write("two\n");
    closeSync(fd);
    expect(written()).toBe(`one\n${long}two\n`);
    expect(made).not.toHaveBeenCalled();
    expect(out.made()).toBeUndefined();
    expect(failed).not.toHaveBeenCalled();
  });

  it("goes through the stream once a command has asked for it", async () => {
    room.left = undefined;
    const { fd, out, made, written, streamed } = setUp();
    out.write("before\n");
    const stream = out.stream();
    expect(out.stream()).toBe(stream);
    out.write("after\n");
    await new Promise((done) => setImmediate(done));
    closeSync(fd);
    expect(written()).toBe("before\n");
    expect(streamed()).toBe("after\n");
    expect(made).toHaveBeenCalledTimes(1);
  });

  it("hands the stream what a full, non-blocking descriptor did not take, then uses it", async () => {
    room.left = 5;
    const { fd, out, made, failed, written, streamed } = setUp();
    out.write("0123456789");
    room.left = undefined;
    out.write("next\n");
    await new Promise((done) => setImmediate(done));
    closeSync(fd);
    expect(written()).toBe("01234");
    expect(streamed()).toBe("56789next\n");
    expect(made).toHaveBeenCalledTimes(1);
    expect(failed).not.toHaveBeenCalled();
  });

  it("hands a failure to the handler, once per write, without making the stream", () => {
    room.left = undefined;
    const fd = openSync("/dev/full", "w");
    const made = vi.fn();
    const failed = vi.fn();
    const out = directOut(fd, made, failed);
    out.write("lost\n");
    closeSync(fd);
    expect(failed).toHaveBeenCalledTimes(1);
    expect(failed.mock.calls[0]?.[0]).toMatchObject({ code: "ENOSPC" });
    expect(made).not.toHaveBeenCalled();
  });

  it("knows a file and a device other than a terminal are not terminals", () => {
    const file = openSync(join(tmpdir(), `reflet-stdout-${process.pid}.tty`), "w");
    const device = openSync("/dev/null", "w");
    expect(isTerminal(file)).toBe(false);
    expect(isTerminal(device)).toBe(false);
    expect(isTerminal(987_654)).toBe(false);
    closeSync(file);
    closeSync(device);
  });
});
