// Simulated weeks of one person at the desk, written straight into a data folder: three
// results of version 1 (a plan chosen after the first, checked in twice), then one result of
// a version 2 of the questionnaire, after which a second plan was chosen and is still open.
import { score } from "../../src/engine/score.ts";
import type { Model } from "../../src/model/model.ts";
import type { AnswerValue } from "../../src/model/types.ts";
import { appendRecord } from "../../src/store/commitments.ts";
import { makeEntry } from "../../src/store/entry.ts";
import { appendEntry } from "../../src/store/history.ts";
import { dataPaths } from "../../src/store/paths.ts";
import { loadDesk } from "../ask/fixture.ts";
import { checkin, commitment } from "../store/reflection.ts";

const day = (d: number) => new Date(Date.UTC(2025, 2, d, 12)).toISOString();

export function seedWeeks(home: string): void {
  const paths = dataPaths({ REFLET_HOME: home }, "/");
  const v1 = loadDesk();
  const v2: Model = { ...v1, version: "2", hash: "h2" };
  const runs: [Model, number, Record<string, AnswerValue>][] = [
    [v1, 2, { c1: 1, c2: 4, c3: 1, s1: "explain", l1: "cut", l2: ["nod"] }],
    [v1, 16, { c1: 3, c2: 2, c3: 3, s1: "listen", l1: "cut", l2: ["nod"] }],
    [v1, 23, { c1: 4, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod", "repeat"] }],
    [v2, 30, { c1: 3, c2: 1, c3: 4, s1: "listen", l1: "wait", l2: ["nod"] }],
  ];
  runs.forEach(([model, d, answers], i) => {
    const result = score(model, answers);
    const entry = makeEntry({
      model,
      result,
      answers,
      userLang: "en",
      id: `e${i}`,
      date: new Date(day(d)),
    });
    appendEntry(paths, entry);
  });
  appendRecord(paths, { ...commitment("c1", "desk", day(9)), date: day(2) });
  appendRecord(paths, {
    ...checkin("k1", "c1", "keep", day(16)),
    date: day(9),
    tried: "once",
    happened: "A client shouted; I counted, it helped.",
  });
  appendRecord(paths, {
    ...checkin("k2", "c1", "done", null),
    date: day(16),
    tried: "habit",
    happened: "",
    obstacles: [],
  });
  appendRecord(paths, {
    ...commitment("c2", "desk", day(37)),
    date: day(30),
    advice: null,
    situation: "When a client talks for a long time",
    action: "I wait for the end before I answer",
  });
}
