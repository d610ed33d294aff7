// The start-up figures: `reflet --version`, `list`, `validate`, `score --format json`, each
// against `node -e 0` measured in the same rounds, and the first question of `reflet run`.

import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse } from "yaml";
import { bundleEntry } from "./bundle.mjs";
import { timeFirstQuestion } from "./pty-timing.mjs";
import { timeCommands } from "./spawn-timing.mjs";
import { profileShares } from "./startup-profile.mjs";
import { median } from "./stats.mjs";

/** The built-in questionnaires, and the one the single-questionnaire figures use. */
export function builtins(root) {
  const dir = join(root, "questionnaires");
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`no questionnaire in ${dir}`);
  const preferred = files.find((f) => f.endsWith("defauts-acceptables.yaml")) ?? files[0];
  return { files, main: parse(readFileSync(preferred, "utf8")) };
}

/** An answers file that answers every question of `q`: the middle of each scale, the first option. */
export function answersFor(q) {
  const answers = {};
  for (const item of q.items) {
    if (item.type === "likert") {
      const values = q.scales[item.scale].points.map((p) => p.value);
      answers[item.id] = values[Math.floor(values.length / 2)];
    } else if (item.type === "multi") answers[item.id] = [String(item.options[0].value)];
    else if (item.type === "best-worst")
      answers[item.id] = {
        best: String(item.options[0].value),
        worst: String(item.options[1].value),
      };
    else if (item.type !== "text") answers[item.id] = String(item.options[0].value);
  }
  return { questionnaire: q.id, participant: "bench", answers };
}

/** The first question's words as the terminal shows them (English, spaces collapsed). */
function firstQuestion(q) {
  const item = q.items[0];
  const text =
    typeof item.text === "string" ? item.text : (item.text.en ?? Object.values(item.text)[0]);
  return text.replace(/\s+/g, " ").trim().slice(0, 40);
}

async function firstQuestionTimes({ node, bin, env, main, runs, log, cwd }) {
  log(`first question: ${runs} rounds in a pseudo-terminal`);
  try {
    return await timeFirstQuestion({
      node,
      args: [bin, "run", main.id, "--no-save"],
      marker: firstQuestion(main),
      runs,
      options: { cwd, env: { ...env, NO_COLOR: "" } },
    });
  } catch (e) {
    return { error: e.message };
  }
}

/** Median milliseconds of each stage of a full check of `files`, each run in a fresh process. */
async function checkStages(root, files, runs) {
  const script = await bundleEntry(root, "check-stages");
  const all = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [script, ...files], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`check stages: ${r.stderr.trim().split("\n")[0]}`);
    all.push(JSON.parse(r.stdout));
  }
  return Object.fromEntries(Object.keys(all[0]).map((k) => [k, median(all.map((t) => t[k]))]));
}

/**
 * Copies of `files` in `home/name`, and `edit`, which changes the last line of the first
 * `edited` copies (all of them by default): those are checked in full at every run, the
 * others come from the cache after the first.
 */
function editedCopies(files, home, name, edited = files.length) {
  const dir = join(home, name);
  mkdirSync(dir);
  const copies = files.map((f) => ({ to: join(dir, basename(f)), text: readFileSync(f, "utf8") }));
  let edits = 0;
  const edit = () => {
    edits++;
    // Named by the set: the cache is keyed by content, and another set's edit is no edit here.
    for (const c of copies.slice(0, edited))
      writeFileSync(c.to, `${c.text}\n# ${name}, edit ${edits}\n`);
  };
  for (const c of copies) writeFileSync(c.to, c.text);
  edit();
  return { files: copies.map((c) => c.to), edit };
}

export async function measureStartup(root, { runs, log, pty = true }) {
  const { files, main } = builtins(root);
  const home = mkdtempSync(join(tmpdir(), "reflet-bench-"));
  try {
    const answers = join(home, "answers.json");
    const edited = editedCopies(files, home, "edited");
    const editedOne = editedCopies(files, home, "edited-one", 1);
    writeFileSync(answers, JSON.stringify(answersFor(main)));
    const env = { ...process.env, REFLET_HOME: home, NO_COLOR: "1", REFLET_LANG: "en" };
    const bin = join(root, "bin", "reflet.cjs");
    const node = process.execPath;
    const cmd = (label, args) => ({ label, file: node, args: [bin, ...args] });
    log(`start-up: ${runs} rounds of 7 commands`);
    const [bare, version, list, validate, score, validateAll, validateOne] = timeCommands(
      [
        { label: "node -e 0", file: node, args: ["-e", "0"] },
        cmd("reflet --version", ["--version"]),
        cmd("reflet list", ["list"]),
        cmd(`reflet validate questionnaires/*.yaml`, ["validate", ...files]),
        cmd(`reflet score ${main.id} --answers FILE --format json`, [
          "score",
          main.id,
          "--answers",
          answers,
          "--format",
          "json",
        ]),
        // Files just edited: copies whose last line changes before each run, so that validate
        // checks every one in full, every time, as it would after an edit (the code cache,
        // kept per command, is there as it would be).
        {
          ...cmd("reflet validate questionnaires/*.yaml, every file checked", [
            "validate",
            ...edited.files,
          ]),
          before: edited.edit,
        },
        // One file just edited, the others as they were: an author's usual validate.
        {
          ...cmd("reflet validate questionnaires/*.yaml, one file edited", [
            "validate",
            ...editedOne.files,
          ]),
          before: editedOne.edit,
        },
      ],
      runs,
      { cwd: root, env },
    );
    const profiled = Math.min(runs, 5);
    log(
      `where start-up goes: ${profiled} profiled runs of score and validate, ${profiled} staged checks`,
    );
    const where = {
      score: profileShares(
        [bin, "score", main.id, "--answers", answers, "--format", "json"],
        profiled,
        { cwd: root, env },
      ),
      validate: profileShares([bin, "validate", ...files], profiled, { cwd: root, env }),
      stages: await checkStages(root, files, profiled),
    };
    const run = pty
      ? await firstQuestionTimes({ node, bin, env, main, runs, log, cwd: root })
      : null;
    return {
      bare,
      version,
      list,
      validate,
      score,
      validateAll,
      validateOne,
      where,
      run,
      questionnaire: main.id,
      count: files.length,
    };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
