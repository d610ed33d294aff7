// Completion of questionnaire ids and history ids: asked for at each TAB by the scripts, read
// without loading any questionnaire. bash drives its script here; zsh and fish, where they are
// not installed, are checked by what their scripts call.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { completionPlace } from "./completion-env.ts";
import { ROOT, SAFETY_MS } from "./terminal.ts";

const cli = (args: string[], env: Record<string, string>) => runCli(args, { env, cwd: ROOT });

const setUp = () => completionPlace().env;

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
    expect(zsh).toMatch(
      / {8}history\) _arguments .*'1:id:\{_reflet_ids history forget\}' '\*:id:\{_reflet_ids history\}'/,
    );
    const fish = (await cli(["completion", "fish"], env)).stdout;
    expect(fish).toContain(
      "complete -c reflet -n '__fish_seen_subcommand_from run' -a '(reflet completion fish --ids questionnaires)'",
    );
    expect(fish).toContain(
      "complete -c reflet -n '__fish_seen_subcommand_from journal' -a '(reflet completion fish --ids history)'",
    );
    expect(fish).toContain(
      "complete -c reflet -n '__fish_seen_subcommand_from history; and not __fish_seen_subcommand_from forget' -f -a 'forget'",
    );
    expect(fish).not.toContain("-l ids");
  });

  it("says how to load each script with the command that works here", async () => {
    const env = setUp();
    const load = {
      bash: "source <(RUN completion bash)",
      zsh: "source <(RUN completion zsh)",
      fish: "RUN completion fish | source",
    };
    for (const [shell, how] of Object.entries(load)) {
      const installed = (await cli(["completion", shell], env)).stdout;
      expect(installed).toContain(`Load it with: ${how.replace("RUN", "reflet")}\n`);
      expect(installed).not.toContain("npx");
      const without = (await cli(["completion", shell], { ...env, PATH: "/usr/bin:/bin" })).stdout;
      expect(without).toContain(`Load it with: ${how.replace("RUN", "npx reflet")}\n`);
      expect(without).toContain("# It completes the reflet command, which is not on your PATH");
    }
  });
});
