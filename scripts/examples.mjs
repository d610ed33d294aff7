// The golden profiles of docs/examples/: for each answer sheet NAME.yaml of a questionnaire's
// folder, NAME.fr.md and NAME.en.md hold what `reflet score ID --answers NAME.yaml --lang
// fr|en --format markdown` prints. `npm run examples` rewrites them from the built binary;
// `node scripts/examples.mjs --check` writes nothing, names the stale ones and exits 1.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const root = join(import.meta.dirname, "..");
const examples = join(root, "docs/examples");
const check = process.argv.includes("--check");
const LANGS = ["fr", "en"];
// A home of its own: nothing of the user's history or settings reaches the goldens.
const home = mkdtempSync(join(tmpdir(), "reflet-examples-"));

async function profile(id, sheet, lang) {
  const args = [join(root, "bin/reflet.cjs"), "score", id, "--answers", sheet, "--lang", lang];
  const env = { PATH: process.env.PATH, NO_COLOR: "1", REFLET_HOME: home };
  try {
    const r = await run(process.execPath, [...args, "--format", "markdown"], { cwd: root, env });
    return r.stdout;
  } catch (e) {
    throw new Error(`${sheet}: reflet score failed\n${e.stderr ?? e.message}`);
  }
}

const run = promisify(execFile);
const jobs = [];
for (const id of readdirSync(examples).sort()) {
  const dir = join(examples, id);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort())
    for (const lang of LANGS)
      jobs.push({
        id,
        sheet: join(dir, file),
        golden: join(dir, file.replace(/\.yaml$/, `.${lang}.md`)),
        lang,
      });
}

// A few at a time: each is a process start, mostly CPU.
const stale = [];
const queue = [...jobs];
async function worker() {
  for (let job = queue.shift(); job; job = queue.shift()) {
    const text = await profile(job.id, job.sheet, job.lang);
    if (existsSync(job.golden) && readFileSync(job.golden, "utf8") === text) continue;
    stale.push(job.golden.slice(root.length + 1));
    if (!check) writeFileSync(job.golden, text);
  }
}
await Promise.all([worker(), worker(), worker()]);
stale.sort();
const count = jobs.length;
rmSync(home, { recursive: true, force: true });
if (check && stale.length > 0) {
  console.error(`stale golden profiles (npm run examples rewrites them):\n${stale.join("\n")}`);
  process.exit(1);
}
console.log(`${count} golden profiles, ${stale.length} ${check ? "stale" : "rewritten"}`);
