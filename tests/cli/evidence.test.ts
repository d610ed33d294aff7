// Evidence, low-information sheets and published figures, end to end through the binary:
// `score --why` in text and Markdown (fr and en), a sheet that says too little, a dimension
// shown as its sum, facet band texts, and batch records and summaries that mark such sheets.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { folderWith, root, tempDir } from "../security/helpers.ts";
import { runCli } from "./in-process.ts";

const desk = join(root, "tests/fixtures/evidence/desk.yaml");

const sheet = (answers: Record<string, number>, participant?: string) =>
  JSON.stringify({
    questionnaire: "evidence-desk",
    ...(participant ? { participant } : {}),
    answers,
  });

/** Calm high (c2 disagreed), care 12 of 15. */
const CALM = { c1: 5, c2: 1, c3: 5, c4: 4, k1: 5, k2: 4, k3: 3 };
/** Calm in its middle band, which is marked bright. */
const MIDDLE = { c1: 4, c2: 3, c3: 3, c4: 4, k1: 2, k2: 5, k3: 1 };
/** The same box all the way down. */
const SAME = { c1: 4, c2: 4, c3: 4, c4: 4, k1: 4, k2: 4, k3: 4 };
/** Six answers of seven on the middle point: not straight-lined (under 0.9), but 0.86 middle. */
const NEUTRAL = { c1: 3, c2: 3, c3: 3, c4: 3, k1: 3, k2: 3, k3: 4 };

async function score(answers: Record<string, number>, args: string[], lang = "en") {
  const dir = folderWith({ "a.json": sheet(answers) });
  return await runCli(["score", desk, "--answers", join(dir, "a.json"), ...args], {
    env: { REFLET_LANG: lang },
  });
}

