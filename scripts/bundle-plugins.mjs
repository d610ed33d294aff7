// esbuild plugins of the program's bundle (scripts/build.mjs): each keeps out of a start what the
// command run does not need. Loading one of Node's own modules, or running a library's set-up,
// costs milliseconds at every start here (node:crypto some 7 ms, node:child_process 6, node:v8 5).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

// @inquirer/prompts loads every prompt, the editor's with some 500 kB of text encodings
// (iconv-lite) among them, before the first question. reflet's sources import the prompts
// from @inquirer/prompts; the bundle takes the few it uses from their own packages instead
// (the editor for free text is reflet's own, src/ask/editor.ts).
export function lazyEditor(root) {
  const promptsDir = dirname(require.resolve("@inquirer/prompts/package.json"));
  return {
    name: "lazy-inquirer-editor",
    setup(b) {
      b.onResolve({ filter: /^@inquirer\/prompts$/ }, (args) =>
        args.importer.startsWith(join(root, "src"))
          ? { path: "prompts", namespace: "reflet" }
          : undefined,
      );
      b.onLoad({ filter: /^prompts$/, namespace: "reflet" }, () => ({
        resolveDir: promptsDir,
        contents: [
          'export { default as checkbox, Separator } from "@inquirer/checkbox";',
          'export { default as input } from "@inquirer/input";',
          'export { default as select } from "@inquirer/select";',
        ].join("\n"),
      }));
    },
  };
}

/** Node's modules loaded when one of their functions is first called, not when the program starts. */
export const LAZY_BUILTINS = ["crypto", "child_process", "v8", "fs/promises", "tty"];

// Every module of the program is set up at each start, whatever the command, and with it each
// `require("node:crypto")` it holds; commander requires node:child_process for subcommands reflet
// does not have. Imported from any file, each module above is replaced by one whose functions
// load the real module on their first call. Only functions are offered: a file importing anything
// else from these modules (a class to extend, `constants`) fails the build, and must then take
// that module off the list.
export const lazyBuiltins = {
  name: "lazy-node-builtins",
  setup(b) {
    const pattern = new RegExp(`^(node:)?(${LAZY_BUILTINS.join("|")})$`);
    b.onResolve({ filter: pattern }, (args) =>
      args.namespace === "lazy-builtin"
        ? { path: args.path, external: true }
        : { path: args.path.replace(/^node:/, ""), namespace: "lazy-builtin" },
    );
    b.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, ({ path }) => {
      const real = require(`node:${path}`);
      const names = Object.keys(real).filter((k) => typeof real[k] === "function");
      return {
        loader: "js",
        contents: [
          `let real;`,
          `const load = () => (real ??= require("node:${path}"));`,
          ...names.map(
            (n) => `export function ${n}(...args) { return load().${n}.apply(this, args); }`,
          ),
        ].join("\n"),
      };
    });
  },
};

// chalk builds all its styles when its module is set up, which every module of the program is at
// each start. src/term/colour.ts imports it only to colour a terminal, and does without it
// otherwise: the bundle gives it a Chalk that sets chalk up on its first use.
export function lazyChalk(root) {
  const colour = join(root, "src", "term", "colour.ts");
  return {
    name: "lazy-chalk",
    setup(b) {
      b.onResolve({ filter: /^chalk$/ }, (args) =>
        args.importer === colour ? { path: "chalk", namespace: "lazy-chalk" } : undefined,
      );
      b.onLoad({ filter: /.*/, namespace: "lazy-chalk" }, () => ({
        resolveDir: dirname(colour),
        contents:
          'export function Chalk(options) { return new (require("chalk").Chalk)(options); }',
      }));
    },
  };
}

// chalk asks node:tty (which loads node:net) and node:os whether the terminal has colours, as
// soon as it is imported. reflet never uses that answer: it decides colour itself
// (src/term/colour.ts) and gives chalk the level. chalk's question is answered "none" instead.
export const quietChalk = {
  name: "chalk-without-detection",
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes(`${join("node_modules", "chalk")}`)
        ? { path: "supports-color", namespace: "reflet" }
        : undefined,
    );
    b.onLoad({ filter: /^supports-color$/, namespace: "reflet" }, () => ({
      contents: "export default { stdout: false, stderr: false };",
    }));
  },
};
