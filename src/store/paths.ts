// Where personal data lives: REFLET_HOME, else the platform's data folder (XDG on Linux,
// env-paths elsewhere). Never the current folder: a relative XDG_DATA_HOME or an empty
// HOME would scatter someone's results wherever they happen to stand.
import { homedir } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import envPaths from "env-paths";
import { StoreError } from "./errors.ts";

export interface DataPaths {
  dir: string;
  history: string;
  sessions: string;
  /** Commitments and their check-ins (commitments.ts). */
  commitments: string;
  /** The day a due check-in was last mentioned (reminder.ts). */
  reminded: string;
}

function platformDataDir(env: NodeJS.ProcessEnv): string | undefined {
  if (process.platform === "darwin" || process.platform === "win32") {
    const dir = envPaths("reflet", { suffix: "" }).data;
    return isAbsolute(dir) ? dir : undefined;
  }
  // Read from the given environment (env-paths reads the process's); the XDG spec says a
  // relative XDG_DATA_HOME is invalid and must be ignored.
  const xdg = env.XDG_DATA_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "reflet");
  const home = env.HOME ?? homedir();
  return home && isAbsolute(home) ? join(home, ".local", "share", "reflet") : undefined;
}

/** The data folder and its files; throws StoreError("no-home") when none is safe to use. */
export function dataPaths(env: NodeJS.ProcessEnv, cwd: string): DataPaths {
  const dir = env.REFLET_HOME ? resolve(cwd, env.REFLET_HOME) : platformDataDir(env);
  if (!dir) throw new StoreError("no-home", "");
  return {
    dir,
    history: join(dir, "history.jsonl"),
    sessions: join(dir, "sessions"),
    commitments: join(dir, "commitments.jsonl"),
    reminded: join(dir, "reminded.json"),
  };
}
