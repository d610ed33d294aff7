// reflet run shows the change since the last result only when that result comes from the
// same version of the questionnaire.
import { describe, expect, it } from "vitest";
import { score } from "../../src/engine/score.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { answerAll, baseEnv, DESK, freshHome, spawnInTerminal } from "./terminal.ts";

const SINCE = "Change since your last result";

describe("reflet run after a result of another version", () => {
  it("shows no change against it, then shows the change against the same version", async () => {
    const home = freshHome();
    const env = baseEnv(home);
    const model = loadDesk();
    const answers = { c1: 1, c2: 4, c3: 1, s1: "explain", l1: "cut", l2: ["nod"] };
    const entry = makeEntry({
      model,
      result: score(model, answers),
      answers,
      userLang: "en",
      id: "old",
      date: new Date(Date.UTC(2025, 2, 2, 12)),
    });
    const older = { ...entry.questionnaire, version: `${model.version}-before` };
    appendEntry(dataPaths({ REFLET_HOME: home }, "/"), { ...entry, questionnaire: older });

    const first = spawnInTerminal(["run", DESK], env);
    await answerAll(first);
    await first.waitFor("Saved in your history");
    expect(await first.exit).toBe(0);
    expect(first.output()).not.toContain(SINCE);

    const second = spawnInTerminal(["run", DESK], env);
    await answerAll(second);
    await second.waitFor("Saved in your history");
    expect(await second.exit).toBe(0);
    expect(second.output()).toContain(SINCE);
  }, 90_000);
});
