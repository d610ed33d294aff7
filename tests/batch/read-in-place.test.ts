// Rows read in place (a one-character answer looked up by its code, no string per cell) score
// as the same answers written any other way: quoted, spaced, as labels with accents, behind a
// byte order mark with CRLF. A bad cell on a plain line is still named with its line.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");
const header = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";

async function results(csv: string) {
  const dir = tempDir("reflet-in-place-");
  const file = join(dir, "rows.csv");
  writeFileSync(file, csv);
  const r = await runCli(["batch", team, file, "--format", "jsonl"], { cwd: dir });
  const records = r.stdout
    .trim()
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => {
      const { source: _, ...rest } = JSON.parse(l);
      return rest;
    });
  return { ...r, records };
}

describe("rows read in place", () => {
  it("score the same answers alike however their cells are written", async () => {
    const plain = await results(`${header}\nana,5,1,4,2,5,1,4,listen,walk,\n`);
    const written = await results(
      `\ufeff${header}\r\n"ana"," 5 ","1",4,"2",Tout à fait d'accord,pas du tout d'accord,4,listen,walk,""\r\n`,
    );
    expect(plain.code).toBe(0);
    expect(written.code).toBe(0);
    expect(plain.records).toHaveLength(1);
    expect(written.records).toEqual(plain.records);
  });

  it("names a bad one-character cell with its line and its text", async () => {
    const r = await results(
      `${header}\nana,5,1,4,2,5,1,4,listen,walk,\nbob,5,7,4,2,5,1,4,listen,walk,\n`,
    );
    expect(r.code).toBe(1);
    expect(r.records).toHaveLength(1);
    expect(r.stderr).toMatch(/rows\.csv:3: column "c2" \(c2\): "7" is not an answer/);
  });
});
