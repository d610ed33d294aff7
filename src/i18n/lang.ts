// The user's language: --lang, else REFLET_LANG, else the system locale, else French.
export const LANGS = ["fr", "en"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}

function fromLocale(locale: string | undefined): Lang | undefined {
  if (!locale) return undefined;
  const code = locale.toLowerCase().slice(0, 2);
  if (code === "fr") return "fr";
  if (code === "en") return "en";
  return undefined;
}

export function detectLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (isLang(flag)) return flag;
  if (isLang(env.REFLET_LANG)) return env.REFLET_LANG;
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"] as const) {
    const value = env[name];
    // "C" and "POSIX" say nothing about the language; keep looking.
    if (value && value !== "C" && value !== "POSIX") return fromLocale(value) ?? "fr";
  }
  return fromLocale(Intl.DateTimeFormat().resolvedOptions().locale) ?? "fr";
}

/**
 * The language reflet's own words take beside a text in `lang` (a questionnaire's language,
 * which may be one reflet does not speak): that language when reflet speaks it, else English.
 */
export function wordsLang(lang: string): Lang {
  return isLang(lang) ? lang : "en";
}

/** Picks the catalog of the language. Catalogs are plain objects of message functions. */
export function messagesFor<C>(lang: Lang, catalogs: { fr: C; en: C }): C {
  return catalogs[lang];
}

/** One text in both languages, side by side. */
export type Bilingual<T = string> = { readonly [L in Lang]: T };
