// Every text of a result carries the answers behind it; strengths come only from a top band;
// a text whose declared contradiction holds is never shown. Over random questionnaires with
// profiles, band sides and advice of every kind, on both scoring paths.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScorer } from "../../src/engine/compiled/index.ts";
import { findContradictions } from "../../src/engine/contradictions.ts";
import { topBand } from "../../src/engine/evidence.ts";
import { score } from "../../src/engine/score.ts";
import type { Evidence, Result, TargetResult } from "../../src/engine/types.ts";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { Target } from "../../src/model/model.ts";
import type { Condition, QuestionnaireFile } from "../../src/model/types.ts";
import { build, type Case, caseArb } from "./arbitraries.ts";

const RUNS = { numRuns: 200, interruptAfterTimeLimit: 15_000 };
const KINDS = ["action", "watch", "strength", "reflect", "support"] as const;

type Gen = fc.GeneratorValue;

/** A random condition over the questionnaire's targets, items and flags. */
function condition(g: Gen, file: QuestionnaireFile, depth = 0): Condition {
  const targets = file.dimensions.flatMap((d) => [
    { id: d.id, bands: Array.isArray(d.bands) ? d.bands.map((b) => b.id) : [] },
    ...(d.facets ?? []).map((f) => ({
      id: f.id,
      bands: d.bandsOn === "sum" || !Array.isArray(d.bands) ? [] : d.bands.map((b) => b.id),
    })),
  ]);
  const items = file.items.map((i) => i.id);
  const kind = g(fc.integer, { min: 0, max: depth < 2 ? 7 : 4 });
  const t = g(fc.constantFrom, ...targets) as { id: string; bands: string[] };
  if (kind === 0 && t.bands.length > 0)
    return { band: { [t.id]: g(fc.subarray, t.bands, { minLength: 1 }) as string[] } };
  if (kind <= 1) return { percent: { [t.id]: { gte: g(fc.constantFrom, 0, 25, 50, 75) } } };
  if (kind === 2) return { score: { [t.id]: { lte: g(fc.constantFrom, 1, 3, 10) } } };
  if (kind === 3) return { answered: g(fc.constantFrom, ...items) };
  if (kind === 4) return { flag: "straight-lining" };
  const kids = () =>
    Array.from({ length: g(fc.integer, { min: 1, max: 3 }) }, () => condition(g, file, depth + 1));
  if (kind === 5) return { all: kids() };
  if (kind === 6) return { any: kids() };
  return { not: condition(g, file, depth + 1) };
}

/** A case whose questionnaire also has band sides, profiles and advice of every kind, some declaring contradictions. */
const richArb: fc.Arbitrary<Case> = caseArb({ missing: 0.2 }).chain((c) =>
  fc.gen().map((g) => {
    const f = c.file;
    const maybe = () => (g(fc.integer, { min: 0, max: 3 }) === 0 ? condition(g, f) : undefined);
    const dimensions = f.dimensions.map((d) => ({
      ...d,
      bright: "Bright.",
      shadow: "Shadow.",
      bands: Array.isArray(d.bands)
        ? d.bands.map((b) => {
            const contradicts = maybe();
            return {
              ...b,
              text: "Band text.",
              side: g(fc.constantFrom, "bright", "shadow", "bright") as "bright" | "shadow",
              ...(contradicts ? { contradicts } : {}),
            };
          })
        : d.bands,
    }));
    const profiles = [
      ...Array.from({ length: g(fc.integer, { min: 0, max: 3 }) }, (_, i) => {
        const contradicts = maybe();
        return {
          id: `p${i}`,
          name: `P${i}`,
          text: "P.",
          when: condition(g, f),
          ...(contradicts ? { contradicts } : {}),
        };
      }),
      { id: "fallback", name: "F", text: "F." },
    ];
    const advice = Array.from({ length: g(fc.integer, { min: 0, max: 6 }) }, (_, i) => {
      const contradicts = maybe();
      return {
        id: `r${i}`,
        kind: g(fc.constantFrom, ...KINDS),
        when: condition(g, f),
        text: "R.",
        ...(contradicts ? { contradicts } : {}),
      };
    });
    const file: QuestionnaireFile = {
      ...f,
      dimensions,
      profiles,
      ...(advice.length > 0 ? { advice } : {}),
      quality: { straightLining: { minItems: 3, maxShare: 0.8 } },
    };
    return { file, model: build(file), answers: c.answers };
  }),
);

function targetsOf(r: Result): Map<string, TargetResult> {
  return new Map(r.dimensions.flatMap((d) => [d, ...d.facets]).map((t) => [t.id, t]));
}

function allEvidence(r: Result): Evidence[][] {
  return [
    ...(r.profile ? [r.profile.evidence] : []),
    ...r.advice.map((a) => a.evidence),
    ...r.strengths.map((s) => s.evidence),
    ...r.watch.map((s) => s.evidence),
  ];
}

