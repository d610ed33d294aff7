// REFLET_NOW: the clock tests move, refused when it is not a date.
import { describe, expect, it } from "vitest";
import { addDays, BadClock, clockOf, localDay } from "../../src/io/clock.ts";

describe("the clock", () => {
  it("reads REFLET_NOW, and the system time without it", () => {
    expect(clockOf({ REFLET_NOW: "2025-03-02T12:00:00Z" })().toISOString()).toBe(
      "2025-03-02T12:00:00.000Z",
    );
    const before = Date.now();
    expect(clockOf({})().getTime()).toBeGreaterThanOrEqual(before);
  });

  it("refuses what is not a date", () => {
    for (const value of ["tomorrow", "12", "2025-13-45T00:00:00Z"])
      expect(() => clockOf({ REFLET_NOW: value })).toThrow(BadClock);
  });

  it("moves by whole days and names the local day", () => {
    const now = new Date("2025-03-02T12:00:00Z");
    expect(addDays(now, 7).toISOString()).toBe("2025-03-09T12:00:00.000Z");
    expect(localDay(now)).toMatch(/^2025-03-0[23]$/);
  });
});
