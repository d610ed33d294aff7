// Renders the comparison page (`reflet compare --summary impact.html`) in a real browser,
// headless, to PNG files a developer looks at: docs/compare.md, "Checking the page in a
// browser", says what to look for. Needs Chromium (CHROMIUM=/path, else chromium,
// chromium-browser or google-chrome on the PATH) and a build (node scripts/build.mjs).
// Not part of the tests: CI has no browser.
//
//   node scripts/browser-check.mjs [OUT_DIR]
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = join(import.meta.dirname, "..");
const out = resolve(process.argv[2] ?? mkdtempSync(join(tmpdir(), "reflet-browser-")));
mkdirSync(out, { recursive: true });
const fixtures = join(root, "tests", "fixtures", "compare");

const browser = [process.env.CHROMIUM, "chromium", "chromium-browser", "google-chrome"]
  .filter(Boolean)
  .find((b) => spawnSync(b, ["--version"], { stdio: "ignore" }).status === 0);
if (!browser) {
  console.error("no Chromium found: install it (apt-get install chromium) or set CHROMIUM=/path");
  process.exit(2);
}

// Two waves of one team, as a coach scores them: one key, pseudonyms, then the comparison.
const env = { ...process.env, REFLET_HOME: join(out, "home"), NO_COLOR: "1" };
const reflet = (...args) =>
  execFileSync(process.execPath, [join(root, "bin", "reflet.cjs"), ...args], {
    cwd: out,
    env,
    stdio: ["ignore", "ignore", "inherit"],
  });
for (const [file, wave] of [
  ["reclamations-mars.csv", "before.jsonl"],
  ["reclamations-avril.csv", "after.jsonl"],
])
  reflet(
    "batch",
    "reclamations",
    join(fixtures, file),
    "--id-column",
    "Adresse e-mail",
    "--pseudonymize",
    "--output",
    wave,
    "--force",
  );

const shots = [];
for (const lang of ["fr", "en"]) {
  const page = `impact.${lang}.html`;
  reflet("compare", "before.jsonl", "after.jsonl", "--summary", page, "--lang", lang, "--force");
  // A wide screen and a phone: the table must fit or scroll, never be cut.
  for (const [name, size] of [
    ["wide", "1200,2400"],
    ["phone", "420,2400"],
  ]) {
    const png = join(out, `impact.${lang}.${name}.png`);
    const r = spawnSync(
      browser,
      [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        `--screenshot=${png}`,
        `--window-size=${size}`,
        `file://${join(out, page)}`,
      ],
      { stdio: "ignore", timeout: 120_000 },
    );
    if (r.status !== 0) {
      console.error(`${browser} could not render ${page} (exit ${r.status})`);
      process.exit(1);
    }
    shots.push(png);
  }
}
console.log(shots.join("\n"));
