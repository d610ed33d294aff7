// In-process benchmarks import reflet's TypeScript sources: each entry in bench/entries/ is
// bundled with esbuild into bench/data/build/ and imported from there.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/** Bundles bench/entries/NAME.ts and gives the file written. */
export async function bundleEntry(root, name) {
  const outfile = join(root, "bench", "data", "build", `${name}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [join(root, "bench", "entries", `${name}.ts`)],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20.17",
    logLevel: "warning",
    banner: {
      js: "import { createRequire as __bench_cr } from 'node:module'; const require = __bench_cr(import.meta.url);",
    },
  });
  return outfile;
}

export async function importEntry(root, name) {
  return import(pathToFileURL(await bundleEntry(root, name)).href);
}
