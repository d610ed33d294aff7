// The build: the entry and the program in dist/ (see below for why the program is one file).
// `node scripts/build.mjs --analyze` also prints what each output file holds, biggest first.
import { createHash } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { build } from "esbuild";
import { lazyBuiltins, lazyChalk, lazyEditor, quietChalk } from "./bundle-plugins.mjs";

const root = join(import.meta.dirname, "..");
const outdir = join(root, "dist");
const started = Date.now();
mkdirSync(outdir, { recursive: true });

/** A hash of everything the bundle is made of: what the questionnaire cache is keyed on. */
function buildId() {
  const hash = createHash("sha256");
  const files = readdirSync(join(root, "src"), { recursive: true }).map(String).sort();
  for (const file of files.filter((f) => f.endsWith(".ts"))) {
    hash.update(file).update(readFileSync(join(root, "src", file)));
  }
  for (const file of ["package.json", "package-lock.json"]) {
    try {
      hash.update(readFileSync(join(root, file)));
    } catch {
      // A copy without a lock file still gets an id from its sources.
    }
  }
  return hash.digest("hex").slice(0, 16);
}

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: "node",
  target: "node20.17",
  minify: true,
  sourcemap: "linked",
  legalComments: "none",
  logLevel: "warning",
  metafile: true,
  define: { __REFLET_BUILD__: JSON.stringify(buildId()) },
};

// Two files. main.cjs, the entry, answers --version and loads the program through the code
// cache (src/cli/code-cache.ts); reflet.cjs is the whole program in one CommonJS file: Node 20
// can keep compiled code only for such a script (vm.Script), and one file spares finding,
// reading and linking dozens of modules at every start. What a command does not use stays in
// functions that are never called (esbuild wraps each lazily imported module in one), so the
// YAML reader and zod are neither compiled nor run until a file needs a full check.
// Both are CommonJS. The entry too: an ES module as the first file makes Node load its ES module
// loader first (some 8 ms here), which nothing else in reflet needs. The program finds its own
// folder (src/load/discover.ts) from the file it is in: `import.meta.url` becomes the file's URL.
const commonJs = {
  ...shared,
  outdir,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  write: false,
  banner: { js: "const __reflet_url = require('node:url').pathToFileURL(__filename).href;" },
};
const fileUrl = { ...shared.define, "import.meta.url": "__reflet_url" };

const programBuild = await build({
  ...commonJs,
  entryPoints: { reflet: "src/cli/run.ts" },
  plugins: [lazyEditor(root), lazyBuiltins, lazyChalk(root), quietChalk],
  define: fileUrl,
});

// esbuild writes strings in ASCII but leaves regular expressions as written (« », •, é). One
// such character makes V8 hold the whole program as two bytes a character, decoded from UTF-8
// at every start; in ASCII it is read as it is (src/cli/code-cache.ts reads it as latin1). An
// escape means the same character in a regular expression, flags or not. Columns after it on
// its line shift in the source map, which only the few lines holding one see.
const toAscii = (text) =>
  text.replace(/[^ -~\t\n\r]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
// The program is one function expression, which src/cli/code-cache.ts compiles as a script and
// calls as Node would a CommonJS file; Node's loader (`--debug`, which wants the source maps
// only Node applies) finds `module` and calls it at once. Written here rather than added when
// loading, it spares V8 a copy of the whole program at every start (the two strings joined).
// Only the first line's columns shift in the source map: the banner's.
const CJS_PARAMS = "exports, require, module, __filename, __dirname";
const asFunction = (text) =>
  `((f) => typeof module === "object" ? f(${CJS_PARAMS}) : f)(function (${CJS_PARAMS}) {${text}\n})`;
const files = programBuild.outputFiles.map((f) => ({
  path: f.path,
  text: f.path.endsWith(".cjs") ? asFunction(toAscii(f.text)) : f.text,
}));
// The code cache is named by the program's own bytes: V8 checks only a script's length before
// running the code it kept, so a program changed by anything (sources, libraries, these
// options) must never meet the code of another.
const programText = files.find((f) => f.path.endsWith(".cjs"))?.text ?? "";
const programId = createHash("sha256").update(programText).digest("hex").slice(0, 16);

const mainBuild = await build({
  ...commonJs,
  entryPoints: { main: "src/main.ts" },
  plugins: [lazyBuiltins],
  define: { ...fileUrl, __REFLET_PROGRAM__: JSON.stringify(programId) },
});
files.push(...mainBuild.outputFiles.map((f) => ({ path: f.path, text: f.text })));

// Each file is written beside and renamed, the program before the entry that names its code:
// a reflet starting meanwhile reads whole files, and a new entry never meets an old program.
for (const { path, text } of files) {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}
const outputs = { ...programBuild.metafile.outputs, ...mainBuild.metafile.outputs };

// Files of earlier builds (chunks named by their content, before the program was one file)
// would pile up in dist/ and in the published package. Only those older than a minute go, so that a build running at
// the same moment (or a process still loading the previous one) keeps its files.
const produced = new Set(Object.keys(outputs).map((f) => join(root, f)));
for (const name of readdirSync(outdir)) {
  const file = join(outdir, name);
  if (!produced.has(file) && statSync(file).mtimeMs < started - 60_000) unlinkSync(file);
}

if (process.argv.includes("--analyze")) {
  const code = Object.entries(outputs).filter(([f]) => /\.c?js$/.test(f));
  for (const [file, out] of code.sort((a, b) => b[1].bytes - a[1].bytes)) {
    const parts = new Map();
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const name =
        /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ??
        input.split("/").slice(0, 2).join("/");
      parts.set(name, (parts.get(name) ?? 0) + bytesInOutput);
    }
    const top = [...parts].sort((a, b) => b[1] - a[1]).slice(0, +(process.env.ANALYZE_TOP ?? 5));
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    console.log(
      `${relative(root, file).padEnd(28)} ${kb(out.bytes).padStart(9)}  ${out.entryPoint ?? ""}`,
    );
    console.log(`    ${top.map(([k, v]) => `${k} ${kb(v)}`).join(", ")}`);
  }
}
