// What the loaders say, in both languages. Each returns a message and what to do.
import { plural } from "../../i18n/plural.ts";

type Said = { message: string; hint?: string };

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
    hint: "remove the tag, the word starting with !",
  }),
  yamlError: (code: string, text: string): Said => ({
    message: `YAML syntax error: ${text.split("\n")[0]}`,
    hint: code === "DUPLICATE_KEY" ? "keep one of the two keys" : "fix the syntax at this place",
  }),
  notFound: (): Said => ({ message: "file not found", hint: "check the path" }),
  unreadable: (reason: string): Said => ({ message: `cannot read the file: ${reason}` }),
  isAFolder: "it is a folder",
  notUtf8: (): Said => ({ message: "the file is not valid UTF-8", hint: "save it as UTF-8" }),
  /** How a kind of value is called in messages. */
  kinds: {
    string: "a text",
    number: "a number",
    int: "a whole number",
    boolean: "true or false",
    array: "a list",
    tuple: "a list",
    object: "a mapping (key: value)",
    record: "a mapping (key: value)",
    null: "nothing",
    text: 'a text (a plain string, or one string per language: {fr: "…", en: "…"})',
  } as Record<string, string>,
  or: " or ",
  /** A message about the value at `where` (a dotted path). */
  at: (where: string, message: string) => `${where}: ${message}`,
  missing: (key: string): Said => ({ message: `missing "${key}"`, hint: "add it" }),
  wrongType: (expected: string, found: string): Said => ({
    message: `expected ${expected}, found ${found}`,
  }),
  unknownKey: (key: string, suggestion: string | undefined, known: readonly string[]): Said => ({
    message: `unknown key "${key}"`,
    hint: suggestion
      ? `did you mean ${suggestion}?`
      : known.length > 0
        ? `allowed here: ${known.join(", ")}`
        : "remove it",
  }),
  notOneOf: (found: string, allowed: readonly string[], suggestion: string | undefined): Said => ({
    message: `${found} is not one of ${allowed.join(", ")}`,
    hint: suggestion ? `did you mean ${suggestion}?` : `use one of ${allowed.join(", ")}`,
  }),
  badLanguageKey: (key: string): Said => ({
    message: `"${key}" is not a language code`,
    hint: /\s/.test(key)
      ? "a comma inside {…} ends a text: put the text in quotes"
      : "write codes such as fr, en or fr-CA",
  }),
  badKey: (key: string): Said => ({ message: `"${key}" is not allowed as a key here` }),
  badRange: (found: string): Said => ({
    message: `${found} is not a range`,
    hint: '"[" or "(" for an inclusive or exclusive lower edge, "]" or ")" for the upper one: "[0, 40)"',
  }),
  badLanguage: (found: string): Said => ({
    message: `${found} is not a language code`,
    hint: "write codes such as fr, en or fr-CA",
  }),
  badId: (): Said => ({
    message: "an id cannot hold control characters",
    hint: "use letters, digits, - or _",
  }),
  emptyText: (): Said => ({ message: "empty text", hint: "write something, or remove the key" }),
  tooFew: (min: number | bigint): Said => ({
    message: `needs at least ${min} ${plural("en", Number(min), "entry", "entries")}`,
  }),
  tooMany: (max: number | bigint): Said => ({ message: `at most ${max} entries allowed` }),
  tooLong: (max: number | bigint): Said => ({ message: `longer than ${max} characters` }),
  tooSmall: (min: number | bigint, inclusive: boolean): Said => ({
    message: inclusive ? `must be at least ${min}` : `must be more than ${min}`,
  }),
  tooBig: (max: number | bigint, inclusive: boolean): Said => ({
    message: inclusive ? `must be at most ${max}` : `must be less than ${max}`,
  }),
  conditionKeys: (found: readonly string[], allowed: readonly string[]): Said => ({
    message:
      found.length === 0
        ? "an empty condition"
        : `a condition has one test, this one has ${found.length}: ${found.join(", ")}`,
    hint:
      found.length === 0
        ? `use one of ${allowed.join(", ")}`
        : "combine several tests with all: [...] or any: [...]",
  }),
  emptyComparison: (): Said => ({
    message: "an empty comparison",
    hint: "use eq, ne, gt, gte, lt or lte: {gte: 70}",
  }),
  other: (text: string): Said => ({ message: text }),
};

