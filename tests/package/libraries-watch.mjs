// Loaded before reflet (--import): notes which of the YAML reader and zod started, and writes
// them to REFLET_TEST_LIBRARIES_FILE at exit. Both leave a trace as their code first runs:
// the YAML reader asks for its Symbol.for("yaml.…") keys, zod sets its global configuration.
import { writeFileSync } from "node:fs";

const started = new Set();
const symbolFor = Symbol.for;
Symbol.for = (key) => {
  if (String(key).startsWith("yaml.")) started.add("yaml");
  return symbolFor(key);
};
for (const name of ["__zod_globalConfig", "__zod_globalRegistry"]) {
  let value;
  Object.defineProperty(globalThis, name, {
    configurable: true,
    get: () => {
      started.add("zod");
      return value;
    },
    set: (v) => {
      started.add("zod");
      value = v;
    },
  });
}
process.on("exit", () => {
  writeFileSync(process.env.REFLET_TEST_LIBRARIES_FILE, [...started].sort().join("\n"));
});
