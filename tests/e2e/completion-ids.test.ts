// Completion of questionnaire ids and history ids: asked for at each TAB by the scripts, read
// without loading any questionnaire. bash drives its script here; zsh and fish, where they are
// not installed, are checked by what their scripts call.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { runCli } from "../cli/in-process.ts";
import { BIN, baseEnv, freshHome, ROOT, SAFETY_MS } from "./terminal.ts";

const cli = (args: string[], env: Record<string, string>) => runCli(args, { env, cwd: ROOT });

/** An environment with a `reflet` command on the PATH (the scripts call it) and one result of desk. */
function setUp(): Record<string, string> {
  const bin = join(mkdtempSync(join(tmpdir(), "reflet-bin-")), "bin");
  mkdirSync(bin);
  writeFileSync(join(bin, "reflet"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "reflet"), 0o755);
  const home = freshHome();
  const env = baseEnv(home, {
    PATH: `${bin}:/usr/bin:/bin`,
    REFLET_PATH: join(ROOT, "tests/fixtures/interactive"),
  });
  const model = loadDesk();
  const answers = { c1: 3, c2: 1, c3: 3, s1: "listen", l1: "wait", l2: ["nod"] };
  appendEntry(
    dataPaths({ REFLET_HOME: home }, "/"),
    makeEntry({
      model,
      answers,
      result: score(model, answers),
      userLang: "en",
      id: "e1",
      date: new Date("2026-01-05T10:00:00Z"),
    }),
  );
  return env;
}

describe("completion of ids", () => {
  it("lists the questionnaires found and the ids in the history", async () => {
    const env = setUp();
    const found = await cli(["completion", "bash", "--ids", "questionnaires"], env);
    expect(found.code).toBe(0);
    expect(found.stdout.split("\n")).toEqual(
      expect.arrayContaining(["desk", "long", "breaks", "reclamations"]),
    );
    expect((await cli(["completion", "bash", "--ids", "history"], env)).stdout).toBe("desk\n");
    expect((await cli(["completion", "bash", "--help"], env)).stdout).not.toContain("--ids");
  });

  it("completes them in bash: run re<TAB>, history forget <TAB>, journal <TAB>", async () => {
    const env = setUp();
    const script = (await cli(["completion", "bash"], env)).stdout;
    const complete = (words: string[]) => {
      const r = spawnSync(
        "bash",
        [
          "-c",
          `${script}\nCOMP_WORDS=(${words.map((w) => `"${w}"`).join(" ")}); COMP_CWORD=${words.length - 1}; _reflet_complete; echo "\${COMPREPLY[*]}"`,
        ],
        { encoding: "utf8", cwd: ROOT, env, timeout: SAFETY_MS },
      );
      return r.stdout.trim().split(" ");
    };
    expect(complete(["reflet", "run", "re"])).toEqual(["reclamations"]);
    expect(complete(["reflet", "run", "desk", "lo"])).toEqual(["long"]);
    expect(complete(["reflet", "score", "de"])).toEqual(
      expect.arrayContaining(["desk", "defauts-acceptables"]),
    );
    expect(complete(["reflet", "history", ""])).toEqual(["forget", "desk"]);
    expect(complete(["reflet", "history", "forget", ""])).toEqual(["desk"]);
    expect(complete(["reflet", "journal", "d"])).toEqual(["desk"]);
  });

  it("asks for them in the zsh and fish scripts, for the same commands", async () => {
    const env = setUp();
    const zsh = (await cli(["completion", "zsh"], env)).stdout;
    expect(zsh).toContain('"$(reflet completion zsh --ids $kind 2>/dev/null)"');
    expect(zsh).toMatch(/ {8}run\) _arguments .*'\*:id:\{_reflet_ids questionnaires \}'/);
    expect(zsh).toMatch(/ {8}history\) _arguments .*'\*:id:\{_reflet_ids history forget\}'/);
    const fish = (await cli(["completion", "fish"], env)).stdout;
    expect(fish).toContain(
      "complete -c reflet -n '__fish_seen_subcommand_from run' -a '(reflet completion fish --ids questionnaires)'",
    );
    expect(fish).toContain(
      "complete -c reflet -n '__fish_seen_subcommand_from journal' -a '(reflet completion fish --ids history)'",
    );
    expect(fish).not.toContain("-l ids");
  });
});
