// Where personal data goes and who can read it: never the current folder, whatever the
// environment; files 0600 and folders 0700, whatever the umask; clear messages otherwise.
import { appendFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveCheckpoint } from "../../src/store/checkpoint.ts";
import { StoreError } from "../../src/store/errors.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { runCli } from "../cli/in-process.ts";
import { checkpoint, entry } from "./children/store-writer-data.ts";
import { folderWith, mini, tempDir } from "./helpers.ts";

const modeOf = (path: string) => statSync(path).mode & 0o777;

const answers = "questionnaire: mini\nparticipant: alice\nanswers: {c1: 5, c2: 1, c3: 5, s1: a}\n";

/** `batch --pseudonymize` keeps its key in the data folder: a write any user can trigger without a terminal. */
const pseudonymize = (cwd: string, env: NodeJS.ProcessEnv) =>
  runCli(["batch", "mini.yaml", "a.yaml", "--pseudonymize", "--format", "jsonl"], { cwd, env });

describe.runIf(process.platform === "linux")("where the data folder is", () => {
  it("a relative XDG_DATA_HOME is ignored for $HOME/.local/share", async () => {
    expect(dataPaths({ XDG_DATA_HOME: "data", HOME: "/home/a" }, "/work").dir).toBe(
      "/home/a/.local/share/reflet",
    );
    expect(dataPaths({ XDG_DATA_HOME: "/xdg", HOME: "/home/a" }, "/work").dir).toBe("/xdg/reflet");
  });

  it("an empty or relative HOME, without REFLET_HOME, is refused rather than used", async () => {
    for (const HOME of ["", "relative/home"]) {
      expect(() => dataPaths({ HOME }, "/work")).toThrow(StoreError);
    }
  });

  it("with HOME empty, nothing is written in the current folder and the message says what to do", async () => {
    const cwd = folderWith({ "mini.yaml": mini, "a.yaml": answers });
    const r = await pseudonymize(cwd, { HOME: "", REFLET_HOME: "" });
    expect(r.stderr).toBe(
      "reflet: no home folder to keep your results in (set REFLET_HOME to a folder of your own, or use --no-save)\n",
    );
    expect(r.code).toBe(2);
    expect(readdirSync(cwd).sort()).toEqual(["a.yaml", "mini.yaml"]);
  });

  it("with a relative XDG_DATA_HOME, the data goes under HOME, not into the current folder", async () => {
    const cwd = folderWith({ "mini.yaml": mini, "a.yaml": answers });
    const home = tempDir("reflet-home-");
    const r = await pseudonymize(cwd, { HOME: home, XDG_DATA_HOME: "data", REFLET_HOME: "" });
    expect(r.code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(["a.yaml", "mini.yaml"]);
    const key = join(home, ".local/share/reflet/pseudonym.key");
    expect(modeOf(key)).toBe(0o600);
    expect(modeOf(join(home, ".local/share/reflet"))).toBe(0o700);
  });

  it("a read-only data folder gives a one-line message, not an internal error", async () => {
    const cwd = folderWith({ "mini.yaml": mini, "a.yaml": answers });
    const r = await pseudonymize(cwd, { REFLET_HOME: "/sys/reflet-test" });
    expect(r.stderr).toBe(
      "reflet: /sys/reflet-test: cannot write here (set REFLET_HOME to a folder you can write to)\n",
    );
    expect(r.code).toBe(2);
  });
});

describe("file modes", () => {
  for (const umask of [0o000, 0o022, 0o077]) {
    it(`history and checkpoints are 0600 in 0700 folders under umask ${umask.toString(8).padStart(3, "0")}`, async () => {
      const before = process.umask(umask);
      try {
        const paths = dataPaths({ REFLET_HOME: join(tempDir(), "nested", "reflet") }, "/");
        appendEntry(paths, entry("a"));
        saveCheckpoint(paths, checkpoint("a"));
        expect(modeOf(paths.dir)).toBe(0o700);
        expect(modeOf(paths.sessions)).toBe(0o700);
        expect(modeOf(paths.history)).toBe(0o600);
        for (const f of readdirSync(paths.sessions))
          expect(modeOf(join(paths.sessions, f))).toBe(0o600);
      } finally {
        process.umask(before);
      }
    });
  }

  it("a history file someone made world-readable is made 0600 again on the next write", async () => {
    const paths = dataPaths({ REFLET_HOME: tempDir() }, "/");
    mkdirSync(paths.dir, { recursive: true });
    writeFileSync(paths.history, "", { mode: 0o644 });
    appendEntry(paths, entry("a"));
    expect(modeOf(paths.history)).toBe(0o600);
  });
});

describe("reflet history on a damaged file", () => {
  it("a torn last line is skipped with a warning at its line; the other entries are shown", async () => {
    const home = tempDir("reflet-home-");
    const paths = dataPaths({ REFLET_HOME: home }, "/");
    appendEntry(paths, entry("a"));
    appendFileSync(paths.history, '{"v":1,"id":"torn","da');
    const r = await runCli(["history", "--json"], { env: { REFLET_HOME: home } });
    expect(r.stderr).toBe(
      `reflet: 1 damaged entry skipped in ${paths.history} (line 2: cut short by a crash or a full disk, or edited by hand?)\n`,
    );
    expect(JSON.parse(r.stdout).entries.map((e: { id: string }) => e.id)).toEqual(["a"]);
    expect(r.code).toBe(0);
  });
});
