// What `reflet validate` says, in both languages.

import { counted } from "../../i18n/plural.ts";
import type { Model } from "../../model/model.ts";

const facets = (m: Model) => m.dimensions.reduce((n, d) => n + d.facets.length, 0);

const en = {
  valid: (file: string, m: Model) =>
    `${file}: valid — ${m.id} ${m.version}, ${[
      counted("en", m.items.length, "item", "items"),
      counted("en", m.dimensions.length, "dimension", "dimensions"),
      counted("en", facets(m), "facet", "facets"),
      counted("en", m.advice.length, "advice rule", "advice rules"),
      counted("en", m.profiles.length, "profile", "profiles"),
      counted("en", m.file.tests?.length ?? 0, "test case", "test cases"),
    ].join(", ")}, languages ${m.languages.join(", ")}`,
};

const fr: typeof en = {
  valid: (file, m) =>
    `${file} : valide — ${m.id} ${m.version}, ${[
      counted("fr", m.items.length, "question", "questions"),
      counted("fr", m.dimensions.length, "dimension", "dimensions"),
      counted("fr", facets(m), "facette", "facettes"),
      counted("fr", m.advice.length, "conseil", "conseils"),
      counted("fr", m.profiles.length, "profil", "profils"),
      counted("fr", m.file.tests?.length ?? 0, "cas de test", "cas de test"),
    ].join(", ")}, langues ${m.languages.join(", ")}`,
};

export const validateMessages = { en, fr };