const fr: typeof en = {
  tooLarge: (bytes, max) => ({
    message: `le fichier fait ${bytes} octets, plus que les ${max} que reflet accepte`,
    hint: "découpez-le ou retirez ce qui est inutile",
  }),
  tooDeep: (max) => ({
    message: `imbrication de plus de ${max} niveaux`,
    hint: "un questionnaire n’en a jamais besoin ; vérifiez l’indentation",
  }),
  tooManyAliases: (max) => ({
    message: `plus de ${max} alias YAML`,
    hint: "réutilisez les échelles par leur nom plutôt qu’avec des ancres",
  }),
  unknownTag: () => ({
    message: "les balises YAML ne sont pas autorisées",
    hint: "retirez la balise, le mot qui commence par !",
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
  isAFolder: "c’est un dossier",
  notUtf8: () => ({
    message: "le fichier n’est pas en UTF-8 valide",
    hint: "enregistrez-le en UTF-8",
  }),
  kinds: {
    string: "un texte",
    number: "un nombre",
    int: "un nombre entier",
    boolean: "true ou false",
    array: "une liste",
    tuple: "une liste",
    object: "une table (clé: valeur)",
    record: "une table (clé: valeur)",
    null: "rien",
    text: "un texte (une chaîne, ou une chaîne par langue : {fr: « … », en: « … »})",
  },
  or: " ou ",
  at: (where, message) => `${where} : ${message}`,
  missing: (key) => ({ message: `« ${key} » manquant`, hint: "ajoutez-le" }),
  wrongType: (expected, found) => ({ message: `attendu : ${expected} ; trouvé : ${found}` }),
  unknownKey: (key, suggestion, known) => ({
    message: `clé inconnue « ${key} »`,
    hint: suggestion
      ? `vouliez-vous dire ${suggestion} ?`
      : known.length > 0
        ? `permises ici : ${known.join(", ")}`
        : "retirez-la",
  }),
  notOneOf: (found, allowed, suggestion) => ({
    message: `${found} ne fait pas partie de ${allowed.join(", ")}`,
    hint: suggestion ? `vouliez-vous dire ${suggestion} ?` : `utilisez ${allowed.join(", ")}`,
  }),
  badLanguageKey: (key) => ({
    message: `« ${key} » n’est pas un code de langue`,
    hint: /\s/.test(key)
      ? "une virgule dans {…} termine un texte : mettez le texte entre guillemets"
      : "écrivez des codes comme fr, en ou fr-CA",
  }),
  badKey: (key) => ({ message: `« ${key} » n’est pas permis comme clé ici` }),
  badRange: (found) => ({
    message: `${found} n’est pas un intervalle`,
    hint: '« [ » ou « ( » pour une borne basse incluse ou exclue, « ] » ou « ) » pour la borne haute : "[0, 40)"',
  }),
  badLanguage: (found) => ({
    message: `${found} n’est pas un code de langue`,
    hint: "écrivez des codes comme fr, en ou fr-CA",
  }),
  badId: () => ({
    message: "un identifiant ne peut pas contenir de caractères de contrôle",
    hint: "utilisez des lettres, des chiffres, - ou _",
  }),
  emptyText: () => ({ message: "texte vide", hint: "écrivez quelque chose, ou retirez la clé" }),
  tooFew: (min) => ({
    message: `il faut au moins ${min} ${plural("fr", Number(min), "élément", "éléments")}`,
  }),
  tooMany: (max) => ({ message: `au plus ${max} éléments permis` }),
  tooLong: (max) => ({ message: `plus long que ${max} caractères` }),
  tooSmall: (min, inclusive) => ({
    message: inclusive ? `doit valoir au moins ${min}` : `doit valoir plus de ${min}`,
  }),
  tooBig: (max, inclusive) => ({
    message: inclusive ? `doit valoir au plus ${max}` : `doit valoir moins de ${max}`,
  }),
  conditionKeys: (found, allowed) => ({
    message:
      found.length === 0
        ? "une condition vide"
        : `une condition a un seul test, celle-ci en a ${found.length} : ${found.join(", ")}`,
    hint:
      found.length === 0
        ? `utilisez ${allowed.join(", ")}`
        : "combinez plusieurs tests avec all: [...] ou any: [...]",
  }),
  emptyComparison: () => ({
    message: "une comparaison vide",
    hint: "utilisez eq, ne, gt, gte, lt ou lte : {gte: 70}",
  }),
  other: (text) => ({ message: text }),
};

export const loadMessages = { en, fr };
