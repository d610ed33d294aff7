import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeFileName } from "../../src/batch/output/reports.ts";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith } from "./helpers.ts";

describe("report file names", () => {
  it("cannot leave the reports folder nor hide a file", () => {
    expect(safeFileName("../../etc/passwd")).toBe("etc_passwd");
    expect(safeFileName(".bashrc")).toBe("bashrc");
    expect(safeFileName("C:\\Users\\x")).toBe("C_Users_x");
    expect(safeFileName("")).toBe("participant");
    expect(safeFileName("CON")).toBe("_CON");
    expect(safeFileName("Zoé Müller")).toBe("Zoé_Müller");
    // Never read as an option by a command given `*`.
    expect(safeFileName("-rf")).toBe("_-rf");
    expect(safeFileName("--help")).toBe("_--help");
  });

  it("never overwrite each other, whatever the case of the ids", async () => {
    const header = "participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1";
    const row = (id: string) => `${id},5,1,4,2,5,1,4,listen,break,`;
    const dir = folderWith({
      "t.csv": [header, row("Alice"), row("alice"), row("a/lice"), row("../x")].join("\n"),
    });
    const r = await runCli(["batch", fixture("team.yaml"), "t.csv", "--reports", "out"], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "Alice.html",
      "a_lice.html",
      "alice-2.html",
      "x.html",
    ]);
    expect(readdirSync(dir).sort()).toEqual(["out", "t.csv"]);
  });
});
