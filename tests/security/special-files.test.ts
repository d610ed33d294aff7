// Outputs that are not regular files are written into, never replaced: a device stays a
// device, a FIFO's reader gets the data, a descriptor (`>(gzip)`) works. A write that fails,
// on a file or on standard output, is one line and exit 1.
import { type SpawnSyncReturns, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { closeSync, openSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { WriteError, writeWholeSync } from "../../src/io/write.ts";
import { writeFileAtomically } from "../../src/store/files.ts";
import { fixture, folderWith, reflet, tempDir } from "../batch/helpers.ts";
import { runCli } from "../cli/in-process.ts";
import { bin, makeFifo } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const row = (id: string) => `${id},5,1,4,2,5,1,4,listen,break,`;
const CSV = [HEADER, row("alice"), row("-rf"), row("--help"), row("bob")].join("\n");
const FULL = "the disk or the device is full, ENOSPC";

const env = () => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  REFLET_HOME: tempDir("reflet-home-"),
  NO_COLOR: "1",
  REFLET_LANG: "en",
});

/** Runs reflet with its standard output opened on `device`. */
function stdoutOn(
  device: string,
  args: string[],
  cwd = tempDir(),
  flags = "w",
): SpawnSyncReturns<string> {
  const fd = openSync(device, flags);
  try {
    return spawnSync(process.execPath, [bin, ...args], {
      cwd,
      env: env(),
      encoding: "utf8",
      stdio: ["ignore", fd, "pipe"],
      timeout: 30_000,
    });
  } finally {
    closeSync(fd);
  }
}

/** One line, no stack trace, no bundle source. */
function oneLine(stderr: string): string {
  const lines = stderr.trim().split("\n");
  expect(lines, stderr).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |import\{|node:internal/);
  return lines[0] as string;
}

