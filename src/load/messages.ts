// What the loaders say, in both languages. Each returns a message and what to do.
import type { z } from "zod";

type Said = { message: string; hint?: string };
type Issue = z.core.$ZodIssue;

const list = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).join(", ");

const en = {
  tooLarge: (bytes: number, max: number): Said => ({
    message: `file is ${bytes} bytes, more than the ${max} reflet reads`,
    hint: "split it or remove what it does not need",
  }),
  tooDeep: (max: number): Said => ({
    message: `nesting deeper than ${max} levels`,
    hint: "questionnaires never need that much; check the indentation",
  }),
  tooManyAliases: (max: number): Said => ({
    message: `more than ${max} YAML aliases`,
    hint: "reuse scales by name instead of with anchors",
  }),
  unknownTag: (): Said => ({
    message: "YAML tags are not allowed",
    hint: "remove the tag (the word starting with !)",
  }),
  yamlError: (code: string, text: string): Said => ({
    message: `YAML syntax error: ${text.split("\n")[0]}`,
    hint: code === "DUPLICATE_KEY" ? "keep one of the two keys" : "fix the syntax at this place",
  }),
  notFound: (): Said => ({ message: "file not found", hint: "check the path" }),
  unreadable: (reason: string): Said => ({ message: `cannot read the file: ${reason}` }),
  notUtf8: (): Said => ({ message: "the file is not valid UTF-8", hint: "save it as UTF-8" }),
  notAMap: (): Said => ({ message: "expected a mapping of keys to values at the top of the file" }),
  issue: (issue: Issue): Said => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined
          ? { message: `missing ${String(issue.path.at(-1) ?? "value")}`, hint: "add it" }
          : { message: `expected ${issue.expected}, found ${typeName(issue.input)}` };
      case "unrecognized_keys":
        return {
          message: `unknown key ${list(issue.keys)}`,
          hint: "check the spelling; `reflet schema` lists every key",
        };
      case "invalid_value":
        return { message: `expected one of ${list(issue.values)}` };
      case "invalid_union":
        return {
          message: "this value has none of the allowed forms",
          hint: "see docs/questionnaire-format.md",
        };
      case "too_small":
        return {
          message: `too small: at least ${issue.minimum}${issue.origin === "array" ? " entries" : ""}`,
        };
      case "too_big":
        return {
          message: `too big: at most ${issue.maximum}${issue.origin === "array" ? " entries" : ""}`,
        };
      case "invalid_format":
        return { message: `wrong format: ${issue.message}` };
      default:
        return { message: issue.message };
    }
  },
};

const fr: typeof en = {
  tooLarge: (bytes, max) => ({
    message: `le fichier fait ${bytes} octets, plus que les ${max} que reflet accepte`,
    hint: "découpez-le ou retirez ce qui est inutile",
  }),
  tooDeep: (max) => ({
    message: `imbrication de plus de ${max} niveaux`,
    hint: "un questionnaire n'en a jamais besoin ; vérifiez l'indentation",
  }),
  tooManyAliases: (max) => ({
    message: `plus de ${max} alias YAML`,
    hint: "réutilisez les échelles par leur nom plutôt qu'avec des ancres",
  }),
  unknownTag: () => ({
    message: "les balises YAML ne sont pas autorisées",
    hint: "retirez la balise (le mot qui commence par !)",
  }),
  yamlError: (code, text) => ({
    message: `erreur de syntaxe YAML : ${text.split("\n")[0]}`,
    hint:
      code === "DUPLICATE_KEY"
        ? "gardez une seule des deux clés"
        : "corrigez la syntaxe à cet endroit",
  }),
  notFound: () => ({ message: "fichier introuvable", hint: "vérifiez le chemin" }),
  unreadable: (reason) => ({ message: `lecture impossible : ${reason}` }),
  notUtf8: () => ({
    message: "le fichier n'est pas en UTF-8 valide",
    hint: "enregistrez-le en UTF-8",
  }),
  notAMap: () => ({ message: "le haut du fichier doit être une table de clés et de valeurs" }),
  issue: (issue) => {
    switch (issue.code) {
      case "invalid_type":
        return issue.input === undefined
          ? { message: `${String(issue.path.at(-1) ?? "valeur")} manquant`, hint: "ajoutez-le" }
          : { message: `${issue.expected} attendu, ${typeName(issue.input)} trouvé` };
      case "unrecognized_keys":
        return {
          message: `clé inconnue ${list(issue.keys)}`,
          hint: "vérifiez l'orthographe ; `reflet schema` liste toutes les clés",
        };
      case "invalid_value":
        return { message: `valeur attendue parmi ${list(issue.values)}` };
      case "invalid_union":
        return {
          message: "cette valeur n'a aucune des formes permises",
          hint: "voir docs/questionnaire-format.md",
        };
      case "too_small":
        return {
          message: `trop petit : au moins ${issue.minimum}${issue.origin === "array" ? " éléments" : ""}`,
        };
      case "too_big":
        return {
          message: `trop grand : au plus ${issue.maximum}${issue.origin === "array" ? " éléments" : ""}`,
        };
      case "invalid_format":
        return { message: `format incorrect : ${issue.message}` };
      default:
        return { message: issue.message };
    }
  },
};

function typeName(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  return typeof v;
}

export const loadMessages = { en, fr };
