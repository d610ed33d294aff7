// reflet history, journal, forget and completion, in-process, without a terminal.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import type { AnswerValue } from "../../src/model/types.ts";
import { saveCheckpoint } from "../../src/store/checkpoint.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry, readHistory } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { baseEnv, freshHome, ROOT, SAFETY_MS } from "../e2e/terminal.ts";
import { runCli } from "./in-process.ts";

const model = loadDesk();

/** Runs with exactly `env`: no data folder of the helper's own when `env` names none. */
const reflet = (args: string[], env: Record<string, string>) =>
  runCli(args, { env: { REFLET_HOME: undefined, ...env }, cwd: ROOT });

/** A history of three results of desk, calmer each time, with notes, and one of another. */
function seeded(): { home: string; env: Record<string, string> } {
  const home = freshHome();
  const paths = dataPaths({ REFLET_HOME: home }, "/");
  const runs: Record<string, AnswerValue>[] = [
    { c1: 1, c2: 4, c3: 1, s1: "explain", l1: "cut", l2: ["nod"], note: "Hard week." },
    { c1: 3, c2: 2, c3: 3, s1: "listen", l1: "cut", l2: ["nod"] },
    { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod", "repeat"], note: "Better." },
  ];
  runs.forEach((answers, i) => {
    appendEntry(
      paths,
      makeEntry({
        model,
        result: score(model, answers),
        answers,
        userLang: "en",
        id: `e${i}`,
        date: new Date(Date.UTC(2025, 2, 2 + 7 * i, 12)),
      }),
    );
  });
  return { home, env: baseEnv(home) };
}

describe("reflet history", () => {
  it("lists each result with its bands and the change per dimension since the one before", async () => {
    const { env } = seeded();
    const r = await reflet(["history"], env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("At the desk (desk)");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/Calm 0 low · Listening 0 to work on$/);
    expect(lines[2]).toMatch(/Calm 67 middle \(\+67\) · Listening 40 to work on \(\+40\)$/);
    expect(lines[3]).toMatch(/Calm 100 high \(\+33\) · Listening 80 solid \(\+40\)$/);
  });

  it("--progress is reflet progress, for all or one questionnaire", async () => {
    const { env } = seeded();
    const progress = await reflet(["progress", "desk"], env);
    expect(progress.code).toBe(0);
    expect(progress.stdout).toContain("Calm");
    expect(await reflet(["history", "--progress", "desk"], env)).toMatchObject({
      code: 0,
      stdout: progress.stdout,
    });
    expect((await reflet(["history", "--progress"], env)).stdout).toBe(
      (await reflet(["progress"], env)).stdout,
    );
    const both = await reflet(["history", "--progress", "--json"], env);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("history --progress takes one questionnaire id at most");
    // The way out as it can be typed: no reflet command is installed where the tests run.
    expect(both.stderr).toContain("(npx reflet progress --help)");
  });

  it("gives every entry as JSON", async () => {
    const { env } = seeded();
    const out = JSON.parse((await reflet(["history", "--json"], env)).stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.entries.map((e: { id: string }) => e.id)).toEqual(["e0", "e1", "e2"]);
    expect(out.entries[0].result.questionnaire.id).toBe("desk");
  });

  it("says so, on stderr, when there is nothing yet", async () => {
    const r = await reflet(["history"], baseEnv(freshHome()));
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("No results yet");
  });

  it("skips a torn last line with a warning and still lists the rest", async () => {
    const { home, env } = seeded();
    writeFileSync(
      join(home, "history.jsonl"),
      `${readFileSync(join(home, "history.jsonl"), "utf8")}{"v":1,"id":"to`,
    );
    const r = await reflet(["history"], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/1 damaged entry skipped in .*history\.jsonl \(line 4:/);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(4);
  });

  it("says clearly when REFLET_HOME is a file, not a folder", async () => {
    const home = freshHome();
    writeFileSync(join(home, "..", "file"), "");
    const r = await reflet(
      ["history", "forget", "desk", "--yes"],
      baseEnv(join(home, "..", "file")),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("something that is not a folder is in the way");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("refuses an empty HOME instead of using the current folder", async () => {
    const env = baseEnv("", { HOME: "" });
    delete env.REFLET_HOME;
    const r = await reflet(["history"], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("REFLET_HOME");
  });
});

describe("reflet journal", () => {
  it("shows the reflection notes under their question, result by result", async () => {
    const { env } = seeded();
    const r = await reflet(["journal"], env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("A recent situation that stayed with you?");
    expect(r.stdout.indexOf("Hard week.")).toBeLessThan(r.stdout.indexOf("Better."));
    expect(r.stdout.match(/At the desk \(desk\)/g)).toHaveLength(2);
  });

  it("in French when asked", async () => {
    const r = await reflet(["journal", "--lang", "fr"], baseEnv(freshHome()));
    expect(r.stderr).toContain("Pas encore de notes de réflexion");
  });

  it("names an unknown questionnaire as unknown (exit 2); a known one without notes is empty", async () => {
    const { env } = seeded();
    for (const command of ["journal", "history"]) {
      const r = await reflet([command, "inconnu", "--lang", "fr"], env);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("pas de questionnaire « inconnu »");
    }
    const known = await reflet(["journal", "reclamations", "--lang", "fr"], env);
    expect(known.code).toBe(0);
    expect(known.stderr).toContain("Pas encore de notes de réflexion");
  });
});

describe("reflet history forget", () => {
  it("without a terminal needs --yes, and erases nothing without it", async () => {
    const { home, env } = seeded();
    const r = await reflet(["history", "forget", "desk"], env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--yes");
    expect(readHistory(dataPaths({ REFLET_HOME: home }, "/")).entries).toHaveLength(3);
  });

  it("erases the results of one questionnaire and its paused session", async () => {
    const { home, env } = seeded();
    const paths = dataPaths({ REFLET_HOME: home }, "/");
    saveCheckpoint(paths, {
      v: 1,
      questionnaire: "desk",
      hash: model.hash,
      lang: "en",
      answers: { c1: 2 },
      position: "c2",
      savedAt: new Date().toISOString(),
    });
    const r = await reflet(["history", "forget", "desk", "--yes"], env);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Erased 3 results of desk and its paused session.");
    expect(readHistory(paths).entries).toHaveLength(0);
    expect(readdirCount(paths.sessions)).toBe(0);
    expect((await reflet(["journal"], env)).stderr).toContain("No reflection notes yet");
  });

  it("--all erases the whole history", async () => {
    const { home, env } = seeded();
    const r = await reflet(["history", "forget", "--all", "--yes"], env);
    expect(r.code).toBe(0);
    expect(existsSync(join(home, "history.jsonl"))).toBe(false);
  });

  it("needs an id or --all, not both", async () => {
    const { env } = seeded();
    expect((await reflet(["history", "forget"], env)).code).toBe(2);
    expect((await reflet(["history", "forget", "desk", "--all", "--yes"], env)).code).toBe(2);
  });
});

function readdirCount(dir: string): number {
  return existsSync(dir)
    ? spawnSync("ls", ["-A", dir], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).length
    : 0;
}

describe("reflet completion", () => {
  it("gives a bash script that completes commands, options and their values", async () => {
    const script = (await reflet(["completion", "bash"], baseEnv(freshHome()))).stdout;
    const complete = (words: string[]) => {
      const r = spawnSync(
        "bash",
        [
          "-c",
          `${script}\nCOMP_WORDS=(${words.map((w) => `"${w}"`).join(" ")}); COMP_CWORD=${words.length - 1}; _reflet_complete; echo "\${COMPREPLY[*]}"`,
        ],
        { encoding: "utf8", cwd: ROOT, timeout: SAFETY_MS },
      );
      return r.stdout.trim().split(" ");
    };
    expect(complete(["reflet", ""])).toEqual(
      expect.arrayContaining(["run", "history", "journal", "--lang"]),
    );
    expect(complete(["reflet", "ru"])).toEqual(["run"]);
    expect(complete(["reflet", "run", "--fo"])).toEqual(["--format"]);
    expect(complete(["reflet", "run", "--format", ""])).toEqual(["text", "markdown", "json"]);
    expect(complete(["reflet", "--lang", "fr", "history", ""])).toEqual(["forget"]);
    expect(complete(["reflet", "completion", ""])).toEqual(["bash", "zsh", "fish"]);
  });

  it("gives zsh and fish scripts with every command, described in the user's language", async () => {
    for (const shell of ["zsh", "fish"]) {
      const r = await reflet(["completion", shell, "--lang", "fr"], baseEnv(freshHome()));
      expect(r.code).toBe(0);
      for (const command of ["run", "list", "score", "history", "journal", "completion"])
        expect(r.stdout).toContain(command);
      expect(r.stdout).toContain("vos notes de réflexion");
    }
  });

  it("refuses an unknown shell with a usage error", async () => {
    expect((await reflet(["completion", "tcsh"], baseEnv(freshHome()))).code).toBe(2);
  });
});