describe("score --why", () => {
  it("says, in English text, which answers each text rests on, within 80 columns", async () => {
    const r = await score(CALM, ["--why"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Profile: Steady");
    expect(r.stdout).toContain("because you answered “Strongly agree” to “I stay calm.”");
    expect(r.stdout).toContain("because you answered “Strongly disagree” to “I get angry fast.”");
    for (const line of r.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);
  });

  it("says it in French, with guillemets held to their words", async () => {
    const r = await score(CALM, ["--why"], "fr");
    for (const line of r.stdout.split("\n")) {
      expect(line.trimStart().startsWith("»")).toBe(false);
      expect(line.trimEnd().endsWith("«")).toBe(false);
    }
    // Lines wrapped at words: read as one paragraph.
    expect(r.stdout.replace(/\n +/g, " ")).toContain(
      "parce que vous avez répondu «\u00a0Tout à fait d'accord\u00a0» à «\u00a0Je reste calme.\u00a0»",
    );
  });

  it("nests the answers under each text in Markdown, in both languages", async () => {
    const en = (await score(CALM, ["--why", "--format", "markdown"])).stdout;
    expect(en).toContain(
      "- Calm: You keep a cool head.\n  - because you answered “Strongly agree” to “I stay calm.”",
    );
    const fr = (await score(CALM, ["--why", "--format", "markdown"], "fr")).stdout;
    expect(fr).toContain(
      "- Calme : Vous gardez la tête froide.\n  - parce que vous avez répondu «\u00a0Tout à fait d'accord\u00a0»",
    );
  });

  it("is offered by run and score, in both languages", async () => {
    for (const command of ["run", "score"]) {
      expect((await runCli([command, "--help"])).stdout).toContain("--why");
      expect((await runCli([command, "--help"], { env: { REFLET_LANG: "fr" } })).stdout).toMatch(
        /--why +sous chaque texte du profil/,
      );
    }
  });

  it("shows no answers without --why", async () => {
    expect((await score(CALM, [])).stdout).not.toContain("because you answered");
    expect((await score(CALM, ["--format", "markdown"])).stdout).not.toContain(
      "because you answered",
    );
  });
});

describe("what a profile says", () => {
  it("gives no strength from a middle band, even one marked bright", async () => {
    const r = await score(MIDDLE, ["--format", "json"]);
    const result = JSON.parse(r.stdout);
    expect(result.dimensions[0].band).toBe("middle");
    expect(result.strengths).toEqual([]);
    expect((await score(MIDDLE, [])).stdout).not.toContain("Strengths");
    expect((await score(CALM, [])).stdout).toContain("Strengths\n  - Calm: You keep a cool head.");
  });

  it("never gives a profile the answers contradict", async () => {
    // Calm is high, but the person agrees that they get angry fast.
    const result = JSON.parse(
      (await score({ ...CALM, c1: 5, c2: 4, c3: 5, c4: 5 }, ["--format", "json"])).stdout,
    );
    expect(result.dimensions[0].band).toBe("high");
    expect(result.profile.id).toBe("everyone");
    expect(result.withheld).toEqual([
      { kind: "profile", id: "steady", band: null, reason: "contradicted" },
    ]);
  });

  it("shows a dimension's sum when it is displayed as a sum, and a facet's own band text", async () => {
    const text = (await score(CALM, [])).stdout;
    expect(text).toMatch(/Care +█+░* +12 +full/);
    expect(text).toContain("Breath (high): You breathe before you answer.");
    // The voice facet has no texts of its own: its dimension's are not repeated for it.
    expect(text).not.toContain("Voice (high)");
    const md = (await score(CALM, ["--format", "markdown"])).stdout;
    expect(md).toContain("| Care | 12 | full |");
    expect(md).toContain("| Calm | 94 / 100 | high |");
  });
});

describe("a sheet with too little to go on", () => {
  it("is said plainly by score for mostly middle answers and for a declared completeness", async () => {
    expect(JSON.parse((await score(NEUTRAL, ["--format", "json"])).stdout).lowInformation).toEqual({
      reasons: ["middle"],
    });
    // One answer of seven scores no dimension at all: no result, one line, exit 1.
    const one = await score({ c1: 5 }, ["--format", "json"]);
    expect(one.code).toBe(1);
    expect(one.stdout).toBe("");
    expect(one.stderr).toMatch(/only 1 answer/);
  });

  it("describes nobody: band texts and watch points are withheld, scores and labels stay", async () => {
    // The same top box all the way down: calm comes out high (75), whose band text would
    // say "Nothing shakes you." on the strength of a sheet that says nothing.
    const all5 = { c1: 5, c2: 5, c3: 5, c4: 5, k1: 5, k2: 5, k3: 5 };
    const json = JSON.parse((await score(all5, ["--format", "json"])).stdout);
    expect(json.lowInformation).toEqual({ reasons: ["straight-lining"] });
    expect(json.dimensions[0]).toMatchObject({ id: "calm", band: "high" });
    expect(json.watch).toEqual([]);
    expect(json.withheld).toContainEqual({
      kind: "band",
      id: "calm",
      band: "high",
      reason: "low-information",
    });
    for (const lang of ["en", "fr"]) {
      const text = (await score(all5, [], lang)).stdout;
      expect(text).toMatch(lang === "en" ? /Calm\s.*\s75\s+high/ : /Calme\s.*\s75\s+haut/);
      expect(text).not.toMatch(/Nothing shakes you|Rien ne vous ébranle/);
    }
    // The same answers with one changed are a full sheet: the band text is back.
    const full = (await score({ ...all5, k2: 3, k3: 2 }, [])).stdout;
    expect(full).toContain("Nothing shakes you.");
  });

  it("is said plainly by score, without archetype or strengths", async () => {
    const json = JSON.parse((await score(SAME, ["--format", "json"])).stdout);
    expect(json.lowInformation).toEqual({ reasons: ["straight-lining"] });
    expect(json.profile).toBeNull();
    expect(json.strengths).toEqual([]);
    const text = (await score(SAME, [])).stdout;
    expect(text).toContain("Not enough to go on\n  Too little to go on for a portrait.");
    expect(text).not.toContain("Profile:");
    const fr = (await score(SAME, [], "fr")).stdout;
    expect(fr).toContain("Pas assez d’éléments\n  Trop peu d'éléments pour un portrait.");
  });

  it("is marked in batch records and does not count toward --min-group", async () => {
    const files: Record<string, string> = {};
    for (const [i, a] of [CALM, MIDDLE, CALM, MIDDLE, SAME, NEUTRAL].entries())
      files[`p${i}.json`] = sheet(a, `p${i}`);
    const dir = folderWith(files);
    const out = tempDir();
    const csv = await runCli(["batch", desk, dir, "--format", "csv"]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout.trim().split("\r\n");
    const header = lines[0]?.split(",") ?? [];
    expect(header.slice(-2)).toEqual(["lowInformation", "notApplicable"]);
    const marks = lines.slice(1).map((l) => l.split(",").at(-2));
    expect(marks.sort()).toEqual(["", "", "", "", "middle", "straight-lining"]);
    const jsonl = await runCli(["batch", desk, dir, "--format", "jsonl"]);
    const records = jsonl.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const p4 = records.find((r) => r.participant === "p4");
    expect(p4.lowInformation).toEqual(["straight-lining"]);
    expect(p4.archetype).toBeNull();
    expect(records.find((r) => r.participant === "p5").lowInformation).toEqual(["middle"]);
    // Six sheets scored, four of them full: under a minimum group of five, nothing is shown.
    const summary = join(out, "team.json");
    const five = await runCli(["batch", desk, dir, "--summary", summary, "--min-group", "5"]);
    expect(five.code).toBe(0);
    const s5 = JSON.parse(readFileSync(summary, "utf8"));
    expect([s5.participants.scored, s5.lowInformation, s5.withheld]).toEqual([6, 2, true]);
    const four = await runCli([
      "batch",
      desk,
      dir,
      "--summary",
      summary,
      "--min-group",
      "4",
      "--force",
    ]);
    expect(four.code).toBe(0);
    const s4 = JSON.parse(readFileSync(summary, "utf8"));
    expect([s4.withheld, s4.targets[0].withheld]).toEqual([false, false]);
  });
});

describe("reflet validate", () => {
  it("checks the names a declared contradiction uses, with line and column", async () => {
    const text = readFileSync(desk, "utf8").replace(
      "contradicts: {answer: {c2: {gte: 4}}}",
      "contradicts: {answered: nope}",
    );
    const dir = folderWith({ "bad.yaml": text });
    const r = await runCli(["validate", join(dir, "bad.yaml")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('bad.yaml:55:29: unknown item "nope"');
  });
});

describe("score --why on a best-worst answer", () => {
  const amel = join(root, "docs/examples/clients-exigeants/amel.yaml");
  const why = async (lang: string) =>
    (await runCli(["score", "clients-exigeants", "--answers", amel, "--why", "--lang", lang]))
      .stdout;

  it("names the option picked as the most likely and the one picked as the least likely", async () => {
    const en = (await why("en")).replace(/\n +/g, " ");
    expect(en).not.toContain("[object Object]");
    expect(en).toContain(
      "because you picked “I stay just as serious and keep working on his request.” as the most likely and “I tell him calmly I’m glad to help, but not in that tone.” as the least likely",
    );
    const fr = (await why("fr")).replace(/\n +/g, " ");
    expect(fr).not.toContain("[object Object]");
    expect(fr).toContain("comme la plus probable et «\u00a0Je lui dis calmement");
  });
});
