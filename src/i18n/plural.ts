// Plural forms by each language's own rule (Unicode's CLDR, as Intl.PluralRules applies it):
// French puts 0 and 1 in the singular ("0 résultat"), English only 1 ("0 results").
import type { Lang } from "./lang.ts";

// Whole numbers, what counts are, by the rule written out: English "one" is 1 alone, French
// "one" is 0 and 1 (its "many", a million, takes the plural form).
// Intl.PluralRules says the same (tests/i18n/plural.test.ts) but loads its language's data
// first, a millisecond or two of every start that says a count; it still answers the rest.
const ONE_WHOLE: { readonly [L in Lang]: (n: number) => boolean } = {
  en: (n) => n === 1 || n === -1,
  fr: (n) => n === 0 || n === 1 || n === -1,
};
const rules: { [L in Lang]?: Intl.PluralRules } = {};
/** Beyond any count: ICU reads the digits of far larger numbers its own way. */
const MAX_COUNT = 2 ** 31;

function isOne(lang: Lang, n: number): boolean {
  if (Number.isInteger(n) && Math.abs(n) <= MAX_COUNT) return ONE_WHOLE[lang](n);
  rules[lang] ??= new Intl.PluralRules(lang);
  return rules[lang].select(n) === "one";
}

/** The form of a word for `n`. French "many" (a million) takes the plural form. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  return isOne(lang, n) ? one : other;
}

/** `n` and the word in the form `n` takes: "1 item", "2 items", "0 question". */
export function counted(lang: Lang, n: number, one: string, other: string): string {
  return `${n} ${plural(lang, n, one, other)}`;
}
