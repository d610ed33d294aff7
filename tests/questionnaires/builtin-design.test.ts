// How the built-in questionnaires are built: the work setting first, balanced keying,
// contradiction pairs apart, scenario options of similar length with a rationale each, a
// bright side on top bands only, an action for every band, strengths and watch points
// backed by answers.
import { describe, expect, it } from "vitest";
import { itemOrder } from "../../src/engine/order.ts";
import type { Condition, Item } from "../../src/model/types.ts";
import { BAND_IDS, BUILTIN, LANGS, load, RANGES, SETTINGS } from "./builtin-helpers.ts";

/** Whether an item is shown to people who work in this setting (its condition on contexte). */
function shownIn(it: Item, setting: string): boolean {
  const w = it.when?.answer?.contexte;
  if (w === undefined) return true;
  return typeof w === "string" ? w === setting : (w as { in: string[] }).in.includes(setting);
}

for (const id of BUILTIN) {
  describe(`built-in questionnaire ${id}: design`, () => {
    const { text, model, file: q } = load(id);

    it("asks the work setting first and shows 15 to 30 items in each setting", () => {
      const first = q.items[0];
      expect(first?.id).toBe("contexte");
      if (first?.type !== "choice") throw new Error("contexte is a choice");
      expect(first.options.map((o) => o.value)).toEqual(SETTINGS);
      for (const setting of SETTINGS) {
        const shown = q.items.filter((it) => shownIn(it, setting));
        expect(shown.length, setting).toBeGreaterThanOrEqual(15);
        expect(shown.length, setting).toBeLessThanOrEqual(30);
      }
    });

    it("has at least 4 items per dimension, and 4 Likert items with 2 reverse-keyed", () => {
      for (const d of model.dimensions) {
        expect(d.reach.length, d.id).toBeGreaterThanOrEqual(4);
        const likert = q.items.filter((it) => it.type === "likert" && it.dimension === d.id);
        expect(likert.length, d.id).toBeGreaterThanOrEqual(4);
        const reversed = likert.filter((it) => it.type === "likert" && it.reverse);
        expect(reversed.length, `${d.id} has two reverse-keyed items`).toBeGreaterThanOrEqual(2);
      }
    });

    it("asks items interleaved: no two statements of a dimension in a row, pairs far apart", () => {
      expect(Array.isArray(q.order), "an explicit order").toBe(true);
      const asked = itemOrder(model, 0);
      const dimensionOf = (itemId: string) => {
        const it = q.items.find((x) => x.id === itemId);
        return it?.type === "likert" ? it.dimension : null;
      };
      for (const setting of SETTINGS) {
        const seen = asked.filter((itemId) =>
          shownIn(q.items.find((x) => x.id === itemId) as Item, setting),
        );
        for (const [i, itemId] of seen.entries()) {
          const d = dimensionOf(itemId);
          if (d !== null)
            expect(dimensionOf(seen[i + 1] ?? ""), `${setting}: ${itemId}`).not.toBe(d);
        }
      }
      const at = (itemId: string) => asked.indexOf(itemId);
      for (const p of q.quality?.pairs ?? []) {
        const [a, b] = p.items;
        expect(Math.abs(at(a as string) - at(b as string)), p.id).toBeGreaterThanOrEqual(8);
      }
    });

    it("gives scenario options of similar length, each with a one-line rationale", () => {
      for (const s of q.items) {
        if (s.type !== "scenario" && s.type !== "best-worst") continue;
        for (const lang of LANGS) {
          const lengths = s.options.map(
            (o) => (o.label as Record<string, string>)[lang]?.length ?? 0,
          );
          const ratio = Math.max(...lengths) / Math.min(...lengths);
          expect(ratio, `${s.id} in ${lang}`).toBeLessThanOrEqual(1.5);
        }
        for (const o of s.options) {
          const rationale = new RegExp(`- value: ${o.value}\\n\\s+# why: \\S`);
          expect(text.slice(text.indexOf(`id: ${s.id}\n`)), `${s.id}.${o.value}`).toMatch(
            rationale,
          );
        }
      }
    });

    it("has at least 4 scenarios of 3 to 5 options, one best-worst, each option scoring a dimension", () => {
      const dims = new Set(q.dimensions.map((d) => d.id));
      const scenarios = q.items.filter((it) => it.type === "scenario" || it.type === "best-worst");
      expect(scenarios.length).toBeGreaterThanOrEqual(4);
      expect(scenarios.filter((it) => it.type === "best-worst").length).toBeGreaterThanOrEqual(1);
      for (const s of scenarios) {
        if (s.type !== "scenario" && s.type !== "best-worst") continue;
        // A best-worst option scores as the most likely (`best`); as the least likely, the opposite.
        const table = (o: (typeof s.options)[number]): Record<string, number> | undefined =>
          "best" in o ? o.best : "scores" in o ? o.scores : undefined;
        expect(s.options.length, s.id).toBeGreaterThanOrEqual(3);
        expect(s.options.length, s.id).toBeLessThanOrEqual(5);
        const touched = new Set(s.options.flatMap((o) => Object.keys(table(o) ?? {})));
        for (const o of s.options) {
          const keys = Object.keys(table(o) ?? {});
          expect(keys.length, `${s.id}.${o.value}`).toBeGreaterThan(0);
          for (const k of keys) expect(dims.has(k), `${s.id}.${o.value} → ${k}`).toBe(true);
          // Every option says where it stands on every dimension the scene touches.
          expect(keys.sort(), `${s.id}.${o.value}`).toEqual([...touched].sort());
        }
        // The options differ on every dimension the scene measures.
        for (const k of touched) {
          const points = new Set(s.options.map((o) => table(o)?.[k]));
          expect(points.size, `${s.id} on ${k}`).toBeGreaterThan(1);
        }
      }
    });

    it("has low, middle and high bands with texts, a bright side on the top band only", () => {
      for (const d of q.dimensions) {
        expect(d.bright, d.id).toBeDefined();
        expect(d.shadow, d.id).toBeDefined();
        expect(Array.isArray(d.bands), d.id).toBe(true);
        if (!Array.isArray(d.bands)) continue;
        expect(d.bands.map((b) => b.id)).toEqual(BAND_IDS);
        expect(d.bands.map((b) => b.range)).toEqual(RANGES);
        for (const b of d.bands) expect(b.text, `${d.id}.${b.id}`).toBeDefined();
        // A watch point comes from a rule on the person's answers, never from a band alone.
        expect(d.bands.map((b) => b.side ?? null)).toEqual([null, null, "bright"]);
      }
    });

    it("names a low band only when the statements back it: the band, its profile and its action say so alike", () => {
      const reads = (c: Condition | undefined): string[] => {
        if (!c) return [];
        const nested = [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])];
        return [...Object.keys(c.answer ?? {}), ...nested.flatMap(reads)];
      };
      for (const d of q.dimensions) {
        if (!Array.isArray(d.bands)) continue;
        const low = d.bands.find((b) => b.id === "low");
        const statements = q.items
          .filter((it) => it.type === "likert" && it.dimension === d.id)
          .map((it) => it.id);
        expect(reads(low?.contradicts).sort(), d.id).toEqual([...statements].sort());
        expect(JSON.stringify(low?.contradicts), d.id).toContain('"flag":"straight-lining"');
        const same = JSON.stringify(low?.contradicts);
        const onLow = (w: Condition) =>
          JSON.stringify(w) === JSON.stringify({ band: { [d.id]: "low" } });
        for (const a of q.advice ?? [])
          if (a.kind === "action" && onLow(a.when))
            expect(JSON.stringify(a.contradicts), `${a.id}`).toBe(same);
        for (const p of q.profiles ?? [])
          if (p.when && onLow(p.when)) expect(JSON.stringify(p.contradicts), `${p.id}`).toBe(same);
      }
    });

    it("names every band of every dimension in an action rule", () => {
      const named = new Set<string>();
      for (const a of q.advice ?? []) {
        if (a.kind !== "action") continue;
        const walk = (c: Condition) => {
          for (const [dim, band] of Object.entries(c.band ?? {}))
            for (const b of [band].flat()) named.add(`${dim}:${b}`);
          c.all?.forEach(walk);
          c.any?.forEach(walk);
        };
        walk(a.when);
      }
      const want = q.dimensions.flatMap((d) => BAND_IDS.map((b) => `${d.id}:${b}`));
      expect(want.filter((b) => !named.has(b))).toEqual([]);
    });

    it("gives strengths from top bands only, and watch points from answers only", () => {
      for (const a of q.advice ?? []) {
        if (a.kind === "strength") {
          const bands = JSON.stringify(a.when).match(/"band":\{[^}]*\}/g) ?? [];
          expect(bands.length, a.id).toBeGreaterThan(0);
          for (const b of bands)
            for (const v of Object.values(JSON.parse(b.slice(7)) as Record<string, unknown>))
              expect(v, a.id).toBe("high");
          expect(JSON.stringify(a.when), a.id).not.toMatch(/"not"|"any"/);
        }
        if (a.kind === "watch") expect(JSON.stringify(a.when), a.id).toMatch(/"answer"/);
      }
    });
  });
}
