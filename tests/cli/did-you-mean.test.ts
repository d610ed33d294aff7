// A slip in a command or a questionnaire id: one line naming what was probably meant, exit 2.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { baseEnv, freshHome, SESSION_TEST_MS, spawnInTerminal } from "../e2e/terminal.ts";
import { folderWith } from "../security/helpers.ts";

const oneLine = (text: string) => text.trimEnd().split("\n");

describe("did you mean", () => {
  it.each([
    ["en", "error: unknown command 'historique' (did you mean history?) (see npx reflet --help)"],
    [
      "fr",
      "erreur : commande inconnue « historique » (vouliez-vous dire history ?) (voir npx reflet --help)",
    ],
  ])("names the command meant by historique (%s)", async (lang, line) => {
    const r = await runCli(["historique"], { env: { REFLET_LANG: lang } });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([line]);
    expect(r.stdout).toBe("");
  });

  it("says nothing more when no command is close", async () => {
    const r = await runCli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      "error: unknown command 'frobnicate' (see npx reflet --help)",
    ]);
  });

  it.each([
    ["journal", "reclamation"],
    ["journal", "réclamations"],
    ["history", "Réclamations"],
  ])("reflet %s %s names reclamations, whatever the accents and the case", async (command, id) => {
    const r = await runCli([command, id]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      expect.stringMatching(
        new RegExp(`^reflet: no questionnaire "${id}": did you mean reclamations\\? \\(`),
      ),
    ]);
  });

  it("in French too, from score", async () => {
    const dir = folderWith({ "a.json": "{}" });
    const r = await runCli(["score", "reclamation", "--answers", "a.json"], {
      cwd: dir,
      env: { REFLET_LANG: "fr" },
    });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      expect.stringContaining(
        "pas de questionnaire « reclamation » : vouliez-vous dire reclamations ?",
      ),
    ]);
  });

  it("keeps the plain message for an id like none", async () => {
    const r = await runCli(["journal", "nothing-like-it"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("did you mean");
  });

  it("reflet run reclamation without a terminal names reclamations, not the terminal", async () => {
    const r = await runCli(["run", "reclamation"]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      expect.stringMatching(
        /^reflet: no questionnaire "reclamation": did you mean reclamations\? \(/,
      ),
    ]);
  });

  it("reflet run with a name that is right still needs a terminal", async () => {
    const r = await runCli(["run", "reclamations"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reflet: run asks questions and needs a terminal/);
  });

  it(
    "reflet run reclamation in a terminal",
    async () => {
      const s = spawnInTerminal(["run", "reclamation"], baseEnv(freshHome()));
      await s.waitFor("did you mean reclamations?");
      expect(await s.exit).toBe(2);
    },
    SESSION_TEST_MS,
  );
});
