// Loaded before reflet (--import): notes, in order, each V8 flag the run sets and the moment
// the YAML reader first starts (a full check under way: see libraries-watch.mjs), and writes
// them to REFLET_TEST_FLAGS_FILE at exit.
import { writeFileSync } from "node:fs";
import v8 from "node:v8";

const events = [];
const setFlags = v8.setFlagsFromString;
v8.setFlagsFromString = (flags) => {
  events.push(flags);
  setFlags(flags);
};
const symbolFor = Symbol.for;
Symbol.for = (key) => {
  if (String(key).startsWith("yaml.") && !events.includes("yaml")) events.push("yaml");
  return symbolFor(key);
};
process.on("exit", () => {
  writeFileSync(process.env.REFLET_TEST_FLAGS_FILE, events.join("\n"));
});
