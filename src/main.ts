// Entry point of the bundle. `--version` answers before anything else is loaded.
import pkg from "../package.json" with { type: "json" };

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${pkg.version}\n`);
} else {
  const { runCli, processIo } = await import("./cli/run.ts");
  process.exitCode = await runCli(args, processIo());
}
