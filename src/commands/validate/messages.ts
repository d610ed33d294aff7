// What `reflet validate` says, in both languages.
import type { Model } from "../../model/model.ts";

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** French counts 0 and 1 in the singular. */
const compte = (n: number, un: string, plusieurs: string) => `${n} ${n <= 1 ? un : plusieurs}`;
const facets = (m: Model) => m.dimensions.reduce((n, d) => n + d.facets.length, 0);

const en = {
  description:
    "check questionnaire files (syntax, schema, references, bands, languages, conditions); problems and warnings as file:line:col",
  files: "questionnaire files",
  json: "results as JSON on stdout",
  strict: "treat warnings as problems: exit 1 when a file has any",
  valid: (file: string, m: Model) =>
    `${file}: valid — ${m.id} ${m.version}, ${[
      count(m.items.length, "item", "items"),
      count(m.dimensions.length, "dimension", "dimensions"),
      count(facets(m), "facet", "facets"),
      count(m.advice.length, "advice rule", "advice rules"),
      count(m.profiles.length, "profile", "profiles"),
      count(m.file.tests?.length ?? 0, "test case", "test cases"),
    ].join(", ")}, languages ${m.languages.join(", ")}`,
  examples: [
    "reflet validate my-questionnaire.yaml",
    "reflet validate questionnaires/*.yaml",
    "reflet validate my-questionnaire.yaml --json",
    "reflet validate my-questionnaire.yaml --strict",
  ],
};

const fr: typeof en = {
  description:
    "vérifier des fichiers de questionnaire (syntaxe, schéma, références, tranches, langues, conditions) ; problèmes et avertissements en fichier:ligne:colonne",
  files: "fichiers de questionnaire",
  json: "résultats en JSON sur la sortie standard",
  strict:
    "traiter les avertissements comme des problèmes : code de sortie 1 dès qu'un fichier en a",
  valid: (file, m) =>
    `${file} : valide — ${m.id} ${m.version}, ${[
      compte(m.items.length, "question", "questions"),
      compte(m.dimensions.length, "dimension", "dimensions"),
      compte(facets(m), "facette", "facettes"),
      compte(m.advice.length, "conseil", "conseils"),
      compte(m.profiles.length, "profil", "profils"),
      compte(m.file.tests?.length ?? 0, "cas de test", "cas de test"),
    ].join(", ")}, langues ${m.languages.join(", ")}`,
  examples: [
    "reflet validate mon-questionnaire.yaml",
    "reflet validate questionnaires/*.yaml",
    "reflet validate mon-questionnaire.yaml --json",
    "reflet validate mon-questionnaire.yaml --strict",
  ],
};

export const validateMessages = { en, fr };
