// reflet history across versions of one questionnaire: a change per dimension is shown only
// between results of the same version, and the first result of a new version says why.
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import type { AnswerValue } from "../../src/model/types.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { baseEnv, freshHome, ROOT } from "../e2e/terminal.ts";
import { runCli } from "./in-process.ts";

const model = loadDesk();

/** Three results of desk: version 1, then version 2 twice. */
function seeded(): Record<string, string> {
  const home = freshHome();
  const paths = dataPaths({ REFLET_HOME: home }, "/");
  const runs: Record<string, AnswerValue>[] = [
    { c1: 1, c2: 4, c3: 1, s1: "explain", l1: "cut", l2: ["nod"] },
    { c1: 3, c2: 2, c3: 3, s1: "listen", l1: "cut", l2: ["nod"] },
    { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod", "repeat"] },
  ];
  runs.forEach((answers, i) => {
    const entry = makeEntry({
      model,
      result: score(model, answers),
      answers,
      userLang: "en",
      id: `e${i}`,
      date: new Date(Date.UTC(2025, 2, 2 + 7 * i, 12)),
    });
    const version = i === 0 ? "1" : "2";
    appendEntry(paths, { ...entry, questionnaire: { ...entry.questionnaire, version } });
  });
  return baseEnv(home);
}

const history = (env: Record<string, string>) => runCli(["history"], { env, cwd: ROOT });

describe("reflet history across versions", () => {
  it("shows no change against a result of an earlier version, and says why", async () => {
    const r = await history(seeded());
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[1]).toMatch(/Calm 0 low · Listening 0 to work on$/);
    const note = lines
      .slice(2, -2)
      .map((l) => l.trim())
      .join(" ");
    expect(note).toBe("Version 2: new questions, so no change is shown against earlier results.");
    expect(lines.at(-2)).toMatch(/Calm 67 middle · Listening 40 to work on$/);
    expect(lines.at(-1)).toMatch(/Calm 100 high \(\+33\) · Listening 80 solid \(\+40\)$/);
  });

  it("says it in French too", async () => {
    const r = await history({ ...seeded(), REFLET_LANG: "fr" });
    expect(r.stdout.replace(/\s+/g, " ")).toMatch(/Version 2 : de nouvelles questions, donc pas/);
  });
});
