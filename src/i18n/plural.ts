// Plural forms by each language's own rule (Intl.PluralRules): French puts 0 and 1 in the
// singular ("0 résultat"), English only 1 ("0 results").
import type { Lang } from "./lang.ts";

const RULES: { readonly [L in Lang]: Intl.PluralRules } = {
  fr: new Intl.PluralRules("fr"),
  en: new Intl.PluralRules("en"),
};

/** The form of a word for `n`. French "many" (a million) takes the plural form. */
export function plural(lang: Lang, n: number, one: string, other: string): string {
  return RULES[lang].select(n) === "one" ? one : other;
}

/** `n` and the word in the form `n` takes: "1 item", "2 items", "0 question". */
export function counted(lang: Lang, n: number, one: string, other: string): string {
  return `${n} ${plural(lang, n, one, other)}`;
}
