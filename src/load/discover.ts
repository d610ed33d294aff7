// Where questionnaires are found: --dir folders, REFLET_PATH, ./questionnaires, then the built-in ones.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { readHead } from "./read.ts";

/** The package's own folder, from the bundle (dist/) or from the sources (src/load/). */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const pkg = join(dir, "package.json");
    if (existsSync(pkg) && /"name":\s*"reflet"/.test(readFileSync(pkg, "utf8"))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), "..");
}

export const builtinDir = (): string => join(packageRoot(), "questionnaires");

export interface SearchPlace {
  dir: string;
  origin: "dir" | "env" | "cwd" | "builtin";
}

export function searchPlaces(
  dirs: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): SearchPlace[] {
  const places: SearchPlace[] = [
    ...dirs.map((d) => ({ dir: resolve(cwd, d), origin: "dir" as const })),
    ...(env.REFLET_PATH ?? "")
      .split(delimiter)
      .filter(Boolean)
      .map((d) => ({ dir: resolve(cwd, d), origin: "env" as const })),
    { dir: resolve(cwd, "questionnaires"), origin: "cwd" },
    { dir: builtinDir(), origin: "builtin" },
  ];
  const seen = new Set<string>();
  return places.filter((p) => !seen.has(p.dir) && seen.add(p.dir));
}

export const isYamlFile = (name: string): boolean => /\.ya?ml$/i.test(name);

export function yamlFilesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter(isYamlFile)
      .sort()
      .map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** The id declared at the top of a questionnaire file, read without parsing the whole file. */
export function declaredId(file: string): string | undefined {
  const head = readHead(file, 4096);
  return head === undefined
    ? undefined
    : /^id:\s*["']?([^"'\n#]+?)["']?\s*(#.*)?$/m.exec(head)?.[1];
}

/** Ids of the questionnaires found in `places`, each once, sorted; read from the top of files. */
export function idsFound(places: readonly SearchPlace[]): string[] {
  const ids = new Set<string>();
  for (const { dir } of places)
    for (const file of yamlFilesIn(dir)) {
      const id = declaredId(file);
      if (id && /^[\w.-]+$/.test(id)) ids.add(id);
    }
  return [...ids].sort();
}

/** A reference that names a file rather than an id. */
export function looksLikePath(ref: string): boolean {
  return ref.includes("/") || ref.includes("\\") || isYamlFile(ref);
}

/** The file of questionnaire `ref` (an id or a path), or undefined. `<id>.yaml` is tried before a scan. */
export function findQuestionnaire(
  ref: string,
  places: readonly SearchPlace[],
  cwd: string,
): string | undefined {
  if (looksLikePath(ref)) {
    const path = resolve(cwd, ref);
    return existsSync(path) ? path : undefined;
  }
  for (const { dir } of places) {
    for (const ext of [".yaml", ".yml"]) {
      const direct = join(dir, ref + ext);
      if (existsSync(direct) && declaredId(direct) === ref) return direct;
    }
  }
  for (const { dir } of places) {
    for (const file of yamlFilesIn(dir)) if (declaredId(file) === ref) return file;
  }
  return undefined;
}
