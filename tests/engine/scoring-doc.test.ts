// The worked examples of docs/scoring.md, run as they are written: each questionnaire
// fragment (with the page's header) must load, and each answers block must score to
// the numbers of the result block that follows it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { score } from "../../src/engine/score.ts";
import type { Result, TargetResult } from "../../src/engine/types.ts";
import { checkAnswersText } from "../../src/load/answers.ts";
import type { Model } from "../../src/model/model.ts";
import type { SimulationModelName } from "../../src/model/types.ts";
import { checkExpectations } from "../../src/simulate/expectations.ts";
import { simulate } from "../../src/simulate/simulate.ts";
import { loadObject } from "./load.ts";

const doc = readFileSync(new URL("../../docs/scoring.md", import.meta.url), "utf8");

interface Block {
  kind: string;
  data: Record<string, unknown>;
}

function blocks(text: string): Block[] {
  return [...text.matchAll(/^```yaml (\w+)\n([\s\S]*?)^```$/gm)].map((m) => ({
    kind: m[1] as string,
    data: parse(m[2] as string) as Record<string, unknown>,
  }));
}

const header = blocks(doc).find((b) => b.kind === "header")?.data ?? {};
const sections = doc
  .split(/^### /m)
  .slice(1)
  .map((s) => ({ title: s.slice(0, s.indexOf("\n")), blocks: blocks(s) }))
  .filter((s) => s.blocks.some((b) => b.kind === "questionnaire"));

function load(fragment: Record<string, unknown>, title: string): Model {
  const scales = { ...(header.scales as object), ...(fragment.scales as object | undefined) };
  return loadObject({ ...header, ...fragment, scales }, title);
}

function scoreSheet(model: Model, answers: Record<string, unknown>): Result {
  const text = stringify({ questionnaire: model.id, answers });
  const loaded = checkAnswersText(text, "answers.yaml", model, "en");
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => p.message).join("; "));
  return score(model, loaded.value.answers);
}

/** Two decimals in the doc mean "rounded"; anything else is the exact value. */
function expectStated(actual: unknown, stated: unknown, what: string): void {
  if (typeof stated === "number" && /\.\d\d$/.test(String(stated))) {
    expect(typeof actual, what).toBe("number");
    expect(Math.abs((actual as number) - stated), what).toBeLessThanOrEqual(0.005 + 1e-12);
  } else expect(actual, what).toEqual(stated);
}

const FIELDS = ["status", "answered", "expected", "raw", "sum", "mean", "score", "percent", "band"];

function checkTarget(t: TargetResult, stated: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(stated)) {
    if (field === "points") {
      const got = Object.fromEntries(t.contributions.map((c) => [c.item, c.points]));
      expect(got, `${t.id}.points`).toEqual(value);
    } else if (field === "contributions") {
      expect(t.contributions, `${t.id}.contributions`).toEqual(value);
    } else if (FIELDS.includes(field)) {
      expectStated(t[field as keyof TargetResult], value, `${t.id}.${field}`);
    } else throw new Error(`unknown field ${field} in a result block`);
  }
}

function checkResult(result: Result, stated: Record<string, unknown>): void {
  const targets = new Map<string, TargetResult>();
  for (const d of result.dimensions) {
    targets.set(d.id, d);
    for (const f of d.facets) targets.set(f.id, f);
  }
  for (const [key, value] of Object.entries(stated)) {
    if (key === "flags") expect(result.flags.map((f) => f.id)).toEqual(value);
    else if (key === "notApplicable") expect(result.notApplicable).toEqual(value);
    else if (key === "profile") {
      if (typeof value === "string") expect(result.profile?.id).toBe(value);
      else if (value === null) expect(result.profile).toBeNull();
      // Only the keys the doc states: a profile's evidence is shown in its own examples.
      else expect(result.profile).toMatchObject(value as object);
    } else if (key === "advice") {
      const list = value as (string | { id: string; because?: string[]; evidence?: unknown })[];
      expect(result.advice.map((a) => a.id)).toEqual(
        list.map((a) => (typeof a === "string" ? a : a.id)),
      );
      for (const a of list) {
        if (typeof a === "string") continue;
        const fired = result.advice.find((f) => f.id === a.id);
        if (a.because) expect(fired?.because, a.id).toEqual(a.because);
        if (a.evidence) expect(fired?.evidence, a.id).toEqual(a.evidence);
      }
    } else if (key === "strengths" || key === "watch") {
      const list = value as (string | Record<string, unknown>)[];
      const got = result[key];
      expect(got.map((s) => s.id)).toEqual(list.map((s) => (typeof s === "string" ? s : s.id)));
      list.forEach((s, i) => {
        if (typeof s !== "string") expect(got[i]).toMatchObject(s);
      });
    } else if (key === "lowInformation") {
      expect(result.lowInformation?.reasons ?? null).toEqual(value);
    } else if (key === "withheld") {
      expect(result.withheld).toEqual(value);
    } else {
      const t = targets.get(key);
      if (!t) throw new Error(`no dimension or facet ${key}`);
      checkTarget(t, value as Record<string, unknown>);
    }
  }
}

describe("the worked examples of docs/scoring.md", () => {
  it("are all found", () => {
    expect(sections.length).toBe(22);
  });
  for (const section of sections) {
    describe(section.title, () => {
      const q = section.blocks.find((b) => b.kind === "questionnaire") as Block;
      const sheets: { answers: Block; result: Block }[] = [];
      section.blocks.forEach((b, i) => {
        const next = section.blocks[i + 1];
        if (b.kind === "answers" && next?.kind === "result")
          sheets.push({ answers: b, result: next });
      });
      const simulation = section.blocks.find((b) => b.kind === "simulation");
      if (simulation) {
        it("simulates respondents to the shares shown, and breaks the expectations shown", () => {
          const model = load(q.data, section.title);
          const stated = simulation.data as {
            respondents: number;
            runs: Record<string, Record<string, unknown>>;
            notMet: unknown[];
          };
          const models = Object.keys(stated.runs) as SimulationModelName[];
          const report = simulate(model, { respondents: stated.respondents, models });
          for (const [id, want] of Object.entries(stated.runs)) {
            const run = report.runs.find((r) => r.id === id);
            const { bands, ...rest } = want as { bands?: Record<string, object> };
            expect(run, id).toMatchObject(rest);
            for (const [target, shares] of Object.entries(bands ?? {}))
              expect(run?.targets.find((t) => t.id === target)?.bands, `${id} ${target}`).toEqual(
                shares,
              );
          }
          expect(checkExpectations(model, report)).toEqual(stated.notMet);
        });
        return;
      }
      it("has a questionnaire that loads and a result for each answer sheet", () => {
        load(q.data, section.title);
        expect(sheets.length).toBeGreaterThan(0);
        expect(sheets.length).toBe(section.blocks.filter((b) => b.kind === "answers").length);
      });
      sheets.forEach((sheet, i) => {
        it(`scores answer sheet ${i + 1} to the numbers shown`, () => {
          const model = load(q.data, section.title);
          checkResult(scoreSheet(model, sheet.answers.data), sheet.result.data);
        });
      });
    });
  }
});
