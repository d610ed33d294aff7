// The command that starts reflet as the person can type it, for the hints reflet prints
// (« To resume: reflet run … »). After `npm install` in a checkout there is no `reflet` on
// the PATH, only `npx reflet`; after a global install or `npm link` there is. Decided here
// only, once per process.
import { accessSync, constants } from "node:fs";
import { delimiter, join, sep } from "node:path";

/** npm and npx add these to the PATH of what they start: they say nothing of the person's shell. */
const addedByNpm = (dir: string) =>
  dir.split(/[\\/]/).join(sep).endsWith(join("node_modules", ".bin")) || dir.includes("_npx");

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a `reflet` command is on the PATH the person's shell searches. */
export function onPath(env: NodeJS.ProcessEnv, platform = process.platform): boolean {
  const names = platform === "win32" ? ["reflet.cmd", "reflet.exe"] : ["reflet"];
  const dirs = (env.PATH ?? env.Path ?? "").split(delimiter).filter((d) => d && !addedByNpm(d));
  return dirs.some((dir) => names.some((name) => executable(join(dir, name))));
}

const decided = new Map<string | undefined, string>();

/** `reflet`, or `npx reflet` when no `reflet` command is installed: the start of every hint. */
export function invocation(env: NodeJS.ProcessEnv): string {
  const path = env.PATH ?? env.Path;
  let command = decided.get(path);
  if (command === undefined) {
    command = onPath(env) ? "reflet" : "npx reflet";
    decided.set(path, command);
  }
  return command;
}
