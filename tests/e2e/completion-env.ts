// What the completion tests share: a `reflet` command on the PATH (the scripts call it by
// name), one result of desk in the history, and an empty folder to complete in (so that the
// file names the scripts also offer are none).
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { score } from "../../src/engine/score.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { BIN, baseEnv, freshHome, ROOT } from "./terminal.ts";

export interface CompletionPlace {
  env: Record<string, string>;
  /** An empty folder: no file name is offered beside the ids. */
  cwd: string;
}

export function completionPlace(): CompletionPlace {
  const top = mkdtempSync(join(tmpdir(), "reflet-completion-"));
  const bin = join(top, "bin");
  const cwd = join(top, "empty");
  mkdirSync(bin);
  mkdirSync(cwd);
  writeFileSync(join(bin, "reflet"), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, "reflet"), 0o755);
  const home = freshHome();
  const env = baseEnv(home, {
    PATH: `${bin}:/usr/bin:/bin`,
    // The shells' own start-up files are kept out: HOME is a folder of the test's.
    HOME: top,
    REFLET_PATH: join(ROOT, "tests/fixtures/interactive"),
  });
  const model = loadDesk();
  const answers = { c1: 3, c2: 1, c3: 3, s1: "listen", l1: "wait", l2: ["nod"] };
  appendEntry(
    dataPaths({ REFLET_HOME: home }, "/"),
    makeEntry({
      model,
      answers,
      result: score(model, answers),
      userLang: "en",
      id: "e1",
      date: new Date("2026-01-05T10:00:00Z"),
    }),
  );
  return { env, cwd };
}
