// Sessions through the built binary in pseudo-terminals: two runs of one questionnaire at
// once, a lock left by a dead process, checkpoints tampered with escape sequences, links
// and damaged entries in the data folder. Waits are for text on the screen, never for time.
import { spawnSync } from "node:child_process";
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import {
  type Checkpoint,
  checkpointFile,
  lockFile,
  saveCheckpoint,
} from "../../src/store/checkpoint.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { baseEnv, DESK, freshHome, KEY, type Session, spawnInTerminal } from "./terminal.ts";

const desk = loadDesk();

/** Questions 3 to 7 of desk (Likert, scenario, choice, multi, text), each answered. */
async function answerFrom3(s: Session): Promise<void> {
  const steps: [string, string][] = [
    ["3 / 7", KEY.enter],
    ["4 / 7", KEY.enter],
    ["5 / 7", KEY.enter],
    ["6 / 7", KEY.space + KEY.enter],
    ["7 / 7", `fine${KEY.enter}`],
  ];
  for (const [progress, keys] of steps) {
    await s.waitFor(progress);
    s.type(keys);
  }
}

const ESCAPES = "\u001b]52;c;SGVsbG8=\u0007\u001b[31;5mblink\u009b2J\u009d0;title\u0007";
/** What must never reach the terminal: OSC 52, the blinking red CSI, C1 CSI and C1 OSC. */
function expectNothingRaw(s: Session): void {
  for (const raw of ["\u001b]52", "\u001b[31;5m", "\u009b", "\u009d"]) {
    expect(s.raw()).not.toContain(raw);
  }
}

const homeWithSessions = () => {
  const home = freshHome();
  const paths = dataPaths({ REFLET_HOME: home }, "/");
  mkdirSync(paths.sessions, { recursive: true, mode: 0o700 });
  chmodSync(home, 0o700);
  return { home, paths, env: baseEnv(home) };
};

const saved = (o: Partial<Checkpoint> = {}): Checkpoint => ({
  v: 1,
  questionnaire: "desk",
  hash: desk.hash,
  lang: "en",
  answers: { c1: 4, c2: 1 },
  position: "c3",
  savedAt: "2025-03-02T12:00:00.000Z",
  ...o,
});

describe("two runs of one questionnaire at once", () => {
  it("the second sees the first's lock and starts apart; the first, finishing, keeps the second's answers", async () => {
    const { home, env } = homeWithSessions();
    const first = spawnInTerminal(["run", DESK], env);
    await first.waitFor("1 / 7");
    first.type(KEY.down + KEY.down + KEY.down + KEY.enter);
    await first.waitFor("2 / 7");

    const second = spawnInTerminal(["run", DESK], env);
    await second.waitFor(
      `"At the desk" is already open in another session (process ${first.pid}, since`,
    );
    await second.waitFor("Start a separate session");
    second.type(KEY.enter);
    await second.waitFor("1 / 7");
    expect(second.output()).not.toContain("stopped at question");
    second.type(KEY.enter);
    await second.waitFor("2 / 7");
    second.type(KEY.ctrlC);
    expect(await second.exit).toBe(130);
    expect(second.output()).toContain("Paused: every answer so far is saved.");

    first.type(KEY.enter);
    await answerFrom3(first);
    await first.waitFor("Saved in your history");
    expect(await first.exit).toBe(0);
    const left = readdirSync(join(home, "sessions"));
    expect(left).toHaveLength(1);
    const kept = JSON.parse(readFileSync(join(home, "sessions", left[0] as string), "utf8"));
    expect(kept).toMatchObject({ answers: { c1: 1 }, position: "c2" });

    // The second session's answers are offered again, and nothing is open any more.
    const third = spawnInTerminal(["run", DESK], env);
    await third.waitFor("stopped at question 2 / 7");
    expect(third.output()).not.toContain("already open");
    third.type(KEY.ctrlC);
    expect(await third.exit).toBe(130);
  }, 90_000);

  it("the second one may stop instead: it exits 0 and touches nothing", async () => {
    const { home, env } = homeWithSessions();
    const first = spawnInTerminal(["run", DESK], env);
    await first.waitFor("1 / 7");
    first.type(KEY.enter);
    await first.waitFor("2 / 7");
    const before = readdirSync(join(home, "sessions")).sort();
    const second = spawnInTerminal(["run", DESK], env);
    await second.waitFor("Start a separate session");
    second.type(KEY.down + KEY.enter);
    expect(await second.exit).toBe(0);
    expect(readdirSync(join(home, "sessions")).sort()).toEqual(before);
    first.type(KEY.ctrlC);
    expect(await first.exit).toBe(130);
  }, 60_000);
});

