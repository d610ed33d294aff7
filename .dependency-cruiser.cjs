// The layers of src/ and the directions imports may take between them, checked by
// `npm run lint` (README.md, "Source layout", says what each layer is for). A folder may import
// itself and the folders listed for it, nothing else: every arrow points down.
const below = {
  core: [],
  term: [],
  csv: [],
  xlsx: [],
  stats: [],
  model: ["core"],
  i18n: ["model"],
  engine: ["core", "model", "i18n"],
  simulate: ["core", "model", "i18n", "engine"],
  io: ["i18n", "term"],
  store: ["core", "model", "i18n", "term", "engine", "io"],
  load: ["core", "model", "i18n", "term", "csv", "engine", "io", "store"],
  ask: ["core", "model", "i18n", "term", "engine", "io"],
  render: ["core", "model", "i18n", "term", "csv", "stats", "engine", "simulate", "io", "store"],
  batch: [
    "core",
    "model",
    "i18n",
    "term",
    "csv",
    "xlsx",
    "stats",
    "engine",
    "simulate",
    "io",
    "store",
    "load",
    "render",
  ],
};
// Comparing waves and norms read batch results and render with the batch summary's helpers.
below.compare = [...below.batch, "batch", "stats"];
below.norms = [...below.compare, "compare"];
const all = Object.keys(below);

// src/cli holds two things: the contract commands are written against (exit codes, the command
// type and the shell's messages), below the commands, and the shell that builds the program and
// is the one error boundary, above them, with the code cache the entry loads the program through
// and the version the entry answers by itself.
const contract = "^src/cli/(exit|command|options|shared-options|messages|debug)\\.ts$";
const shell = "^src/cli/(commands|program|run|code-cache|version)\\.ts$";

const lazyOrTypes = ["type-only", "dynamic-import"];

const folder = (names) => `^src/(${names.join("|")})/`;

module.exports = {
  allowed: [
    // Node's own modules and the packages in package.json.
    { from: {}, to: { dependencyTypesNot: ["local"] } },
    ...Object.entries(below).map(([name, targets]) => ({
      from: { path: folder([name]) },
      to: { path: folder([name, ...targets]) },
    })),
    { from: { path: contract }, to: { path: [contract, folder(["io", "i18n", "term"])] } },
    { from: { path: "^src/commands/" }, to: { path: [folder([...all, "commands"]), contract] } },
    // Completion reads the program itself to know every command and option.
    { from: { path: "^src/commands/completion/" }, to: { path: "^src/cli/program\\.ts$" } },
    {
      from: { path: shell },
      to: { path: [folder([...all, "commands", "cli"]), "^package\\.json$"] },
    },
    {
      from: { path: "^src/main\\.ts$" },
      to: { path: ["^src/cli/(run|debug|code-cache|version)\\.ts$", "^package\\.json$"] },
    },
  ],
  allowedSeverity: "error",
  forbidden: [
    {
      // A cycle through a type import (erased by the build) or through a lazy import (a command
      // or a schema loaded only when used) cannot load a module half-made; completion reads the
      // program that lists it.
      name: "no-cycle",
      comment: "No module may import itself through others at load time.",
      severity: "error",
      from: { pathNot: "^src/commands/completion/" },
      to: {
        circular: true,
        dependencyTypesNot: lazyOrTypes,
        viaOnly: { pathNot: "^src/commands/completion/", dependencyTypesNot: lazyOrTypes },
      },
    },
    {
      name: "no-unresolvable",
      comment: "An import that resolves to nothing is a typo or a file that moved.",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    combinedDependencies: false,
  },
};
