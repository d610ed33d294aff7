// What `reflet validate` says, in both languages.
import type { Model } from "../../model/model.ts";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French counts 0 and 1 in the singular. */
const compte = (n: number, un: string, plusieurs: string) => `${n} ${n <= 1 ? un : plusieurs}`;
const facets = (m: Model) => m.dimensions.reduce((n, d) => n + d.facets.length, 0);

const en = {
  valid: (file: string, m: Model) =>
    `${file}: valid — ${m.id} ${m.version}, ${[
      count(m.items.length, "item", "items"),
      count(m.dimensions.length, "dimension", "dimensions"),
      count(facets(m), "facet", "facets"),
      count(m.advice.length, "advice rule", "advice rules"),
      count(m.profiles.length, "profile", "profiles"),
      count(m.file.tests?.length ?? 0, "test case", "test cases"),
    ].join(", ")}, languages ${m.languages.join(", ")}`,
};

const fr: typeof en = {
  valid: (file, m) =>
    `${file} : valide — ${m.id} ${m.version}, ${[
      compte(m.items.length, "question", "questions"),
      compte(m.dimensions.length, "dimension", "dimensions"),
      compte(facets(m), "facette", "facettes"),
      compte(m.advice.length, "conseil", "conseils"),
      compte(m.profiles.length, "profil", "profils"),
      compte(m.file.tests?.length ?? 0, "cas de test", "cas de test"),
    ].join(", ")}, langues ${m.languages.join(", ")}`,
};

export const validateMessages = { en, fr };