describe("evidence", () => {
  it("cites only answers given, and a target's points add up to its raw score", () => {
    fc.assert(
      fc.property(richArb, (c) => {
        const r = score(c.model, c.answers);
        const targets = targetsOf(r);
        for (const list of allEvidence(r)) {
          for (const e of list) expect(e.answer).toEqual(c.answers[e.item]);
          const byTarget = new Map<string, number>();
          for (const e of list) {
            if (e.target === null) continue;
            const got = c.answers[e.item];
            expect(got).toBeDefined();
            byTarget.set(e.target, (byTarget.get(e.target) ?? 0) + (e.points as number));
          }
          for (const [id, total] of byTarget)
            expect(total).toBeCloseTo(targets.get(id)?.raw as number, 9);
        }
        // A band's strength or watch point rests on every answer that scored its dimension.
        for (const s of [...r.strengths, ...r.watch].filter((x) => x.source === "band"))
          expect(s.evidence.map((e) => e.item)).toEqual(
            targets.get(s.id)?.contributions.map((x) => x.item),
          );
      }),
      RUNS,
    );
  });

  it("takes strengths only from a dimension's top band", () => {
    fc.assert(
      fc.property(richArb, (c) => {
        const r = score(c.model, c.answers);
        for (const s of r.strengths.filter((x) => x.source === "band")) {
          const target = c.model.targets.get(s.id) as Target;
          expect(s.band).toBe(topBand(target)?.id);
        }
      }),
      RUNS,
    );
  });

  it("never shows a text whose declared contradiction holds, and says what it withheld", () => {
    fc.assert(
      fc.property(richArb, (c) => {
        const r = score(c.model, c.answers);
        expect(findContradictions(c.model, c.answers, r)).toEqual([]);
        // The same result without withholding: every contradicted text the checker finds in
        // it is one the engine withheld.
        const naive: Result = { ...r, withheld: [] };
        for (const x of findContradictions(c.model, c.answers, naive)) expect(x.kind).toBe("band");
        for (const w of r.withheld.filter((x) => x.reason === "contradicted")) {
          const rule =
            w.kind === "profile"
              ? c.model.profiles.find((p) => p.id === w.id)
              : w.kind === "advice"
                ? c.model.advice.find((a) => a.id === w.id)
                : c.model.targets.get(w.id)?.bands.find((b) => b.id === w.band);
          expect(rule?.contradicts).toBeDefined();
        }
      }),
      RUNS,
    );
  });

  it("is the same from the compiled scorer", () => {
    fc.assert(
      fc.property(richArb, (c) => {
        expect(compileScorer(c.model)(c.answers)).toEqual(score(c.model, c.answers));
      }),
      RUNS,
    );
  });
});

describe("strengths on a built-in questionnaire", () => {
  it("gives none from the middle band of defauts-acceptables, even marked bright", () => {
    const path = new URL("../../questionnaires/defauts-acceptables.yaml", import.meta.url);
    const outcome = checkQuestionnaire(
      readFileSync(path, "utf8"),
      "defauts-acceptables.yaml",
      "en",
    );
    if (!outcome.ok) throw new Error("the built-in does not load");
    const model = outcome.model;
    // Version 1 marked this middle band bright; mark it so here, as an author could.
    const middle = (model.targets.get("impatience") as Target).bands.find((b) => b.id === "middle");
    if (!middle) throw new Error("impatience has no middle band");
    (middle as { side?: string }).side = "bright";
    // Likert items just below and just above their scale's middle in turn (neither a
    // middle answer nor one box all the way down); every scenario on its k-th option, for
    // the first k that puts impatience in its middle band.
    const sheet = (k: number) => {
      const answers: Record<string, string | number> = {};
      for (const [i, item] of model.items.entries()) {
        if (item.type === "likert") {
          const values = [...(model.scales.get(item.scale)?.values ?? [])].sort((a, b) => a - b);
          const below = Math.ceil(values.length / 2) - 2 + (values.length % 2 === 0 ? 1 : 0);
          answers[item.id] = values[i % 2 === 0 ? below : values.length - 1 - below] as number;
        } else if (item.type === "scenario" || item.type === "choice")
          answers[item.id] = item.options[Math.min(k, item.options.length - 1)]?.value as string;
      }
      return score(model, answers);
    };
    const r =
      [0, 1, 2, 3]
        .map(sheet)
        .find((x) => x.dimensions.find((d) => d.id === "impatience")?.band === "middle") ??
      sheet(0);
    const impatience = r.dimensions.find((d) => d.id === "impatience");
    const target = model.targets.get("impatience") as Target;
    // What used to give a strength: a middle band marked bright, on a dimension with a bright text.
    expect(impatience?.band).toBe("middle");
    expect(r.lowInformation).toBeNull();
    expect(target.bands.find((b) => b.id === "middle")?.side).toBe("bright");
    expect(target.bright).toBeDefined();
    expect(r.strengths.map((x) => x.id)).not.toContain("impatience");
  });
});
