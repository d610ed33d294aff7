// reflet history, journal, forget and completion, from the built binary without a terminal.
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
import { BIN, baseEnv, freshHome, ROOT, SAFETY_MS } from "./terminal.ts";

const model = loadDesk();

const reflet = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [BIN, ...args], {
    env,
    cwd: ROOT,
    encoding: "utf8",
    timeout: SAFETY_MS,
  });

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
  it("lists each result with its bands and the change per dimension since the one before", () => {
    const { env } = seeded();
    const r = reflet(["history"], env);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("At the desk (desk)");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/Calm 0 low · Listening 0 to work on$/);
    expect(lines[2]).toMatch(/Calm 67 middle \(\+67\) · Listening 40 to work on \(\+40\)$/);
    expect(lines[3]).toMatch(/Calm 100 high \(\+33\) · Listening 80 solid \(\+40\)$/);
  });

  it("gives every entry as JSON", () => {
    const { env } = seeded();
    const out = JSON.parse(reflet(["history", "--json"], env).stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.entries.map((e: { id: string }) => e.id)).toEqual(["e0", "e1", "e2"]);
    expect(out.entries[0].result.questionnaire.id).toBe("desk");
  });

  it("says so, on stderr, when there is nothing yet", () => {
    const r = reflet(["history"], baseEnv(freshHome()));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("No results yet");
  });

  it("skips a torn last line with a warning and still lists the rest", () => {
    const { home, env } = seeded();
    writeFileSync(
      join(home, "history.jsonl"),
      `${readFileSync(join(home, "history.jsonl"), "utf8")}{"v":1,"id":"to`,
    );
    const r = reflet(["history"], env);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/1 damaged entry skipped in .*history\.jsonl \(line 4:/);
    expect(r.stdout.trimEnd().split("\n")).toHaveLength(4);
  });

  it("says clearly when REFLET_HOME is a file, not a folder", () => {
    const home = freshHome();
    writeFileSync(join(home, "..", "file"), "");
    const r = reflet(["history", "forget", "desk", "--yes"], baseEnv(join(home, "..", "file")));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("something that is not a folder is in the way");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("refuses an empty HOME instead of using the current folder", () => {
    const env = baseEnv("", { HOME: "" });
    delete env.REFLET_HOME;
    const r = reflet(["history"], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("REFLET_HOME");
  });
});

describe("reflet journal", () => {
  it("shows the reflection notes under their question, result by result", () => {
    const { env } = seeded();
    const r = reflet(["journal"], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("A recent situation that stayed with you?");
    expect(r.stdout.indexOf("Hard week.")).toBeLessThan(r.stdout.indexOf("Better."));
    expect(r.stdout.match(/At the desk \(desk\)/g)).toHaveLength(2);
  });

  it("in French when asked", () => {
    const r = reflet(["journal", "--lang", "fr"], baseEnv(freshHome()));
    expect(r.stderr).toContain("Pas encore de notes de réflexion");
  });

  it("names an unknown questionnaire as unknown (exit 2); a known one without notes is empty", () => {
    const { env } = seeded();
    for (const command of ["journal", "history"]) {
      const r = reflet([command, "inconnu", "--lang", "fr"], env);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain("pas de questionnaire « inconnu »");
    }
    const known = reflet(["journal", "reclamations", "--lang", "fr"], env);
    expect(known.status).toBe(0);
    expect(known.stderr).toContain("Pas encore de notes de réflexion");
  });
});

describe("reflet history forget", () => {
  it("without a terminal needs --yes, and erases nothing without it", () => {
    const { home, env } = seeded();
    const r = reflet(["history", "forget", "desk"], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--yes");
    expect(readHistory(dataPaths({ REFLET_HOME: home }, "/")).entries).toHaveLength(3);
  });

  it("erases the results of one questionnaire and its paused session", () => {
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
    const r = reflet(["history", "forget", "desk", "--yes"], env);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("Erased 3 results of desk and its paused session.");
    expect(readHistory(paths).entries).toHaveLength(0);
    expect(readdirCount(paths.sessions)).toBe(0);
    expect(reflet(["journal"], env).stderr).toContain("No reflection notes yet");
  });

  it("--all erases the whole history", () => {
    const { home, env } = seeded();
    const r = reflet(["history", "forget", "--all", "--yes"], env);
    expect(r.status).toBe(0);
    expect(existsSync(join(home, "history.jsonl"))).toBe(false);
  });

  it("needs an id or --all, not both", () => {
    const { env } = seeded();
    expect(reflet(["history", "forget"], env).status).toBe(2);
    expect(reflet(["history", "forget", "desk", "--all", "--yes"], env).status).toBe(2);
  });
});

function readdirCount(dir: string): number {
  return existsSync(dir)
    ? spawnSync("ls", ["-A", dir], { encoding: "utf8" }).stdout.split("\n").filter(Boolean).length
    : 0;
}

describe("reflet completion", () => {
  it("gives a bash script that completes commands, options and their values", () => {
    const script = reflet(["completion", "bash"], baseEnv(freshHome())).stdout;
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

  it("gives zsh and fish scripts with every command, described in the user's language", () => {
    for (const shell of ["zsh", "fish"]) {
      const r = reflet(["completion", shell, "--lang", "fr"], baseEnv(freshHome()));
      expect(r.status).toBe(0);
      for (const command of ["run", "list", "score", "history", "journal", "completion"])
        expect(r.stdout).toContain(command);
      expect(r.stdout).toContain("vos notes de réflexion");
    }
  });

  it("refuses an unknown shell with a usage error", () => {
    expect(reflet(["completion", "tcsh"], baseEnv(freshHome())).status).toBe(2);
  });
});
