// The built binary in a pseudo-terminal: a whole run ending in a profile, Ctrl-C then
// resume, signals, the menu, and no terminal at all.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import {
  answerAll,
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

const cli = (args: string[], env: Record<string, string>, stdin?: string) =>
  runCli(args, { env, cwd: ROOT, ...(stdin === undefined ? {} : { stdin }) });

describe("reflet run in a terminal", () => {
  it(
    "goes from the first question to the profile, then reflet history shows the result",
    async () => {
      const home = freshHome();
      const env = baseEnv(home);
      const s = spawnInTerminal(["run", DESK], env);
      await answerAll(s);
      await s.waitFor("Saved in your history");
      expect(await s.exit).toBe(0);
      const out = s.output();
      expect(out).toContain("I stay calm with an angry client.");
      expect(out).toContain("At the desk");
      expect(out).toMatch(/Calm\s+[█░]+\s+\d+\s+\w+/);
      expect(out).toContain("Strengths");
      expect(statSync(join(home, "history.jsonl")).mode & 0o777).toBe(0o600);
      expect(statSync(home).mode & 0o777).toBe(0o700);
      expect(readdirSync(join(home, "sessions"))).toEqual([]);

      const history = await cli(["history"], env);
      expect(history.code).toBe(0);
      expect(history.stdout).toContain("At the desk (desk)");
      expect(history.stdout).toMatch(/Calm \d+ \w+ · Listening \d+/);
      const journal = await cli(["journal"], env);
      expect(journal.stdout).toContain("A client thanked me.");
    },
    SESSION_TEST_MS,
  );

  it(
    "after Ctrl-C, exits 130 with how to resume; the next run resumes where it stopped",
    async () => {
      const home = freshHome();
      const env = baseEnv(home);
      const s = spawnInTerminal(["run", DESK], env);
      await s.waitFor("1 / 7");
      s.type(KEY.down + KEY.down + KEY.down + KEY.enter);
      await s.waitFor("2 / 7");
      s.type(KEY.enter);
      await s.waitFor("3 / 7");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      expect(s.output()).toContain("Paused: every answer so far is saved.");
      expect(s.output()).toContain(`To resume: npx reflet run ${DESK}`);
      const [saved] = readdirSync(join(home, "sessions"));
      expect(statSync(join(home, "sessions", saved as string)).mode & 0o777).toBe(0o600);

      const answersFile = join(home, "..", "answers.yaml");
      const again = spawnInTerminal(["run", DESK, "--answers-out", answersFile], env);
      await again.waitFor("stopped at question 3 / 7");
      again.type(KEY.enter);
      await answerAll(again, 3);
      expect(await again.exit).toBe(0);
      const resumed = again.output();
      expect(resumed).not.toContain("I stay calm with an angry client.");
      expect(resumed).toContain("I breathe before I answer.");
      const answers = readFileSync(answersFile, "utf8");
      expect(answers).toContain("c1: 4");
      expect(answers).toContain("c2: 1");
      expect(answers).toContain("c3: 3");
      expect(readdirSync(join(home, "sessions"))).toEqual([]);
      // The answers file is one that reflet score reads.
      const scored = await cli(["score", DESK, "--answers", answersFile, "--format", "json"], env);
      expect(scored.code).toBe(0);
      expect(JSON.parse(scored.stdout).answered).toBe(7);
    },
    SESSION_TEST_MS,
  );

  it(
    "SIGTERM at a prompt keeps the progress and exits 143; SIGHUP exits 129",
    async () => {
      for (const [signal, code] of [
        ["SIGTERM", 143],
        ["SIGHUP", 129],
      ] as const) {
        const home = freshHome();
        const s = spawnInTerminal(["run", DESK], baseEnv(home));
        await s.waitFor("1 / 7");
        s.type(KEY.enter);
        await s.waitFor("2 / 7");
        s.kill(signal);
        expect(await s.exit).toBe(code);
        const saved = readdirSync(join(home, "sessions"));
        expect(saved).toHaveLength(1);
        const checkpoint = JSON.parse(
          readFileSync(join(home, "sessions", saved[0] as string), "utf8"),
        );
        expect(checkpoint).toMatchObject({ answers: { c1: 1 }, position: "c2" });
      }
    },
    SESSION_TEST_MS,
  );

  it(
    "reflet alone opens a menu of the questionnaires, in French",
    async () => {
      const home = freshHome();
      const env = baseEnv(home, {
        REFLET_LANG: "fr",
        REFLET_PATH: join(ROOT, "tests/fixtures/interactive"),
      });
      const s = spawnInTerminal([], env);
      await s.waitFor("Quel questionnaire ?");
      // Files of a folder are listed by name: breaks.yaml, then desk.yaml.
      await s.waitFor(/Les pauses\s+~1 min · fr, en\s+Au guichet\s+~2 min · fr, en/);
      s.type(KEY.down + KEY.enter);
      await s.waitFor("Je reste calme face à un client en colère.");
      await s.waitFor("⏎ choisir");
      s.type(KEY.ctrlC);
      expect(await s.exit).toBe(130);
      expect(s.output()).toContain("Pour reprendre : npx reflet run desk");
    },
    SESSION_TEST_MS,
  );
});

