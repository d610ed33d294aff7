// The in-process runs are only worth trusting if one run leaves nothing behind for the next:
// language, colour, folder, environment and exit code are each the run's own.
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { folderWith, mini, tempDir } from "../security/helpers.ts";
import { runCli } from "./in-process.ts";

describe("runCli, in the test process", () => {
  it("gives each run its own language and colour", async () => {
    const fr = await runCli(["score", "--help"], { env: { REFLET_LANG: "fr" } });
    expect(fr.stdout).toMatch(/^Utilisation : reflet score/);
    const coloured = await runCli(["frobnicate"], {
      tty: true,
      env: { NO_COLOR: undefined, FORCE_COLOR: "1" },
    });
    expect(coloured.stderr).toContain("\u001b[31m");
    const plain = await runCli(["frobnicate"]);
    expect(plain.stderr).not.toContain("\u001b[");
    expect((await runCli(["score", "--help"])).stdout).toMatch(/^Usage: reflet score/);
  });

  it("runs in the folder it is given and gives the test's folder back, even on failure", async () => {
    const before = process.cwd();
    const cwd = folderWith({ "mini.yaml": mini });
    expect((await runCli(["validate", "mini.yaml"], { cwd })).code).toBe(0);
    expect(process.cwd()).toBe(before);
    expect((await runCli(["validate", "mini.yaml"])).code).toBe(1);
    expect(process.cwd()).toBe(before);
  });

  it("reads standard input, and says when it is a terminal", async () => {
    const cwd = folderWith({ "mini.yaml": mini });
    const answers = "questionnaire: mini\nanswers: {c1: 5, c2: 1, c3: 4, s1: a}\n";
    const piped = await runCli(["score", "mini.yaml", "--answers", "-"], { cwd, stdin: answers });
    expect(piped.code).toBe(0);
    const terminal = await runCli(["score", "mini.yaml", "--answers", "-"], {
      cwd,
      tty: { stdin: true },
    });
    expect(terminal.code).toBe(2);
    expect(terminal.stderr).toContain("which is a terminal here");
  });

  it("keeps the developer's environment out of the run", async () => {
    const saved = process.env.REFLET_LANG;
    process.env.REFLET_LANG = "fr";
    try {
      expect((await runCli(["score", "--help"])).stdout).toMatch(/^Usage: reflet score/);
    } finally {
      if (saved === undefined) delete process.env.REFLET_LANG;
      else process.env.REFLET_LANG = saved;
    }
  });

  it("refuses two runs at once, which would share the process's folder", async () => {
    const first = runCli(["schema"]);
    await expect(runCli(["schema"])).rejects.toThrow(/one in-process run at a time/);
    expect((await first).code).toBe(0);
  });

  it("draws dates in the time zone it is given, and gives the test's own back", async () => {
    const home = tempDir();
    const model = loadDesk();
    const answers = { c1: 3, c2: 1, c3: 3, s1: "listen", l1: "wait", l2: ["nod"] };
    // Late on March 2 in UTC is already March 3 fourteen hours east.
    const date = new Date("2025-03-02T23:30:00Z");
    const result = score(model, answers);
    const entry = makeEntry({ model, result, answers, userLang: "en", id: "e1", date });
    appendEntry(dataPaths({ REFLET_HOME: home }, "/"), entry);
    const zone = process.env.TZ;
    const on = async (TZ: string) =>
      (await runCli(["history"], { env: { REFLET_HOME: home, TZ } })).stdout;
    expect(await on("UTC")).toContain("Mar 2, 2025");
    expect(await on("Pacific/Kiritimati")).toContain("Mar 3, 2025");
    expect(process.env.TZ).toBe(zone);
  });
});