describe("a lock left behind", () => {
  it("by a process that is gone is taken over: the paused session is offered, not called open", async () => {
    const { paths, env } = homeWithSessions();
    saveCheckpoint(paths, saved());
    const dead = Number(
      spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], {
        encoding: "utf8",
      }).stdout,
    );
    writeFileSync(
      lockFile(paths, "desk"),
      JSON.stringify({
        v: 1,
        pid: dead,
        start: null,
        since: saved().savedAt,
        token: "a".repeat(32),
      }),
      { mode: 0o600 },
    );
    const s = spawnInTerminal(["run", DESK], env);
    await s.waitFor("stopped at question 3 / 7");
    expect(s.output()).not.toContain("already open");
    s.type(KEY.ctrlC);
    expect(await s.exit).toBe(130);
  }, 60_000);
});

describe("a tampered checkpoint", () => {
  it("with escapes in savedAt (and a changed hash) is set aside with one warning; nothing raw reaches the terminal", async () => {
    const { paths, env } = homeWithSessions();
    const file = checkpointFile(paths, "desk");
    writeFileSync(file, JSON.stringify(saved({ savedAt: ESCAPES, hash: ESCAPES })), {
      mode: 0o600,
    });
    const s = spawnInTerminal(["run", DESK], env);
    await s.waitFor("1 / 7");
    // One message, wrapped at words to the terminal's width.
    expect(s.output().replace(/\s+/g, " ")).toMatch(
      /reflet: the saved session of desk could not be read: starting over \(it is kept as .*desk-[0-9a-f]{12}\.json\.damaged-/,
    );
    expectNothingRaw(s);
    s.type(KEY.ctrlC);
    expect(await s.exit).toBe(130);
    const names = readdirSync(paths.sessions);
    const aside = names.find((n) => n.includes(".damaged-")) as string;
    expect(readFileSync(join(paths.sessions, aside), "utf8")).toContain("SGVsbG8=");
  }, 60_000);

  it("with escapes in answers and in a text answer resumes with them shown, never sent", async () => {
    const { paths, env } = homeWithSessions();
    const answers = { c1: 4, c2: 1, c3: 3, s1: "listen", l1: "wait", l2: ["nod"] };
    saveCheckpoint(
      paths,
      saved({
        answers: { ...answers, why: ESCAPES, note: `note ${ESCAPES}`, [ESCAPES]: ESCAPES },
        position: "note",
      }),
    );
    const s = spawnInTerminal(["run", DESK], env);
    await s.waitFor("stopped at question 7 / 7");
    s.type(KEY.enter);
    await s.waitFor("7 / 7");
    await s.waitFor("\\u001B]52;c;SGVsbG8=");
    expectNothingRaw(s);
    s.type(KEY.enter);
    await s.waitFor("Saved in your history");
    expect(await s.exit).toBe(0);
    expectNothingRaw(s);
  }, 60_000);

  it("that is a link is refused before the first question, in one line, and its target is untouched", async () => {
    const { home, paths, env } = homeWithSessions();
    const target = join(home, "..", "elsewhere.json");
    writeFileSync(target, JSON.stringify(saved()));
    symlinkSync(target, checkpointFile(paths, "desk"));
    const s = spawnInTerminal(["run", DESK], env);
    expect(await s.exit).toBe(2);
    expect(s.output().replace(/\s+/g, " ")).toContain(
      "is a symbolic link, and reflet follows none inside its data folder",
    );
    expect(s.output()).not.toContain("1 / 7");
    expect(JSON.parse(readFileSync(target, "utf8"))).toEqual(saved());
  }, 60_000);
});

describe("a damaged nested history entry", () => {
  it("does not stop run: the profile is shown with one warning, and the result saved", async () => {
    const { home, paths, env } = homeWithSessions();
    const given = { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod"] };
    const entry = makeEntry({
      model: desk,
      result: score(desk, given),
      answers: given,
      userLang: "en",
      id: "bad",
      date: new Date(Date.UTC(2025, 2, 2)),
    });
    appendEntry(paths, entry);
    const broken = JSON.parse(JSON.stringify(entry));
    broken.result.dimensions[0].facets = "none";
    broken.result.dimensions[0].percent = { x: 1 };
    appendFileSync(paths.history, `${JSON.stringify(broken)}\n`);
    const s = spawnInTerminal(["run", DESK], env);
    await s.waitFor("1 / 7");
    s.type(KEY.enter);
    await s.waitFor("2 / 7");
    s.type(KEY.enter);
    await answerFrom3(s);
    await s.waitFor("Saved in your history");
    // A calm this low is advised an action: the offer of a plan to try is declined.
    await s.waitFor("Choose one thing to try");
    s.type(KEY.down.repeat(5) + KEY.enter);
    expect(await s.exit).toBe(0);
    expect(s.output()).toContain(
      `reflet: 1 damaged entry skipped in ${join(home, "history.jsonl")} (line 2:`,
    );
    expect(s.output()).toMatch(/Calm\s+[█░]+/);
    expect(existsSync(paths.history)).toBe(true);
    expect(readFileSync(paths.history, "utf8").trimEnd().split("\n")).toHaveLength(3);
  }, 60_000);
});
