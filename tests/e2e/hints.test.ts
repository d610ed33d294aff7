// Every command reflet suggests must work when typed as shown: `reflet …` when a `reflet`
// command is on the PATH (a global install, npm link), `npx reflet …` when it is not.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { onPath } from "../../src/term/invocation.ts";
import {
  BIN,
  baseEnv,
  DESK,
  freshHome,
  KEY,
  ROOT,
  SAFETY_MS,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "./terminal.ts";

/** A folder holding an executable `reflet`, as a global install or npm link leaves one. */
function installedBin(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "reflet-bin-")), "bin");
  mkdirSync(dir);
  writeFileSync(join(dir, "reflet"), `#!/bin/sh\nexec node ${BIN} "$@"\n`);
  chmodSync(join(dir, "reflet"), 0o755);
  return dir;
}

const WITHOUT = "/usr/bin:/bin";

const reflet = (args: string[], env: Record<string, string>) =>
  spawnSync(process.execPath, [BIN, ...args], {
    env,
    cwd: ROOT,
    encoding: "utf8",
    timeout: SAFETY_MS,
  });

describe("the command in reflet's hints", () => {
  it("is npx reflet without a reflet command on the PATH, reflet with one", () => {
    const home = freshHome();
    const without = reflet(["journal"], baseEnv(home, { PATH: WITHOUT }));
    expect(without.stderr).toContain("after npx reflet run)");
    const bin = installedBin();
    const withIt = reflet(["journal"], baseEnv(home, { PATH: `${bin}:${WITHOUT}` }));
    expect(withIt.stderr).toContain("after reflet run)");
    expect(withIt.stderr).not.toContain("npx");
  });

  it("does not count the folders npm and npx add to the PATH", () => {
    const root = mkdtempSync(join(tmpdir(), "reflet-npx-"));
    const dir = join(root, "node_modules", ".bin");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "reflet"), "#!/bin/sh\n");
    chmodSync(join(dir, "reflet"), 0o755);
    expect(onPath({ PATH: `${dir}:${WITHOUT}` }, "linux")).toBe(false);
    expect(onPath({ PATH: `${installedBin()}:${WITHOUT}` }, "linux")).toBe(true);
  });

  it("names an unknown questionnaire's way out the same way", () => {
    const r = reflet(["score", "nothing-here", "--answers", "x.yaml"], {
      ...baseEnv(freshHome()),
      PATH: WITHOUT,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("(npx reflet list shows the ones found)");
  });

  it(
    "the pause message says how to resume with the command that works",
    async () => {
      const s = spawnInTerminal(["run", DESK], baseEnv(freshHome(), { PATH: WITHOUT }));
      await s.waitFor("1 / 7");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      expect(s.output()).toContain(`To resume: npx reflet run ${DESK}`);
      const bin = installedBin();
      const again = spawnInTerminal(
        ["run", DESK, "--restart"],
        baseEnv(freshHome(), { PATH: `${bin}:${WITHOUT}` }),
      );
      await again.waitFor("1 / 7");
      again.type(KEY.ctrlC);
      expect(await again.exit).toBe(130);
      expect(again.output()).toContain(`To resume: reflet run ${DESK}`);
    },
    SESSION_TEST_MS,
  );

  it("shows the help's examples and its usage hint as they can be typed", () => {
    const home = freshHome();
    const without = reflet(["completion", "--help"], baseEnv(home, { PATH: WITHOUT }));
    expect(without.stdout).toContain("  source <(npx reflet completion bash)");
    expect(reflet(["frobnicate"], baseEnv(home, { PATH: WITHOUT })).stderr).toContain(
      "(see npx reflet --help)",
    );
    const withIt = baseEnv(home, { PATH: `${installedBin()}:${WITHOUT}` });
    expect(reflet(["completion", "--help"], withIt).stdout).toContain(
      "  source <(reflet completion bash)",
    );
    expect(reflet(["frobnicate"], withIt).stderr).toContain("(see reflet --help)");
  });

  it(
    "keeps the command to resume whole on a narrow terminal, on a line of its own",
    async () => {
      const s = spawnInTerminal(
        ["run", "reclamations", "defauts-acceptables"],
        baseEnv(freshHome(), { PATH: WITHOUT, REFLET_LANG: "fr" }),
        ROOT,
        { cols: 60, rows: 24 },
      );
      await s.waitFor("1 / 27");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      // Wrapped at words to the 60 columns: the command, 47 columns, is never split.
      expect(s.raw()).toContain(
        "Pour reprendre :\r\nnpx reflet run reclamations defauts-acceptables\r\n",
      );
    },
    SESSION_TEST_MS,
  );
});
