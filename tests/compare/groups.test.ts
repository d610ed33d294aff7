// compare --group-by group on results that carry a `group` field (JSON) or column (CSV), as
// batch --group-by writes them. The files are written by hand here, so that the test does
// not depend on batch: one record per person, percents and bands as batch writes them.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { read, team, tempDir, write } from "./helpers.ts";

const TARGETS = ["calm", "breath", "pause", "care"];
const band = (p: number) => (p < 40 ? "low" : p < 70 ? "middle" : "high");

// north 6 people, south 5, east 2: east is under --min-group 5, and alone it would be the
// overall figure less north's and south's; so south, the smallest shown, is withheld too.
const members = (n: number, group: string) =>
  Array.from({ length: n }, (_, i): [string, string] => [`${group[0]}${i}`, group]);
const people = [...members(6, "north"), ...members(5, "south"), ...members(2, "east")];

function record(participant: string, group: string, percent: number) {
  return {
    schemaVersion: 1,
    participant,
    questionnaire: { id: "equipe", version: "2" },
    group,
    targets: TARGETS.map((id) => ({ id, status: "ok", percent, band: band(percent) })),
    lowInformation: [],
  };
}

const wave = (shift: number) =>
  people.map(([id, group], i) => record(id, group, 30 + ((i * 7) % 40) + shift * (i % 3)));

function csv(records: ReturnType<typeof record>[]): string {
  const head = ["participant", "questionnaire", "version", "group"];
  const cols = TARGETS.flatMap((t) => [`${t}.status`, `${t}.percent`, `${t}.band`]);
  const rows = records.map((r) =>
    [
      r.participant,
      "equipe",
      "2",
      r.group,
      ...r.targets.flatMap((t) => [t.status, String(t.percent), t.band]),
    ].join(","),
  );
  return `${[[...head, ...cols].join(","), ...rows].join("\r\n")}\r\n`;
}

describe("compare --group-by group", () => {
  it.each(["jsonl", "csv"])(
    "gives the figures per group of a %s file's group field",
    async (ext) => {
      const dir = tempDir("reflet-groups-");
      const [before, after] = [wave(0), wave(10)];
      const text = (rs: ReturnType<typeof record>[]) =>
        ext === "csv" ? csv(rs) : rs.map((r) => JSON.stringify(r)).join("\n");
      write(dir, `before.${ext}`, text(before));
      write(dir, `after.${ext}`, text(after));
      const r = await runCli(
        [
          "compare",
          `before.${ext}`,
          `after.${ext}`,
          "-q",
          team,
          "--group-by",
          "group",
          "--summary",
          "g.json",
          "--output",
          "people.csv",
        ],
        { cwd: dir },
      );
      expect(r.code, r.stderr).toBe(0);
      const groups = JSON.parse(read(dir, "g.json")).groups as {
        name: string;
        targets: { id: string; nMatched: number; withheld: boolean; change: unknown }[];
      }[];
      expect(groups.map((g) => [g.name, g.targets[0]?.nMatched, g.targets[0]?.withheld])).toEqual([
        ["east", 2, true],
        ["north", 6, false],
        ["south", 5, true],
      ]);
      for (const g of groups)
        for (const t of g.targets) expect(t.change === null).toBe(g.name !== "north");
      // Each person's change carries their group.
      const rows = read(dir, "people.csv").trim().split("\r\n");
      expect(rows[0]?.startsWith("participant,group,calm.before,")).toBe(true);
      expect(rows.slice(1).map((l) => l.split(",").slice(0, 2).join(","))).toContain("e1,east");
    },
  );

  it("refuses, in one line, a --group-by the results do not hold", async () => {
    const dir = tempDir("reflet-groups-");
    write(
      dir,
      "before.jsonl",
      wave(0)
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    write(
      dir,
      "after.jsonl",
      wave(5)
        .map((r) => JSON.stringify(r))
        .join("\n"),
    );
    const r = await runCli(
      ["compare", "before.jsonl", "after.jsonl", "-q", team, "--group-by", "team"],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'reflet: before.jsonl: no "team" field or column for --group-by (name one the results hold)',
    );
  });
});
