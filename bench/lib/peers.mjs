// The tools a data-savvy coach would use instead of `reflet batch`: pandas (a Python with it)
// and DuckDB (its npm package, a bench-only devDependency). Each is found or skipped with a
// reason; each runs as its own process, writing its results and summary files.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** A Python that has pandas: REFLET_BENCH_PYTHON, python3, or Debian's own. */
export function findPandas() {
  const candidates = [process.env.REFLET_BENCH_PYTHON, "python3", "/usr/bin/python3"].filter(
    Boolean,
  );
  for (const python of candidates) {
    const r = spawnSync(python, ["-c", "import pandas"], { stdio: "ignore" });
    if (r.status === 0) return python;
  }
  return null;
}

/** True when @duckdb/node-api loads here (installed, and its native binding runs on this Node). */
export function hasDuckdb(root) {
  const r = spawnSync(process.execPath, ["-e", "import('@duckdb/node-api').then(() => {})"], {
    cwd: root,
    stdio: "ignore",
  });
  return r.status === 0;
}

export const SKIPPED = {
  pandas: "pandas is not installed (apt-get install python3-pandas, or set REFLET_BENCH_PYTHON)",
  duckdb:
    "@duckdb/node-api could not be loaded here (npm install --include=dev; its prebuilt binding covers Linux, macOS and Windows on x64 and arm64)",
};

/**
 * The peers found on this machine: { name, label, command(format, key, csv, out, summary) }
 * giving the file and arguments to run, and the reasons of those skipped.
 */
export function findPeers(root) {
  const peers = [];
  const skipped = {};
  const python = findPandas();
  if (python) {
    peers.push({
      name: "pandas",
      label: "pandas",
      command: (format, ...files) => [
        python,
        [join(root, "bench", "peers", `pandas_${format}.py`), ...files],
      ],
    });
  } else skipped.pandas = SKIPPED.pandas;
  if (hasDuckdb(root)) {
    peers.push({
      name: "duckdb",
      label: "DuckDB",
      command: (format, ...files) => [
        process.execPath,
        [join(root, "bench", "peers", "duckdb.mjs"), format, ...files],
      ],
    });
  } else skipped.duckdb = SKIPPED.duckdb;
  return { peers, skipped };
}
