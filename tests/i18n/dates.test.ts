import { describe, expect, it } from "vitest";
import { formatDate } from "../../src/i18n/dates.ts";
import { longDate } from "../../src/render/profile/messages.ts";

const first = new Date(2026, 11, 1, 10, 5);
const second = new Date(2026, 11, 2, 10, 5);

describe("dates", () => {
  it("writes « 1er » for the first of the month in French, in every style", () => {
    expect(formatDate(first, "fr", { dateStyle: "long" })).toBe("1er décembre 2026");
    expect(formatDate(first, "fr", { dateStyle: "medium" })).toBe("1er déc. 2026");
    expect(formatDate(first, "fr", { dateStyle: "long", timeStyle: "short" })).toBe(
      "1er décembre 2026 à 10:05",
    );
    expect(longDate(first.toISOString(), "fr")).toBe("1er décembre 2026");
  });

  it("leaves the other days, and English, as Intl writes them", () => {
    expect(formatDate(second, "fr", { dateStyle: "long" })).toBe("2 décembre 2026");
    expect(formatDate(new Date(2026, 11, 11), "fr", { dateStyle: "long" })).toBe(
      "11 décembre 2026",
    );
    expect(formatDate(first, "en", { dateStyle: "long" })).toBe("December 1, 2026");
  });
});
