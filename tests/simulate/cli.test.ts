// `reflet test --simulate` as users run it: the built binary, its table, its JSON (golden),
// broken expectations with their numbers, and bad options.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/term/wrap.ts";
import { runCli } from "../cli/in-process.ts";
import { root } from "../security/helpers.ts";

const fixture = (name: string) => join(root, "tests/fixtures/simulate", name);
const golden = join(root, "tests/golden/simulate/seed-7.json");

describe("reflet test --simulate", () => {
  it("gives the same JSON for the same seed (golden file)", async () => {
    const args = ["test", "tests/fixtures/mini.yaml", "tests/fixtures/simulate/context.yaml"];
    const r = await runCli(
      [...args, "--simulate", "--respondents", "200", "--seed", "7", "--json"],
      {
        cwd: root,
      },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(golden, "utf8")));
  });

  it("prints a table that fits 80 columns, with every model and what was never reached", async () => {
    const r = await runCli(["test", fixture("expectations-broken.yaml"), "--respondents", "100"]);
    // The table; the lines of broken expectations that follow it are messages, one line each.
    const table = r.stdout.split("\n").filter((l) => !l.startsWith("✗"));
    for (const line of table) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
    for (const model of ["uniform", "latent", "acquiescent", "desirable", "middle", "straight"])
      expect(r.stdout).toContain(model);
    expect(r.stdout).toContain("Never reached: advice never");
    expect(r.stdout).toMatch(/No action to try +\d/);
  });

  it("cuts no label nor run name, even at 60 columns", async () => {
    const r = await runCli(
      ["test", "questionnaires/reclamations.yaml", "--simulate", "--respondents", "20"],
      { cwd: root, columns: 60, tty: true, env: { REFLET_LANG: "fr" } },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("…");
    const table = r.stdout.slice(r.stdout.indexOf("reclamations :")).split("\n");
    for (const line of table) expect(displayWidth(line), line).toBeLessThanOrEqual(60);
    // A long advice id whole on its line, its figures under it; a context's run on two lines.
    expect(r.stdout).toMatch(/\n {2}comment-en-etes-vous-arrive \(action\)\n +[\d–]/);
    expect(r.stdout).toMatch(/ contexte\n +=telephone\n/);
  });

  it("fails with one line per broken expectation, with the numbers", async () => {
    const file = fixture("expectations-broken.yaml");
    const r = await runCli(["test", file, "--simulate", "--respondents", "1000"]);
    expect(r.code).toBe(1);
    const broken = r.stdout.split("\n").filter((l) => l.startsWith("✗"));
    expect(broken).toEqual([
      expect.stringMatching(
        /maxProfileShare: profile everyone goes to 6\d\.\d% under uniform \(at most 50%\)$/,
      ),
      expect.stringMatching(
        /maxFallbackShare: the fallback everyone goes to 6\d\.\d% under uniform \(at most 50%\)$/,
      ),
      expect.stringMatching(
        /maxFallbackShare: the fallback everyone goes to \d\d\.\d% under latent \(at most 50%\)$/,
      ),
      expect.stringMatching(
        /minActionShare: \d\d\.\d% get an action to try under uniform \(at least 100%\)$/,
      ),
      expect.stringMatching(/reachable: advice never is never reached$/),
      `✗ ${file}: expectation not met: models: 40% get profile steady under straight (everyone should)`,
    ]);
    expect(r.stdout).toContain("6 expectations not met");
  });

  it("says the same in French", async () => {
    const file = fixture("expectations-broken.yaml");
    const r = await runCli(["test", file, "--model", "straight", "--respondents", "10"], {
      env: { REFLET_LANG: "fr" },
    });
    expect(r.code).toBe(1);
    const line = r.stdout.split("\n").find((l) => l.includes("models :"));
    // French sets a no-break space before %.
    expect(line).toMatch(
      /^✗ .*expectations-broken\.yaml : attente non tenue : models : 40\s% reçoivent le profil steady sous straight \(tout le monde devrait\)$/,
    );
  });

  it("passes when every expectation holds", async () => {
    const r = await runCli([
      "test",
      fixture("expectations-met.yaml"),
      "--simulate",
      "--respondents",
      "500",
    ]);
    expect(r.stdout).not.toContain("✗");
    expect(r.code).toBe(0);
  });

  it("says when expectations are not checked, without failing", async () => {
    const r = await runCli(["test", fixture("expectations-broken.yaml")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("expectations not checked (add --simulate to check them)");
  });

  it("refuses bad options with exit 2 and one line", async () => {
    for (const [args, said] of [
      [["--respondents", "0"], '--respondents: "0" is not a whole number from 1 to 100000'],
      [["--seed", "-3"], '--seed: "-3" is not a whole number'],
      [["--model", "latent,lazy"], '--model: unknown model "lazy" (known: uniform, latent'],
    ] as const) {
      const r = await runCli(["test", fixture("one-item.yaml"), ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(said);
      expect(r.stdout).toBe("");
    }
  });
});
