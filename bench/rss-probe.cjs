// Preloaded into a measured process (NODE_OPTIONS=--require): records its peak resident
// memory, in kilobytes, in the file named by REFLET_BENCH_RSS_FILE when it exits.
const { writeFileSync } = require("node:fs");

const file = process.env.REFLET_BENCH_RSS_FILE;
if (file) process.on("exit", () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
