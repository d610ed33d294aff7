// Bundles a child program of the security tests into one file that node runs directly.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { tempDir } from "../helpers.ts";

export async function bundleChild(name: string): Promise<string> {
  const outfile = join(tempDir("reflet-child-"), `${name}.mjs`);
  await build({
    entryPoints: [fileURLToPath(new URL(`./${name}.ts`, import.meta.url))],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    logLevel: "warning",
  });
  return outfile;
}
