// --pseudonymize: the table of pseudonyms and names a coach keeps to hand results back, in a
// private file beside the key, and a warning when the key itself is open to others.
import { chmodSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readTable } from "../../src/batch/privacy/table.ts";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");
const HEADER = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
const row = (id: string) => `${id},5,1,4,2,5,1,4,listen,break,`;
const KEY = "a key of more than sixteen characters\n";

async function run(dir: string, file: string, ...more: string[]) {
  const r = await runCli(["batch", team, file, "--format", "jsonl", ...more], { cwd: dir });
  const ids = (jsonLines(r.stdout) as { participant: string }[]).map((x) => x.participant);
  return { ...r, ids };
}

describe("the pseudonym table", () => {
  it("maps every pseudonym of the results back to its name, across runs (round trip)", async () => {
    const dir = folderWith({
      "key.txt": KEY,
      "a.csv": [HEADER, row("Ana Durand"), row("=HYPERLINK(1)")].join("\n"),
      "b.csv": [HEADER, row("Bo")].join("\n"),
    });
    chmodSync(join(dir, "key.txt"), 0o600);
    const first = await run(dir, "a.csv", "--key-file", "key.txt");
    expect(first.code).toBe(0);
    const table = join(dir, "pseudonyms.csv");
    expect(first.stderr).toContain(
      `written: table of 2 pseudonyms and names in ${table} (private: it tells who is who)\n`,
    );
    expect(statSync(table).mode & 0o777).toBe(0o600);
    const pairs = await readTable(table);
    expect(first.ids.map((p) => pairs.get(p))).toEqual(["Ana Durand", "=HYPERLINK(1)"]);
    // The formula is inert in a spreadsheet, and read back as it was.
    expect(readFileSync(table, "utf8")).toContain("'=HYPERLINK(1)");

    const second = await run(dir, "b.csv", "--key-file", "key.txt");
    expect(second.stderr).toContain("written: table of 3 pseudonyms");
    const all = await readTable(table);
    expect([...all.values()].sort()).toEqual(["=HYPERLINK(1)", "Ana Durand", "Bo"]);
    expect(all.get(second.ids[0] as string)).toBe("Bo");
    expect(second.stderr).not.toContain("others can read");
  });

  it("goes beside the key in the data folder without --key-file", async () => {
    const home = tempDir("reflet-home-");
    const dir = folderWith({ "a.csv": [HEADER, row("ana")].join("\n") });
    const r = await runCli(["batch", team, "a.csv", "--format", "jsonl", "--pseudonymize"], {
      cwd: dir,
      env: { REFLET_HOME: home },
    });
    expect(r.code).toBe(0);
    const key = r.stderr.match(/new pseudonym key in (\S+)/)?.[1] as string;
    const table = join(key, "..", "pseudonyms.csv");
    expect(r.stderr).toContain(`names in ${table} (private`);
    expect(statSync(table).mode & 0o777).toBe(0o600);
    const [p] = (jsonLines(r.stdout) as { participant: string }[]).map((x) => x.participant);
    expect((await readTable(table)).get(p as string)).toBe("ana");
  });

  it("is not written when the batch stops (--fail-fast)", async () => {
    const dir = folderWith({ "key.txt": KEY, "a.csv": [HEADER, row("ana"), "bo,9"].join("\n") });
    chmodSync(join(dir, "key.txt"), 0o600);
    const r = await run(dir, "a.csv", "--key-file", "key.txt", "--fail-fast");
    expect(r.code).toBe(1);
    expect(() => statSync(join(dir, "pseudonyms.csv"))).toThrow();
  });
});

describe("a key file others can read", () => {
  it("is used, with a warning saying how to close it", async () => {
    const dir = folderWith({ "key.txt": KEY, "a.csv": [HEADER, row("ana")].join("\n") });
    chmodSync(join(dir, "key.txt"), 0o644);
    const r = await run(dir, "a.csv", "--key-file", "key.txt");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "reflet: warning: key.txt: others can read the pseudonym key, and with it tell who is who (chmod 600 key.txt)\n",
    );
  });
});

describe("pseudonyms of people named by their row", () => {
  it("are said to follow the row, not the person, once per file, with the way out", async () => {
    const noIds = HEADER.replace("participant,", "");
    const cells = row("x").replace(/^x,/, "");
    const dir = folderWith({ "key.txt": KEY, "a.csv": [noIds, cells, cells].join("\n") });
    chmodSync(join(dir, "key.txt"), 0o600);
    const r = await run(dir, "a.csv", "--key-file", "key.txt");
    expect(r.code).toBe(0);
    expect(r.ids).toHaveLength(2);
    const said = r.stderr.split("\n").filter((l) => l.includes("named by their row here"));
    expect(said).toEqual([
      "a.csv: warning: people are named by their row here: their pseudonyms follow the row, not the person, and will not match another wave (name the column that tells people apart (e-mail, name) with --id-column)",
    ]);
    // People named in the file: nothing to say.
    const named = folderWith({ "key.txt": KEY, "a.csv": [HEADER, row("ana")].join("\n") });
    chmodSync(join(named, "key.txt"), 0o600);
    expect((await run(named, "a.csv", "--key-file", "key.txt")).stderr).not.toContain(
      "named by their row",
    );
  });
});
