// The help of compare and norms, in both languages, and their usage errors.
import { describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";

describe.each(["compare", "norms"])("reflet %s --help", (command) => {
  it.each(["en", "fr"])("describes every option and ends with examples (%s)", async (lang) => {
    const r = await runCli([command, "--help", "--lang", lang]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^${lang === "fr" ? "Utilisation :" : "Usage:"} reflet ${command}`),
    );
    expect(r.stdout).toMatch(
      // The examples name the command as it can be typed here: `npx reflet` without a `reflet` on the PATH.
      lang === "fr" ? /\nExemples :\n {2}(npx )?reflet / : /\nExamples:\n {2}(npx )?reflet /,
    );
    expect(r.stdout).toContain(command === "compare" ? "--min-group" : "--min-size");
  });
});

describe("usage errors", () => {
  it("are one line and exit 2", async () => {
    const cases: [string[], string][] = [
      [
        ["norms", "make", "x.jsonl"],
        "reflet: norms: say what to do: reflet norms build RESULTS... --output norms.json",
      ],
      [
        ["norms", "build", "x.jsonl"],
        "reflet: norms build needs --output FILE (e.g. --output norms.json)",
      ],
      [
        ["compare", "a.jsonl", "b.jsonl", "--min-group", "0"],
        'reflet: --min-group: "0" is not a whole number of at least 1 (e.g. --min-group 5)',
      ],
      [
        ["compare", "a.jsonl", "b.jsonl", "--summary", "x.pdf"],
        "reflet: --summary x.pdf: the name must end in .html, .md or .json (e.g. --summary impact.html)",
      ],
      [
        ["compare", "a.jsonl", "b.jsonl", "--output", "x.txt"],
        "reflet: --output needs --format csv or json, or a name ending in .csv or .json",
      ],
    ];
    for (const [args, line] of cases) {
      const r = await runCli(args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim()).toBe(line);
    }
  });
});
