// Preloaded with `node --import` by the security tests: records the peak memory of the process.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  writeFileSync(process.env.REFLET_TEST_RSS_FILE, String(process.resourceUsage().maxRSS));
});
