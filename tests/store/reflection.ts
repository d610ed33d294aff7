// Commitments and check-ins as the store keeps them, for the tests of the reflection loop.
import type { Checkin, Commitment } from "../../src/store/commitment.ts";

export function commitment(id: string, questionnaire = "desk", due = "2025-03-09T12:00:00.000Z") {
  return {
    v: 1,
    kind: "commitment",
    id,
    date: "2025-03-02T12:00:00.000Z",
    questionnaire: { id: questionnaire, version: "1", title: "At the desk" },
    entry: "e0",
    advice: "breathe",
    situation: "When a client shouts",
    action: "I count to three",
    due,
  } satisfies Commitment;
}

export function checkin(id: string, of: string, next: Checkin["next"], due: string | null) {
  return {
    v: 1,
    kind: "checkin",
    id,
    commitment: of,
    date: "2025-03-09T12:00:00.000Z",
    tried: "once",
    happened: "It helped.",
    obstacles: ["forgot"],
    other: "",
    next,
    due,
  } satisfies Checkin;
}