describe("reflet history forget in a terminal", () => {
  it(
    "asks first, keeps everything on no, erases on yes",
    async () => {
      const home = freshHome();
      const env = baseEnv(home);
      const s = spawnInTerminal(["run", DESK], env);
      await answerAll(s);
      expect(await s.exit).toBe(0);

      const no = spawnInTerminal(["history", "forget", "desk"], env);
      await no.waitFor(
        "Erase 1 result of desk, their reflection notes, commitments and check-ins?",
      );
      no.type(KEY.enter);
      expect(await no.exit).toBe(0);
      expect(no.output()).toContain("Nothing erased.");
      expect((await cli(["history"], env)).stdout).toContain("At the desk (desk)");

      const yes = spawnInTerminal(["history", "forget", "desk"], env);
      await yes.waitFor("Yes, erase");
      yes.type(KEY.down + KEY.enter);
      expect(await yes.exit).toBe(0);
      expect(yes.output()).toContain("Erased 1 result of desk.");
      expect((await cli(["history"], env)).stderr).toContain("No results yet");
    },
    SESSION_TEST_MS,
  );
});

describe("several questionnaires in one run", () => {
  it(
    "are answered in a row and give one combined profile, each saved in the history",
    async () => {
      const home = freshHome();
      const env = baseEnv(home);
      const breaks = join(ROOT, "tests/fixtures/interactive/breaks.yaml");
      const s = spawnInTerminal(["run", DESK, breaks], env);
      await answerAll(s);
      for (const progress of ["1 / 3", "2 / 3", "3 / 3"]) {
        await s.waitFor(progress);
        s.type(KEY.down + KEY.enter);
      }
      expect(await s.exit).toBe(0);
      const out = s.output();
      expect(out).toContain("Your profile: 2 questionnaires");
      expect(out.indexOf("At the desk")).toBeLessThan(out.lastIndexOf("Taking breaks"));
      expect(out).toMatch(/Energy\s+[█░]+/);
      const history = await cli(["history", "--json"], env);
      const ids = JSON.parse(history.stdout).entries.map(
        (e: { questionnaire: { id: string } }) => e.questionnaire.id,
      );
      expect(ids).toEqual(["desk", "breaks"]);
    },
    SESSION_TEST_MS,
  );
});

describe("keeping the profile", () => {
  it(
    "--output writes it in --format, the terminal still shows it, --no-save keeps no history",
    async () => {
      const home = freshHome();
      const env = baseEnv(home);
      const file = join(home, "..", "profile.md");
      const breaks = join(ROOT, "tests/fixtures/interactive/breaks.yaml");
      const s = spawnInTerminal(
        ["run", breaks, "--format", "markdown", "--output", file, "--no-save"],
        env,
      );
      for (const progress of ["1 / 3", "2 / 3", "3 / 3"]) {
        await s.waitFor(progress);
        s.type(KEY.down + KEY.down + KEY.enter);
      }
      expect(await s.exit).toBe(0);
      const markdown = readFileSync(file, "utf8");
      expect(markdown.startsWith("# Taking breaks\n")).toBe(true);
      expect(markdown).toContain("| Energy | 67 / 100 | good |");
      expect(s.output()).toMatch(/Energy\s+[█░]+\s+67\s+good/);
      expect(s.output()).toContain(`Profile written to ${file}.`);
      expect(s.output()).toContain("Not saved in your history (--no-save).");
      expect(existsSync(join(home, "history.jsonl"))).toBe(false);
    },
    SESSION_TEST_MS,
  );
});

describe("reflet run without a terminal", () => {
  it("refuses piped stdin with exit 2, names reflet score --answers, and writes nothing", async () => {
    const home = freshHome();
    const out = join(home, "..", "profile.md");
    const r = await cli(
      ["run", DESK, "--output", out, "--answers-out", `${out}.yaml`],
      baseEnv(home),
      "\n",
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("reflet score ID --answers FILE");
    expect(r.stdout).toBe("");
    expect(existsSync(home)).toBe(false);
    expect(existsSync(out)).toBe(false);
  });

  it("reflet alone on piped stdin: one line naming --help and score, exit 2, no help on stdout", async () => {
    const r = await cli([], baseEnv(freshHome()), "\n");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^reflet: the menu needs a terminal \(.*--help lists the commands/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect((await cli(["--help"], baseEnv(freshHome()), "\n")).code).toBe(0);
  });

  it("refuses a closed stdin the same way", () => {
    const home = freshHome();
    const r = spawnSync(process.execPath, [BIN, "run", DESK], {
      env: baseEnv(home),
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
      timeout: SAFETY_MS,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("reflet score");
    expect(existsSync(home)).toBe(false);
  });
});
