// Questionnaire texts are a plain string or one string per language.
import type { Text } from "../model/types.ts";

/** The text in `lang`, else in the first language that has it. */
export function localize(
  text: Text | undefined,
  lang: string,
  fallback: readonly string[] = [],
): string {
  if (text === undefined) return "";
  if (typeof text === "string") return text;
  if (text[lang] !== undefined) return text[lang];
  for (const l of fallback) if (text[l] !== undefined) return text[l];
  return Object.values(text)[0] ?? "";
}

/** The language a questionnaire is shown in: the user's if it has it, else its first. */
export function contentLang(userLang: string, languages: readonly string[]): string {
  return languages.includes(userLang) ? userLang : (languages[0] ?? userLang);
}
