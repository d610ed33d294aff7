// Where a full check of questionnaires goes, stage by stage, in a fresh process (run as a
// script by bench/lib/startup.mjs): loading the checking code, then for all the files given,
// reading the YAML, the schema (its plan, src/model/plan.ts, as validate decides a valid file),
// the semantic checks (with compiling the model they look at) and validate's warnings.
// Milliseconds by the clock, each stage cold as validate meets it, with the V8 flags of a full
// check (src/io/v8-flags.ts).
import { readFileSync } from "node:fs";
import { withFullCheckFlags } from "../../src/io/v8-flags.ts";
import { textHash } from "../../src/load/text-hash.ts";

const clock = () => performance.now();
const files = process.argv.slice(2);
const took = await withFullCheckFlags(stages);
process.stdout.write(JSON.stringify(took));

async function stages() {
  const start = clock();
  const { parseYaml } = await import("../../src/load/yaml-library.ts");
  const { acceptor } = await import("../../src/model/plan.ts");
  const { QUESTIONNAIRE_PLAN } = await import("../../src/model/questionnaire-plan.ts");
  const { compile } = await import("../../src/model/compile.ts");
  const { semanticProblems } = await import("../../src/load/semantic/index.ts");
  const { semanticWarnings } = await import("../../src/load/semantic/warnings.ts");
  const accepts = acceptor(QUESTIONNAIRE_PLAN);
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
    if (!accepts(y.parsed.value)) throw new Error(`${file} does not match the schema`);
    lap("schema");
    const q = y.parsed.value as Parameters<typeof compile>[0];
    const model = compile(q, textHash(text), file);
    if (semanticProblems(q, y.parsed, file, "en", model).length > 0)
      throw new Error(`${file} has problems`);
    lap("semantic");
    semanticWarnings(q, y.parsed, file, "en", model);
    lap("warnings");
  }
  return took;
}
