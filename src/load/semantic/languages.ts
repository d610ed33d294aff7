// Every text written per language has exactly the declared languages: none missing, none
// extra. A plain string is the same text in every language.
import { Questionnaire, Text } from "../../model/schema.ts";
import type { CheckContext } from "./context.ts";
import { findBySchema } from "./schema-walk.ts";

export function checkLanguages(ctx: CheckContext): void {
  const declared = ctx.q.languages;
  findBySchema(Questionnaire, Text, ctx.q, (text, path) => {
    if (typeof text !== "object" || text === null) return;
    const langs = Object.keys(text);
    for (const lang of declared) {
      if (!langs.includes(lang))
        ctx.report(path, ctx.m.missingLanguage(path.join("."), lang, declared));
    }
    for (const lang of langs) {
      if (!declared.includes(lang))
        ctx.report([...path, lang], ctx.m.undeclaredLanguage(lang, declared), true);
    }
  });
}
