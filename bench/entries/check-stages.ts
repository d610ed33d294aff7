// Where a full check of questionnaires goes, stage by stage, in a fresh process (run as a
// script by bench/lib/startup.mjs): loading the checking code, then for all the files given,
// reading the YAML, the schema, the semantic checks and validate's warnings. Milliseconds
// by the clock, each stage cold as validate meets it.
import { readFileSync } from "node:fs";

const clock = () => performance.now();
const files = process.argv.slice(2);
const start = clock();
const { parseYaml } = await import("../../src/load/yaml.ts");
const { Questionnaire } = await import("../../src/model/schema.ts");
const { semanticProblems } = await import("../../src/load/semantic/index.ts");
const { semanticWarnings } = await import("../../src/load/semantic/warnings.ts");
const took = { load: clock() - start, yaml: 0, schema: 0, semantic: 0, warnings: 0 };
for (const file of files) {
  const text = readFileSync(file, "utf8");
  let at = clock();
  const lap = (stage: keyof typeof took) => {
    const now = clock();
    took[stage] += now - at;
    at = now;
  };
  const y = parseYaml(text, file, "en");
  lap("yaml");
  if (!y.ok) throw new Error(`${file} does not read`);
  const parsed = Questionnaire.safeParse(y.parsed.value, { jitless: true });
  lap("schema");
  if (!parsed.success) throw new Error(`${file} does not match the schema`);
  semanticProblems(parsed.data, y.parsed, file, "en");
  lap("semantic");
  semanticWarnings(parsed.data, y.parsed, file, "en");
  lap("warnings");
}
process.stdout.write(JSON.stringify(took));
