// The published tarball must work on its own: installed globally, run from any folder,
// built-in questionnaires included. Everything is bundled, so it installs with no network.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declaredId } from "../../src/load/discover.ts";

// Each command gets a safety limit: a hang fails the test instead of blocking the run.
const SAFETY_MS = 90_000;

const root = join(import.meta.dirname, "../..");
const work = mkdtempSync(join(tmpdir(), "reflet-pack-"));
const prefix = join(work, "global");
const elsewhere = mkdtempSync(join(tmpdir(), "reflet-elsewhere-"));
const npmEnv = {
  ...process.env,
  npm_config_fund: "false",
  npm_config_audit: "false",
  npm_config_update_notifier: "false",
};

beforeAll(() => {
  // dist/ is built by pretest; --ignore-scripts keeps pack from rebuilding it under running tests.
  const out = execFileSync(
    "npm",
    ["pack", "--ignore-scripts", "--pack-destination", work, "--json"],
    {
      cwd: root,
      env: npmEnv,
      encoding: "utf8",
      timeout: SAFETY_MS,
    },
  );
  const tarball = join(work, JSON.parse(out)[0].filename);
  execFileSync("npm", ["install", "--global", "--offline", "--prefix", prefix, tarball], {
    env: npmEnv,
    stdio: "ignore",
    timeout: SAFETY_MS,
  });
}, 3 * SAFETY_MS);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
});

const reflet = (args: string[]) =>
  spawnSync(join(prefix, "bin", "reflet"), args, {
    cwd: elsewhere,
    encoding: "utf8",
    timeout: SAFETY_MS,
    env: { ...process.env, REFLET_HOME: join(work, "home"), NO_COLOR: "1", REFLET_LANG: "en" },
  });

describe("the packed tarball, installed globally", () => {
  it("prints its version from another folder", () => {
    const r = reflet(["--version"]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("lists every built-in questionnaire from another folder", () => {
    const ids = readdirSync(join(root, "questionnaires"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => declaredId(join(root, "questionnaires", f)));
    const r = reflet(["list", "--json"]);
    expect(r.status).toBe(0);
    const listed = JSON.parse(r.stdout).questionnaires.map((q: { id: string }) => q.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(listed).toEqual(expect.arrayContaining(ids));
  });
});
