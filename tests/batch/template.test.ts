import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { yamlKey } from "../../src/commands/template/yaml.ts";
import { runCli } from "../cli/in-process.ts";
import { fixture, folderWith, jsonLines, tempDir } from "./helpers.ts";

const team = fixture("team.yaml");

describe("reflet template", () => {
  it("lists every question with its allowed values and their labels, in the chosen language", async () => {
    const fr = (await runCli(["template", team, "--lang", "fr"])).stdout;
    expect(fr).toContain('questionnaire: "equipe"');
    expect(fr).toMatch(/# Je m'énerve vite\.\n( {2}# .*\n)+ {2}c2:\n/);
    expect(fr).toContain("#   5 = Tout à fait d'accord");
    expect(fr).toContain("# Un client crie au téléphone.\n  # Que faites-vous ?\n");
    expect(fr).toMatch(/listen = J'écoute jusqu'au bout\./);
    expect(fr).toContain("# une liste parmi, par exemple [a, b] (au plus 2) :");
    const en = (await runCli(["template", team, "--lang", "en"])).stdout;
    expect(en).toContain(
      "  # one of: 1 = Strongly disagree · 2 = Disagree · 3 = Neither · 4 = Agree · 5 = Strongly agree\n  c1:\n",
    );
    expect(en).toContain("  # I restate the request.\n");
  });

  it("gives a file that, filled in by hand, scores like the same answers written directly", async () => {
    const dir = tempDir();
    const blank = (await runCli(["template", team, "--participant", "zoe"])).stdout;
    const filled = blank
      .replace(/^ {2}(c1|a1):$/gm, "  $1: 5")
      .replace(/^ {2}(c2|a2):$/gm, "  $1: 1")
      .replace(/^ {2}(c3|c4|a3):$/gm, "  $1: 3")
      .replace(/^ {2}s1:$/m, "  s1: listen")
      .replace(/^ {2}m1:$/m, "  m1: [break, walk]");
    writeFileSync(join(dir, "zoe.yaml"), filled);
    writeFileSync(
      join(dir, "direct.yaml"),
      "questionnaire: equipe\nparticipant: zoe\nanswers: {c1: 5, a1: 5, c2: 1, a2: 1, c3: 3, c4: 3, a3: 3, s1: listen, m1: [break, walk]}\n",
    );
    const fromTemplate = await runCli(["batch", team, "zoe.yaml", "--format", "jsonl"], {
      cwd: dir,
    });
    const direct = await runCli(["batch", team, "direct.yaml", "--format", "jsonl"], { cwd: dir });
    expect(fromTemplate.code).toBe(0);
    const strip = (t: string) => jsonLines(t).map((r) => ({ ...(r as object), source: null }));
    expect(strip(fromTemplate.stdout)).toEqual(strip(direct.stdout));
  });

  it("an untouched template reads cleanly: rejected as blank, not as malformed", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "blank.yaml"), (await runCli(["template", team])).stdout);
    const r = await runCli(["batch", team, "blank.yaml", "--format", "jsonl", "--lang", "en"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(jsonLines(r.stdout)).toEqual([]);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("blank.yaml"))).toEqual([
      "blank.yaml: no answers: this sheet is not scored (fill it in, or leave it out)",
    ]);
  });

  it("--format csv writes the header batch reads: participant and every item id", async () => {
    const header = (await runCli(["template", team, "--format", "csv"])).stdout;
    expect(header).toBe("participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\r\n");
    const excel = (await runCli(["template", team, "--format", "csv", "--excel"])).stdout;
    expect(excel).toBe("\uFEFFparticipant;c1;c2;c3;c4;a1;a2;a3;s1;m1;n1\r\n");
    const dir = folderWith({ "team.csv": `${excel}ann;5;1;4;2;5;1;4;listen;break;\r\n` });
    const r = await runCli(["batch", team, "team.csv", "--format", "jsonl"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(jsonLines(r.stdout)).toHaveLength(1);
  });

  it("--output never replaces a file without --force", async () => {
    const dir = folderWith({ "alice.yaml": "filled in by alice" });
    const r = await runCli(["template", team, "--output", "alice.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/alice\.yaml: the file exists \(use --force to replace it\)/);
    expect(readFileSync(join(dir, "alice.yaml"), "utf8")).toBe("filled in by alice");
    expect(
      (await runCli(["template", team, "--output", "alice.yaml", "--force"], { cwd: dir })).code,
    ).toBe(0);
    expect(readFileSync(join(dir, "alice.yaml"), "utf8")).toContain("answers:");
    expect(statSync(join(dir, "alice.yaml")).isFile()).toBe(true);
  });

  it("quotes ids that YAML would read as something else", () => {
    expect(yamlKey("c1")).toBe("c1");
    expect(yamlKey("yes")).toBe('"yes"');
    expect(yamlKey("1.2")).toBe('"1.2"');
    expect(yamlKey("a: b #c")).toBe('"a: b #c"');
  });
});
