// The benchmark's data, generated on demand in bench/data/ (git-ignored) and reused while the
// generator and its seed are unchanged: the version and seed are part of every file name.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeRespondentsCsv } from "./csv-gen.mjs";
import { ipipKey, ipipYaml } from "./ipip.mjs";

const GENERATOR = "v1";
export const SEED = 20_240_601;

export function dataDir(root) {
  const dir = join(root, "bench", "data");
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** The questionnaire (YAML, for reflet) and its key (JSON, for the pandas script). */
export function instrument(root) {
  const dir = dataDir(root);
  const yaml = join(dir, "ipip-bench.yaml");
  const keyFile = join(dir, "ipip-bench.key.json");
  const key = ipipKey();
  writeFileSync(yaml, ipipYaml());
  writeFileSync(keyFile, `${JSON.stringify(key)}\n`);
  return { yaml, keyFile, key };
}

/** The CSV of `count` respondents, generated unless already there. */
export function respondents(root, key, count, log) {
  const file = join(dataDir(root), `respondents-${GENERATOR}-s${SEED}-${count}.csv`);
  if (!existsSync(file)) {
    log(`generating ${count.toLocaleString("en")} respondents → ${file}`);
    writeRespondentsCsv(file, key, count, SEED + count);
  }
  return file;
}
