// The history entries and checkpoints the store tests write: valid in shape, padded at will.
import type { Checkpoint } from "../../../src/store/checkpoint.ts";
import type { HistoryEntry } from "../../../src/store/entry.ts";

export const entry = (id: string, padding = ""): HistoryEntry => ({
  v: 1,
  id,
  date: new Date(0).toISOString(),
  lang: "en",
  questionnaire: { id: "q", version: "1", hash: "h", title: "Q" },
  names: {},
  bands: {},
  result: {
    schemaVersion: 1,
    questionnaire: { id: "q", version: "1", hash: "h" },
    participant: null,
    answered: 0,
    shown: 0,
    dimensions: [],
    profile: null,
    advice: [],
    flags: [],
    strengths: [],
    watch: [],
    lowInformation: null,
    withheld: [],
    notApplicable: [],
  },
  notes: [{ item: "note", question: "?", text: padding }],
});

export const checkpoint = (id: string, padding = ""): Checkpoint => ({
  v: 1,
  questionnaire: "q",
  hash: "h",
  lang: "en",
  answers: { id, padding },
  position: null,
  savedAt: new Date(0).toISOString(),
});