describe("a full device", () => {
  it.each([
    ["batch --output", ["batch", team, "t.csv", "--output", "/dev/full"]],
    // An unknown column is a warning: the errors file has a line to write.
    ["batch --errors", ["batch", team, "w.csv", "--errors", "/dev/full"]],
    ["template --output", ["template", team, "--output", "/dev/full"]],
  ])("%s /dev/full ends with one line and exit 1, and /dev/full stays a device", (_, args) => {
    const dir = folderWith({ "t.csv": CSV, "w.csv": `${HEADER},extra\n${row("zoe")},1` });
    const r = reflet(args, { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines.at(-1)).toBe(`reflet: /dev/full: cannot write (${FULL})`);
    expect(r.stderr).not.toMatch(/\n\s+at |import\{|node:internal/);
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["t.csv", "w.csv"]);
  });

  it.each([
    ["list", ["list"]],
    ["schema", ["schema"]],
    ["batch", ["batch", team, "t.csv"]],
    ["batch --format json", ["batch", team, "t.csv", "--format", "json"]],
  ])("%s with standard output full says so in one line and exits 1", (_, args) => {
    const dir = folderWith({ "t.csv": CSV });
    const r = stdoutOn("/dev/full", args, dir);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(`reflet: standard output: cannot write (${FULL})`);
    expect(readdirSync(dir)).toEqual(["t.csv"]);
  });

  it("batch with standard output a file it may not write says so in one line and exits 1", () => {
    const dir = folderWith({ "t.csv": CSV, "out.csv": "" });
    const r = stdoutOn(join(dir, "out.csv"), ["batch", team, "t.csv"], dir, "r");
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toMatch(/^reflet: standard output: cannot write \(.*EBADF\)$/);
    expect(readFileSync(join(dir, "out.csv"), "utf8")).toBe("");
  });

  it("in French too", () => {
    const r = stdoutOn("/dev/full", ["schema", "--lang", "fr"]);
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toMatch(/^reflet : sortie standard : écriture impossible \(/);
  });

  it("writeWholeSync (run --output, --answers-out) fails with ENOSPC", () => {
    expect(() => writeWholeSync("/dev/full", "x".repeat(100_000))).toThrow(WriteError);
    try {
      writeWholeSync("/dev/full", "x", { name: "full" });
    } catch (e) {
      expect(e).toMatchObject({ code: "ENOSPC", path: "full" });
    }
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true);
  });
});

describe("a FIFO or a descriptor as output", () => {
  async function throughFifo(write: (fifo: string, dir: string) => unknown): Promise<string> {
    const dir = folderWith({ "t.csv": CSV });
    const fifo = join(dir, "out.csv");
    makeFifo(fifo);
    const reader = spawn("cat", [fifo], { stdio: ["ignore", "pipe", "inherit"] });
    let got = "";
    reader.stdout.on("data", (d: Buffer) => {
      got += d.toString("utf8");
    });
    const closed = once(reader, "close");
    write(fifo, dir);
    await closed;
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["out.csv", "t.csv"]);
    return got;
  }

  it("batch --output FIFO: its reader gets the results, and the FIFO stays", async () => {
    const got = await throughFifo((fifo, dir) => {
      // Not a regular file: nothing is replaced, so no --force is needed.
      const r = reflet(["batch", team, "t.csv", "--output", fifo], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
    });
    expect(got.split("\r\n")[0]).toMatch(/^participant,questionnaire,/);
    expect(got.split("\r\n")).toHaveLength(6);
  });

  it("batch --output FIFO whose reader leaves early: one line, EPIPE, exit 1", async () => {
    const dir = folderWith({
      "big.csv": [HEADER, ...Array.from({ length: 3000 }, (_, i) => row(`p${i}`))].join("\n"),
    });
    const fifo = join(dir, "out.csv");
    makeFifo(fifo);
    // Reads one byte and goes: the rest of the results meet a closed pipe.
    const reader = spawn("head", ["-c", "1", fifo], { stdio: "ignore" });
    const closed = once(reader, "close");
    const r = reflet(["batch", team, "big.csv", "--output", fifo], { cwd: dir });
    await closed;
    expect(r.code).toBe(1);
    expect(oneLine(r.stderr)).toBe(
      `reflet: ${fifo}: cannot write (the reading end is closed, EPIPE)`,
    );
  });

  it("writeWholeSync into a FIFO: its reader gets the text", async () => {
    const got = await throughFifo((fifo) => writeWholeSync(fifo, "hello\n"));
    expect(got).toBe("hello\n");
  });

  it("the data folder's whole-file writes replace a FIFO found there, never write into it", () => {
    const fifo = join(tempDir(), "history.jsonl");
    makeFifo(fifo);
    writeFileAtomically(fifo, "{}\n", 0o600);
    expect(statSync(fifo).isFile()).toBe(true);
    expect(readFileSync(fifo, "utf8")).toBe("{}\n");
  });

  it("batch --output /dev/fd/3 (as `>(gzip > x.gz)` gives) writes into the pipe", () => {
    const dir = folderWith({ "t.csv": CSV });
    const r = spawnSync(
      "bash",
      [
        "-c",
        'set -o pipefail; "$0" "$1" batch "$2" t.csv --output /dev/fd/3 3>&1 >/dev/null | gzip > x.gz',
        process.execPath,
        bin,
        team,
      ],
      { cwd: dir, env: env(), encoding: "utf8", timeout: 30_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const csv = gunzipSync(readFileSync(join(dir, "x.gz"))).toString("utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^participant,questionnaire,/);
    expect(readdirSync(dir).sort()).toEqual(["t.csv", "x.gz"]);
  });

  it("a closed pipe on standard output stays quiet", () => {
    const r = spawnSync(
      "bash",
      [
        "-c",
        'set -o pipefail; "$0" "$1" list --json | head -c 1 >/dev/null',
        process.execPath,
        bin,
      ],
      { env: env(), encoding: "utf8", timeout: 30_000 },
    );
    expect(r.stderr).toBe("");
  });
});

describe("files and folders batch makes", () => {
  it("report names never start with '-'", async () => {
    const dir = folderWith({ "t.csv": CSV });
    const r = await runCli(["batch", team, "t.csv", "--reports", "out"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const names = readdirSync(join(dir, "out")).sort();
    expect(names).toEqual(["_--help.html", "_-rf.html", "alice.html", "bob.html"]);
  });

  it("under umask 000, output folders are 0755 and reports folders 0700, never 0777", () => {
    const dir = folderWith({ "t.csv": CSV });
    const args = [
      "batch",
      team,
      "t.csv",
      ...["--output", "o/p/r.csv", "--errors", "e/e.jsonl", "--summary", "s/t.md"],
      ...["--reports", "r/s"],
    ];
    const r = spawnSync(
      "sh",
      ["-c", 'umask 000; exec "$@"', "sh", process.execPath, bin, ...args],
      {
        cwd: dir,
        env: env(),
        encoding: "utf8",
      },
    );
    expect(r.status, r.stderr).toBe(0);
    const mode = (p: string) => (statSync(join(dir, p)).mode & 0o777).toString(8);
    for (const folder of ["o", "o/p", "e", "s"]) expect(mode(folder)).toBe("755");
    for (const folder of ["r", "r/s"]) expect(mode(folder)).toBe("700");
    for (const file of ["o/p/r.csv", "e/e.jsonl", "s/t.md", "s/t.json"])
      expect(mode(file)).toBe("600");
  });
});

describe("standard output a regular file (`> results.csv`)", () => {
  it.each(["csv", "jsonl", "json"])(
    "batch --format %s writes into it the same bytes as into a pipe, over many chunks",
    (format) => {
      const rows = Array.from({ length: 8000 }, (_, i) => row(`p${i}`));
      const dir = folderWith({ "t.csv": [HEADER, ...rows].join("\n") });
      const args = ["batch", team, "t.csv", "--format", format];
      const piped = reflet(args, { cwd: dir });
      expect(piped.code).toBe(0);
      const r = stdoutOn(join(dir, "out"), args, dir);
      expect(r.status, r.stderr).toBe(0);
      const written = readFileSync(join(dir, "out"), "utf8");
      // Several of the 256 kB chunks the results are written in.
      expect(Buffer.byteLength(written)).toBeGreaterThan(3 * 256 * 1024);
      expect(written).toBe(piped.stdout);
    },
  );
});
