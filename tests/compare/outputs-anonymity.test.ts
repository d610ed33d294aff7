// Anonymity on every output of the comparison, as a property: whatever is withheld (a
// dimension with fewer than --min-group people, a group, and the groups withheld with it)
// must leave no trace in the table, the Markdown, the HTML page or the JSON, in either
// language. The test changes the withheld people's scores and asks for the very same bytes:
// a figure computed from them, shown anywhere, would differ. (That the overall figure less the
// shown groups' gives nothing away is compute.test.ts's property.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Comparison, compare } from "../../src/compare/compute.ts";
import { compareHtml } from "../../src/compare/render/html.ts";
import { compareMarkdown } from "../../src/compare/render/markdown.ts";
import { compareText } from "../../src/compare/render/text.ts";
import { buildCompareView } from "../../src/compare/render/view.ts";
import { targetsOf } from "../../src/compare/targets.ts";
import type { Person, Wave } from "../../src/compare/wave.ts";
import { toJson } from "../../src/render/json.ts";
import { makeColour } from "../../src/term/colour.ts";
import { model } from "../batch/helpers.ts";

const team = model("team.yaml");
const TARGETS = targetsOf(team);
const plain = makeColour({ isTTY: false, env: { NO_COLOR: "1" } });
const bandOf = (p: number) => (p < 40 ? "low" : p < 70 ? "middle" : "high");
/** Another score in the same band (its mirror within the band): the band moves stay. */
const sameBand = (p: number) => (p < 40 ? 39 - p : p < 70 ? 109 - p : 170 - p);

interface Drawn {
  id: string;
  group: string | null;
  low: boolean;
  values: (number | null)[];
}

const ids = Array.from({ length: 12 }, (_, i) => `p${i}`);
const arbWave = fc.uniqueArray(
  fc.record({
    id: fc.constantFrom(...ids),
    group: fc.option(fc.constantFrom("north", "south", "east"), { freq: 5 }),
    low: fc.boolean(),
    values: fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { freq: 5 }), {
      minLength: TARGETS.length,
      maxLength: TARGETS.length,
    }),
  }),
  { selector: (p) => p.id, maxLength: ids.length },
);

const toWave = (file: string, ps: readonly Drawn[]): Wave => ({
  file,
  questionnaire: { id: "equipe", version: "2" },
  people: ps.map(
    (p): Person => ({
      participant: p.id,
      group: p.group,
      line: 1,
      lowInformation: p.low,
      targets: new Map(
        TARGETS.map((t, i) => {
          const v = p.values[i] ?? null;
          return [t.id, { percent: v, band: v === null ? null : bandOf(v) }];
        }),
      ),
    }),
  ),
});

interface Options {
  minGroup: number;
  unpaired: boolean;
  grouped: boolean;
}

function outputs(a: readonly Drawn[], b: readonly Drawn[], o: Options) {
  const { comparison } = compare(toWave("a", a), toWave("b", b), TARGETS, {
    ...o,
    reliability: new Map(),
  });
  const texts = ["en", "fr"].flatMap((lang) => {
    const view = buildCompareView(team, comparison, lang);
    return [compareText(view, plain, 100), compareMarkdown(view), compareHtml(view)];
  });
  // The JSON to ten digits: the same values summed in another order may differ in the last
  // bit of a double, and that says nothing of anyone.
  const json = JSON.stringify(JSON.parse(toJson(comparison)), (_, v) =>
    typeof v === "number" ? Number(v.toPrecision(10)) : v,
  );
  return { comparison, texts: [...texts, json] };
}

/** Rotates the values at `at` (people, target index) by one place among them. */
function rotate(at: [Drawn, number][]): void {
  const values = at.map(([p, i]) => p.values[i] ?? null);
  at.forEach(([p, i], k) => {
    p.values[i] = values[(k + 1) % values.length] ?? null;
  });
}

/**
 * The waves again, with every withheld score changed: a withheld target's scores moved within
 * their band, and the scores of the people of withheld groups passed round among them (so
 * the overall figures, made of the same values, stay the same).
 */
function perturbed(a: Drawn[], b: Drawn[], c: Comparison, unpaired: boolean): [Drawn[], Drawn[]] {
  const copy = (ps: Drawn[]) => ps.map((p) => ({ ...p, values: [...p.values] }));
  const [x, y] = [copy(a), copy(b)];
  const afterBy = new Map(y.map((p) => [p.id, p]));
  for (const [i, f] of c.targets.entries()) {
    if (f.withheld) {
      for (const p of [...x, ...y]) {
        const v = p.values[i];
        if (v != null) p.values[i] = sameBand(v);
      }
      continue;
    }
    const hidden = new Set(
      (c.groups ?? []).filter((g) => g.targets[i]?.withheld).map((g) => g.name),
    );
    if (hidden.size === 0) continue;
    const scored = (p: Drawn | undefined) => p !== undefined && p.values[i] != null;
    if (unpaired) {
      for (const wave of [x, y])
        rotate(wave.filter((p) => hidden.has(p.group) && scored(p)).map((p) => [p, i]));
      continue;
    }
    // Paired: a pair belongs to its second wave's group; its two scores move together.
    const pairs = x.flatMap((p) => {
      const q = afterBy.get(p.id);
      return q && hidden.has(q.group ?? p.group) && scored(p) && scored(q) ? [[p, q] as const] : [];
    });
    rotate(pairs.map(([p]) => [p, i]));
    rotate(pairs.map(([, q]) => [q, i]));
  }
  return [x, y];
}

describe("anonymity in every output", () => {
  it("shows nothing that depends on the scores of people withheld, overall or in a group", () => {
    fc.assert(
      fc.property(
        arbWave,
        arbWave,
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        fc.boolean(),
        (a, b, minGroup, unpaired, grouped) => {
          const o = { minGroup, unpaired, grouped };
          const first = outputs(a, b, o);
          const [x, y] = perturbed(a, b, first.comparison, unpaired);
          const second = outputs(x, y, o).texts;
          expect(second).toEqual(first.texts);
        },
      ),
      { numRuns: 200 },
    );
  });
});
