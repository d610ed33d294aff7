// Whether a developer asked for details on internal errors: `--debug`, or REFLET_DEBUG=1 for
// a run whose command line cannot be changed. Read by main.ts (to turn source maps on before
// the rest of the bundle loads) and by the error boundary (to print the stack).
export const debugRequested = (args: readonly string[], env: NodeJS.ProcessEnv): boolean =>
  args.includes("--debug") || env.REFLET_DEBUG === "1";
