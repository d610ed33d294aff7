// The data folder through the built binary: a link, a folder open to others or a folder of
// another user is refused in one line with exit 2, reading as well as writing, and what a
// link points to is left untouched; a damaged history entry is skipped with one warning.
import {
  appendFileSync,
  chmodSync,
  chownSync,
  mkdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { runCli } from "../cli/in-process.ts";
import { folderWith, mini, tempDir } from "./helpers.ts";

const isRoot = process.getuid?.() === 0;
const desk = loadDesk();
const answers = "questionnaire: mini\nparticipant: alice\nanswers: {c1: 5, c2: 1, c3: 5, s1: a}\n";

/** A data folder holding two results of desk, each with a note. */
function seeded(): string {
  const home = tempDir("reflet-home-");
  const paths = dataPaths({ REFLET_HOME: home }, "/");
  for (const [i, note] of ["First.", "Second."].entries()) {
    const given = { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod"], note };
    appendEntry(
      paths,
      makeEntry({
        model: desk,
        result: score(desk, given),
        answers: given,
        userLang: "en",
        id: `e${i}`,
        date: new Date(Date.UTC(2025, 2, 2 + i)),
      }),
    );
  }
  return home;
}

/** A file outside the data folder, and a check that it is exactly as it was. */
function outside(): { file: string; untouched: () => void } {
  const file = join(tempDir(), "precious.txt");
  writeFileSync(file, "precious\n");
  chmodSync(file, 0o644);
  return {
    file,
    untouched: () => {
      expect(readFileSync(file, "utf8")).toBe("precious\n");
      expect(statSync(file).mode & 0o777).toBe(0o644);
    },
  };
}

const oneLine = (stderr: string) => stderr.trimEnd().split("\n");

describe.runIf(process.platform !== "win32")("links in the data folder", () => {
  it("history and journal refuse a history.jsonl that is a link, in one line, exit 2", async () => {
    const home = tempDir("reflet-home-");
    const t = outside();
    symlinkSync(t.file, join(home, "history.jsonl"));
    for (const command of [["history"], ["journal"], ["history", "forget", "desk", "--yes"]]) {
      const r = await runCli(command, { env: { REFLET_HOME: home } });
      expect(r.code).toBe(2);
      expect(oneLine(r.stderr)).toEqual([
        `reflet: ${join(home, "history.jsonl")}: is a symbolic link, and reflet follows none inside its data folder (put the file itself there, or remove the link)`,
      ]);
      expect(r.stdout).toBe("");
    }
    t.untouched();
  });

  it("batch --pseudonymize refuses a key that is a link, and the key's target is untouched", async () => {
    const home = tempDir("reflet-home-");
    const t = outside();
    symlinkSync(t.file, join(home, "pseudonym.key"));
    const cwd = folderWith({ "mini.yaml": mini, "a.yaml": answers });
    const r = await runCli(["batch", "mini.yaml", "a.yaml", "--pseudonymize"], {
      cwd,
      env: { REFLET_HOME: home },
    });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain("pseudonym.key: is a symbolic link");
    t.untouched();
  });

  it("a REFLET_HOME that is itself a link is followed: the folder it names is used", async () => {
    const home = seeded();
    const link = join(tempDir(), "home-link");
    symlinkSync(home, link);
    const r = await runCli(["history", "--json"], { env: { REFLET_HOME: link } });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).entries).toHaveLength(2);
  });
});

describe.runIf(process.platform !== "win32")("a data folder that is not the user's alone", () => {
  it("a folder others can write in (0777) is refused, saying what to do", async () => {
    const home = seeded();
    chmodSync(home, 0o777);
    const r = await runCli(["history"], { env: { REFLET_HOME: home } });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      `reflet: ${home}: other users can write in this folder (chmod 700 it, or set REFLET_HOME to a folder of your own)`,
    ]);
    expect(r.stdout).toBe("");
  });

  it.runIf(isRoot)("a folder of another user is refused, in English and French", async () => {
    const home = seeded();
    chownSync(home, 65534, 65534);
    const r = await runCli(["journal"], { env: { REFLET_HOME: home } });
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toEqual([
      `reflet: ${home}: belongs to another user (set REFLET_HOME to a folder of your own)`,
    ]);
    const fr = await runCli(["history", "--lang", "fr"], { env: { REFLET_HOME: home } });
    expect(oneLine(fr.stderr)).toEqual([
      `reflet : ${home} : appartient à un autre utilisateur (indiquez dans REFLET_HOME un dossier à vous)`,
    ]);
  });

  it.runIf(isRoot)("a sessions folder of another user is refused by history forget", async () => {
    const home = seeded();
    mkdirSync(join(home, "sessions"), { mode: 0o700 });
    chownSync(join(home, "sessions"), 65534, 65534);
    const r = await runCli(["history", "forget", "--all", "--yes"], { env: { REFLET_HOME: home } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("sessions: belongs to another user");
    expect(statSync(join(home, "history.jsonl")).isFile()).toBe(true);
  });
});

describe("a damaged nested history entry", () => {
  /** A line whose top level is an entry's but whose result holds the wrong types. */
  function damage(home: string): void {
    const file = join(home, "history.jsonl");
    const good = JSON.parse(readFileSync(file, "utf8").split("\n")[0] as string);
    good.id = "bad";
    good.result.dimensions = [{ id: 3, facets: "none", percent: "x" }];
    const note = { ...good, id: "bad2", notes: [{ item: 1, question: null, text: {} }] };
    appendFileSync(file, `${JSON.stringify(good)}\n${JSON.stringify(note)}\n`);
  }

  for (const command of ["history", "journal"]) {
    it(`${command} shows the other entries and one warning counting the damaged ones, exit 0`, async () => {
      const home = seeded();
      damage(home);
      const r = await runCli([command], { env: { REFLET_HOME: home } });
      expect(r.code).toBe(0);
      expect(oneLine(r.stderr)).toEqual([
        `reflet: 2 damaged entries skipped in ${join(home, "history.jsonl")} (lines 3, 4: cut short by a crash or a full disk, or edited by hand?)`,
      ]);
      expect(r.stdout).toContain("At the desk (desk)");
      const json = await runCli([command, "--json"], { env: { REFLET_HOME: home } });
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout).entries).toHaveLength(2);
    });
  }

  it("history forget keeps working and says how many were erased", async () => {
    const home = seeded();
    damage(home);
    const r = await runCli(["history", "forget", "desk", "--yes"], { env: { REFLET_HOME: home } });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("Erased 2 results of desk.");
  });
});
