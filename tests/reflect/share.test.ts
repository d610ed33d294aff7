// reflet share: it shows exactly the file it will write and asks first; "no", or no terminal
// without --yes, writes nothing; the file (0600, never replacing one without --force) is an
// ordinary answers file that reflet batch scores as the history did, with the plans and what
// came of them as comments, and the journal only with --journal.
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { appendRecord } from "../../src/store/commitments.ts";
import { type HistoryEntry, makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { runCli } from "../cli/in-process.ts";
import {
  baseEnv,
  DESK,
  freshHome,
  KEY,
  ROOT,
  SESSION_TEST_MS,
  spawnInTerminal,
} from "../e2e/terminal.ts";
import { checkin, commitment } from "../store/reflection.ts";

/** One result of desk with a note, a plan checked in once (with what happened), kept. */
function seeded(): { home: string; entry: HistoryEntry } {
  const home = freshHome();
  const paths = dataPaths({ REFLET_HOME: home }, "/");
  const model = loadDesk();
  const answers = {
    c1: 1,
    c2: 4,
    c3: 1,
    s1: "explain",
    l1: "cut",
    l2: ["nod"],
    note: "A client left in tears.",
  };
  const entry = makeEntry({
    model,
    result: score(model, answers),
    answers,
    userLang: "en",
    id: "e0",
    date: new Date("2025-03-02T12:00:00Z"),
  });
  appendEntry(paths, entry);
  appendRecord(paths, commitment("c1"));
  appendRecord(paths, checkin("k1", "c1", "keep", "2025-03-16T12:00:00.000Z"));
  return { home, entry };
}

const run = (args: string[], home: string) =>
  runCli(args, { env: { REFLET_HOME: home, TZ: "UTC" }, cwd: ROOT });

describe("reflet share", () => {
  it("writes an answers file that batch scores as the history did, 0600, plans in comments", async () => {
    const { home, entry } = seeded();
    const file = join(home, "..", "for-coach.yaml");
    const r = await run(["share", "desk", "--yes", "--output", file], home);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("give it to your coach");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, "utf8");
    expect(text).toContain("# 1. When a client shouts, I count to three");
    expect(text).toContain(
      "#    chosen Mar 2, 2025 · Mar 9, 2025: once, kept · next check-in Mar 16, 2025",
    );
    expect(text).toContain("#    Mar 9, 2025, in the way: forgot in the moment");
    // Without --journal: neither the free-text answer nor what was written at the check-in.
    expect(text).not.toContain("A client left in tears.");
    expect(text).not.toContain("It helped.");
    const b = await run(["batch", DESK, file, "--format", "json"], home);
    expect(b.stderr).toContain("1 scored, 0 rejected");
    expect(b.code).toBe(0);
    const [record] = JSON.parse(b.stdout) as { targets: { id: string; percent: number }[] }[];
    const dims = new Map(record?.targets.map((t) => [t.id, t.percent]));
    expect(entry.result.dimensions.length).toBeGreaterThan(0);
    for (const d of entry.result.dimensions) expect(dims.get(d.id)).toBe(d.percent);
  });

  it("is shared from answers the history keeps without any free text, kept out of the journal or not", () => {
    const model = loadDesk();
    const hidden = {
      ...model,
      items: model.items.map((i) => (i.id === "why" ? { ...i, journal: false } : i)),
    };
    const answers = { c1: 1, c2: 4, why: "My boss.", note: "A client left in tears." };
    const entry = makeEntry({
      model: hidden,
      result: score(hidden, answers),
      answers,
      userLang: "en",
      id: "e0",
      date: new Date("2025-03-02T12:00:00Z"),
    });
    expect(entry.answers).toEqual({ c1: 1, c2: 4 });
    expect(entry.notes.map((n) => n.item)).toEqual(["note"]);
    expect(JSON.stringify(entry)).not.toContain("My boss.");
  });

  it("adds the journal only with --journal, and still reads as an answers file", async () => {
    const { home } = seeded();
    const file = join(home, "..", "journal.yaml");
    expect((await run(["share", "--yes", "--journal", "-o", file], home)).code).toBe(0);
    const text = readFileSync(file, "utf8");
    expect(text).toContain('  note: "A client left in tears."');
    expect(text).toContain("#    Mar 9, 2025, what happened: It helped.");
    const b = await run(["batch", DESK, file], home);
    expect(b.stderr).toContain("1 scored, 0 rejected");
    expect(b.code).toBe(0);
  });

  it("writes nothing without a terminal unless --yes, nor over a file without --force", async () => {
    const { home } = seeded();
    const file = join(home, "..", "shared.yaml");
    const no = await run(["share", "desk", "-o", file], home);
    expect(no.code).toBe(2);
    expect(no.stderr).toContain("without a terminal, add --yes");
    expect(existsSync(file)).toBe(false);
    writeFileSync(file, "mine\n");
    const kept = await run(["share", "desk", "--yes", "-o", file], home);
    expect(kept.code).toBe(2);
    expect(kept.stderr).toContain("the file exists (use --force to replace it)");
    expect(readFileSync(file, "utf8")).toBe("mine\n");
    expect((await run(["share", "desk", "--yes", "--force", "-o", file], home)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("questionnaire: desk");
  });

  it("says so when there is nothing to share, in French too", async () => {
    const home = freshHome();
    const r = await run(["share", "--yes", "--lang", "fr"], home);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("pas encore de résultat à partager");
    const { home: mine } = seeded();
    const file = join(mine, "..", "fr.yaml");
    expect((await run(["share", "--yes", "--lang", "fr", "-o", file], mine)).code).toBe(0);
    expect(readFileSync(file, "utf8")).toContain("Plans choisis pour essayer");
  });

  it(
    "shows exactly what it will write and writes nothing on no, then writes it on yes",
    async () => {
      const { home } = seeded();
      const file = join(home, "..", "asked.yaml");
      const env = { ...baseEnv(home), TZ: "UTC" };
      const no = spawnInTerminal(["share", "desk", "-o", file], env);
      await no.waitFor("Write");
      no.type(KEY.enter);
      await no.waitFor("Nothing written.");
      expect(await no.exit).toBe(0);
      expect(existsSync(file)).toBe(false);
      const yes = spawnInTerminal(["share", "desk", "-o", file], env);
      await yes.waitFor("Write");
      yes.type(KEY.down + KEY.enter);
      await yes.waitFor("give it to your coach");
      expect(await yes.exit).toBe(0);
      // Every line of the file was on the screen before the question.
      const screen = no.output();
      for (const line of readFileSync(file, "utf8").trimEnd().split("\n"))
        expect(screen).toContain(line);
    },
    SESSION_TEST_MS,
  );
});
