// One ESM bundle for start-up, split so that commands' heavy modules load only when used.
import { build } from "esbuild";

await build({
  entryPoints: { main: "src/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20.17",
  minify: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  banner: {
    // Some bundled CommonJS packages call require(); give them one.
    js: "import { createRequire as __reflet_cr } from 'node:module'; const require = __reflet_cr(import.meta.url);",
  },
});
