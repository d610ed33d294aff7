// The progress chart stays readable when lines end together or plans were chosen at the same
// place: end labels are moved apart, and marks at one place share one label (in the terminal,
// the first number and a +).
import { describe, expect, it } from "vitest";
import { lineChart } from "../../src/render/html/chart.ts";
import { progressText } from "../../src/render/progress/text.ts";
import { makeColour } from "../../src/term/colour.ts";
import { commitment } from "../store/reflection.ts";

describe("the progress line chart", () => {
  const svg = lineChart(
    [
      { label: "Keeping some distance", values: [60, 50] },
      { label: "Presence and courtesy", values: [60, 50] },
      { label: "Taking it on", values: [67, 63] },
    ],
    ["Mar 2, 2025", "Mar 17, 2025"],
    [
      { after: 0, label: "1" },
      { after: 0, label: "2" },
    ],
    "Handling complaints",
  );

  it("moves apart the labels of lines that end at the same height", () => {
    const ys = ["Keeping some distance", "Presence and courtesy", "Taking it on"].map((label) =>
      Number(new RegExp(`y="([\\d.]+)"[^>]*>${label}<`).exec(svg)?.[1]),
    );
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect((sorted[i] as number) - (sorted[i - 1] as number)).toBeGreaterThanOrEqual(15);
  });

  it("draws plans chosen at one place as one mark with both numbers", () => {
    expect(svg).toContain(">1, 2</text>");
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(1);
  });

  it("keeps the first and last dates inside the chart", () => {
    expect(svg).toContain('text-anchor="start">Mar 2, 2025<');
    expect(svg).toContain('text-anchor="end">Mar 17, 2025<');
  });
});

describe("the progress chart in the terminal", () => {
  type Desk = Parameters<typeof progressText>[0][number];
  const CALM: Desk["series"][number] = {
    id: "calm",
    name: "Calm",
    percents: [10, 90],
    change: null,
    reading: null,
  };
  /** Two results of desk, 60 columns wide, in English without colour. */
  const deskText = (series: Desk["series"], plans: Desk["plans"]) =>
    progressText(
      [
        {
          id: "desk",
          title: "At the desk",
          dates: ["2025-03-02T12:00:00.000Z", "2025-03-17T12:00:00.000Z"],
          versions: ["1", "1"],
          since: 0,
          series,
          plans,
        },
      ],
      { lang: "en", colour: makeColour({ isTTY: false, env: {}, flag: false }), width: 60 },
    );

  it("marks plans chosen at one place with the first number and a +, never as one number", () => {
    const plan = (number: number) => ({
      number,
      after: 0,
      tracked: {
        commitment: { ...commitment(`c${number}`) },
        checkins: [],
        situation: "When a client shouts",
        action: `I try plan ${number}`,
        due: null,
        status: "open" as const,
      },
    });
    const text = deskText([CALM], [plan(1), plan(2)]);
    expect(text).toMatch(/^ {2}Plans +1\+$/m);
  });

  it("wraps a long dimension name at words under itself, never cut", () => {
    const name = "Listening to understand what brought them here";
    const text = deskText(
      [CALM, { id: "listen", name, percents: [40, 60], change: null, reading: null }],
      [],
    );
    expect(text).not.toContain("…");
    const lines = text.split("\n");
    const at = lines.findIndex((l) => l.startsWith("  Listening"));
    // Its levels on its first line, the rest of the name under it.
    expect(lines[at]).toMatch(/▄ +▅ +60$/);
    const column = lines.slice(at, at + 3).map((l) => l.replace(/ {2}[▁▂▃▄▅▆▇█].*$/, "").trim());
    expect(column.join(" ")).toBe(name);
    const levels = /[▁▂▃▄▅▆▇█]/;
    expect(lines.find((l) => l.startsWith("  Calm"))?.search(levels)).toBe(
      lines[at]?.search(levels),
    );
  });
});
