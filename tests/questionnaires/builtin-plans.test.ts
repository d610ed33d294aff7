// The if-then plans the built-in questionnaires offer at the end of `reflet run`: every
// action has one, in both languages, that reads as one sentence « Quand …, je … » /
// "When …, I …" once joined the way the commit step joins it, short enough to remember.
import { describe, expect, it } from "vitest";
import { checkinMessages } from "../../src/commands/checkin/messages.ts";
import type { Text } from "../../src/model/types.ts";
import { BUILTIN, LANGS, load } from "./builtin-helpers.ts";

/** How each half starts, per language: the moment, then what the person does. */
const OPENS = {
  fr: { situation: /^Quand \S/, action: /^(je |j’)\S/ },
  en: { situation: /^When \S/, action: /^I \S/ },
} as const;
/** Longest halves, in characters: a plan is remembered in the moment, not read. */
const MAX = { situation: 70, action: 100 };
/** How a half ends: on a word, never on punctuation or a closing quote. */
const ENDS = /[\p{L}\p{N}]$/u;
/** Two punctuation marks in a row (« ? » closing a quotation is fine). */
const DOUBLE = /[,;:.!?]\s*[,;:.!?]/;

function halves(t: Text | undefined): Record<string, string> {
  return typeof t === "object" ? (t as Record<string, string>) : {};
}

for (const id of BUILTIN) {
  describe(`built-in questionnaire ${id}: if-then plans`, () => {
    const { file: q } = load(id);
    const actions = (q.advice ?? []).filter((a) => a.kind === "action");

    it("offers a plan with both halves in fr and en for every action rule", () => {
      expect(actions.length).toBeGreaterThan(0);
      const missing: string[] = [];
      for (const a of actions) {
        if (!a.plan) {
          missing.push(`${a.id}: no plan`);
          continue;
        }
        for (const part of ["situation", "action"] as const) {
          const t = halves(a.plan[part]);
          for (const lang of LANGS)
            if (!t[lang]?.trim()) missing.push(`${a.id}.${part}: no ${lang}`);
        }
      }
      expect(missing).toEqual([]);
    });

    it("joins each plan into one sentence: the moment, then what I do, in the first person", () => {
      const wrong: string[] = [];
      for (const a of actions) {
        if (!a.plan) continue;
        for (const lang of ["fr", "en"] as const) {
          const situation = halves(a.plan.situation)[lang] ?? "";
          const action = halves(a.plan.action)[lang] ?? "";
          const where = `${a.id} (${lang})`;
          if (!OPENS[lang].situation.test(situation)) wrong.push(`${where}: situation opening`);
          if (!OPENS[lang].action.test(action)) wrong.push(`${where}: action opening`);
          // The commit step writes "situation, action." and more after it: both end on a word.
          if (!ENDS.test(situation) || !ENDS.test(action))
            wrong.push(`${where}: ends on punctuation`);
          const sentence = checkinMessages[lang].plan(situation, action);
          if (DOUBLE.test(sentence)) wrong.push(`${where}: double punctuation in "${sentence}"`);
          if (/\s{2}|^\s|\s$/.test(sentence)) wrong.push(`${where}: stray spaces`);
          if (/'/.test(sentence)) wrong.push(`${where}: straight apostrophe (write ’)`);
          if (lang === "fr" && /"/.test(sentence))
            wrong.push(`${where}: straight quotes (write « »)`);
          if ([...situation].length > MAX.situation) wrong.push(`${where}: situation too long`);
          if ([...action].length > MAX.action) wrong.push(`${where}: action too long`);
        }
      }
      expect(wrong).toEqual([]);
    });

    it("gives each action a plan of its own", () => {
      const seen = new Map<string, string>();
      for (const a of actions) {
        const key = JSON.stringify(a.plan);
        expect(seen.get(key), `${a.id} repeats a plan`).toBeUndefined();
        seen.set(key, a.id);
      }
    });
  });
}
