import { describe, expect, it } from "vitest";
import { runCli } from "./in-process.ts";

describe("commander's own words follow the user's language", () => {
  it("an unknown command is reported in French with a suggestion and exit 2", async () => {
    const r = await runCli(["lsit", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "erreur : commande inconnue « lsit » (vouliez-vous dire list ?) (voir npx reflet --help)",
    ]);
  });

  it("too many arguments are counted with French plural forms, not « ·s »", async () => {
    const one = await runCli(["journal", "a", "b", "--lang", "fr"]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain("trop d’arguments pour « journal » (1 attendu, 2 donnés)");
    const three = await runCli(["completion", "bash", "zsh", "fish", "--lang", "fr"]);
    expect(three.stderr).toContain("(1 attendu, 3 donnés)");
    expect(`${one.stderr}${three.stderr}`).not.toContain("·s");
  });

  it("a missing argument is reported in French", async () => {
    const r = await runCli(["score", "--answers", "x.yaml", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("l’argument obligatoire « questionnaire » manque");
  });

  it("a value outside the choices is reported in French", async () => {
    const r = await runCli(["score", "x", "-a", "y", "--format", "pdf", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("« pdf » n’est pas permis pour « -f, --format <format> »");
  });

  it("help headings, choices and defaults are in French", async () => {
    const r = await runCli(["score", "--help", "--lang", "fr"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Utilisation : reflet score/);
    expect(r.stdout).toContain("Options :");
    expect(r.stdout).toMatch(/valeurs : "text", "markdown",\s+"json",\s+par défaut : "text"/);
  });

  it("a shell outside the choices is refused in French: reflet completion powershell", async () => {
    const r = await runCli(["completion", "powershell", "--lang", "fr"]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "erreur : « powershell » n’est pas permis pour « interpréteur » ; valeurs permises : bash, zsh, fish (voir npx reflet --help)",
    ]);
  });

  it("arguments are named in French in help and errors", async () => {
    const help = await runCli(["history", "--help", "--lang", "fr"]);
    expect(help.stdout).toMatch(/^Arguments :\n {2}mots\s/m);
    expect(help.stdout).not.toContain("words");
    const missing = await runCli(["completion", "--lang", "fr"]);
    expect(missing.stderr).toContain("l’argument obligatoire « interpréteur » manque");
    const english = await runCli(["history", "--help", "--lang", "en"]);
    expect(english.stdout).toMatch(/^Arguments:\n {2}words\s/m);
  });

  it("stays in English for an English user", async () => {
    const r = await runCli(["score", "--help", "--lang", "en"]);
    expect(r.stdout).toMatch(/^Usage: reflet score/);
    expect(r.stdout).toMatch(/choices: "text"/);
  });

  it("an unknown option without a command is a usage error, not the help", async () => {
    const r = await runCli(["--bogus", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("error: unknown option '--bogus'");
  });

  it("reflet with only global options and piped stdin: no menu to answer, one line, exit 2", async () => {
    const r = await runCli(["--lang", "en", "--no-color"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^reflet: the menu needs a terminal/);
    const help = await runCli(["--lang", "en", "--no-color", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: reflet/);
  });
});
