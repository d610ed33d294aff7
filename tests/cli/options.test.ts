// Commands declared as data: a table's options and arguments become commander's, what commander
// parses comes back with the table's types, and an option shared by commands reads the same in each.
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import {
  defineArguments,
  defineOptions,
  flagsOf,
  readArguments,
  readOptions,
} from "../../src/cli/options.ts";
import { namesNoCommand } from "../../src/cli/program.ts";
import { dir } from "../../src/cli/shared-options.ts";
import { runCli } from "../cli/in-process.ts";

const table = {
  format: {
    kind: "value",
    short: "f",
    arg: "format",
    choices: ["csv", "json"],
    default: "csv",
    help: { fr: "format", en: "format" },
  },
  reportFormat: { kind: "value", arg: "format", help: { fr: "rapports", en: "reports" } },
  force: { kind: "flag", help: { fr: "remplacer", en: "replace" } },
  save: { kind: "negated", help: { fr: "ne pas garder", en: "do not keep" } },
  dir,
} as const;

const args = [
  { name: "<questionnaire>", help: { fr: "questionnaire", en: "questionnaire" } },
  { name: "[inputs...]", help: { fr: "entrées", en: "inputs" } },
] as const;

/** Parses `words` with a command built from the tables above, as the program does. */
function parse(words: string[]) {
  const cmd = new Command("probe").exitOverride();
  defineArguments(cmd, args, "en");
  defineOptions(cmd, table, "en");
  cmd.parse(words, { from: "user" });
  return { args: readArguments(args, cmd.processedArgs), opts: readOptions(table, cmd.opts()) };
}

describe("option tables", () => {
  it("spell each kind of option as commander reads it", () => {
    expect(flagsOf("format", table.format)).toBe("-f, --format <format>");
    expect(flagsOf("reportFormat", table.reportFormat)).toBe("--report-format <format>");
    expect(flagsOf("force", table.force)).toBe("--force");
    expect(flagsOf("save", table.save)).toBe("--no-save");
    expect(flagsOf("dir", table.dir)).toBe("-d, --dir <dir...>");
  });

  it("give every option a value of its type when none is on the command line", () => {
    const { args: parsed, opts } = parse(["mini"]);
    expect(parsed).toEqual(["mini", []]);
    expect(opts).toEqual({
      format: "csv",
      reportFormat: undefined,
      force: false,
      save: true,
      dir: undefined,
    });
  });

  it("read what the command line gives", () => {
    const { args: parsed, opts } = parse([
      "mini",
      "a.csv",
      "b.csv",
      "-f",
      "json",
      "--report-format",
      "md",
      "--force",
      "--no-save",
      "-d",
      "one",
      "two",
    ]);
    expect(parsed).toEqual(["mini", ["a.csv", "b.csv"]]);
    expect(opts).toEqual({
      format: "json",
      reportFormat: "md",
      force: true,
      save: false,
      dir: ["one", "two"],
    });
  });

  it("let commander refuse a value outside the choices", () => {
    expect(() => parse(["mini", "--format", "xml"])).toThrow(/xml/);
  });

  it("know the global options without a command", () => {
    expect(namesNoCommand(["--lang", "en", "--no-color", "--debug"])).toBe(true);
    expect(namesNoCommand(["--lang=fr"])).toBe(true);
    expect(namesNoCommand(["--lang", "en", "list"])).toBe(false);
    expect(namesNoCommand(["--color"])).toBe(false);
  });
});

describe("a shared option", () => {
  it("reads the same in the help of every command that takes it", async () => {
    for (const lang of ["fr", "en"] as const) {
      const lines: (string | undefined)[] = [];
      for (const name of ["run", "list", "score", "batch", "template"]) {
        const r = await runCli(["--lang", lang, name, "--help"]);
        expect(r.code).toBe(0);
        lines.push(
          r.stdout
            .split("\n")
            .find((l) => l.includes("--dir <dir...>"))
            ?.trim(),
        );
      }
      expect(lines).toHaveLength(5);
      for (const line of lines) {
        expect(line?.startsWith("-d, --dir <dir...>")).toBe(true);
        expect(line?.endsWith(` ${dir.help[lang]}`)).toBe(true);
      }
    }
  });
});
