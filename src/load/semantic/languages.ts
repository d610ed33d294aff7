// Every text written per language has exactly the declared languages: none missing, none
// extra. A plain string is the same text in every language.
import { findByPlan } from "../../model/plan-walk.ts";
import { QUESTIONNAIRE_PLAN } from "../../model/questionnaire-plan.ts";
import type { CheckContext } from "./context.ts";

export function checkLanguages(ctx: CheckContext): void {
  const declared = ctx.q.languages;
  const text = QUESTIONNAIRE_PLAN.named.Text as number;
  findByPlan(QUESTIONNAIRE_PLAN, text, ctx.q, (text, path) => {
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
