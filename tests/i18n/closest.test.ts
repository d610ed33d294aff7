import { describe, expect, it } from "vitest";
import { closest } from "../../src/i18n/closest.ts";

const IDS = ["clients-exigeants", "defauts-acceptables", "reclamations"];
const COMMANDS = ["run", "list", "history", "journal", "score", "completion", "checkin"];

describe("did you mean", () => {
  it("finds a questionnaire id whatever the accents, the case or a missing letter", () => {
    expect(closest("reclamation", IDS)).toBe("reclamations");
    expect(closest("réclamations", IDS)).toBe("reclamations");
    expect(closest("Réclamations", IDS)).toBe("reclamations");
    expect(closest("défauts-acceptable", IDS)).toBe("defauts-acceptables");
  });

  it("finds a command from a slip or its French name", () => {
    expect(closest("historique", COMMANDS)).toBe("history");
    expect(closest("histroy", COMMANDS)).toBe("history");
    expect(closest("jounral", COMMANDS)).toBe("journal");
  });

  it("says nothing when nothing is close", () => {
    expect(closest("frobnicate", COMMANDS)).toBeUndefined();
    expect(closest("x", COMMANDS)).toBeUndefined();
    expect(closest("", IDS)).toBeUndefined();
  });
});
