// What the YAML reader says about a file it will not read, in both languages.
type Said = { message: string; hint?: string };

const en = {
  tooManyElements: (max: number): Said => ({
    message: `more than ${max} YAML elements`,
    hint: "a questionnaire never needs that many; check that this is the right file",
  }),
  duplicateKey: (key: string, line: number): Said => ({
    message: `key ${JSON.stringify(key)} is already on line ${line}`,
    hint: "keep one of the two keys",
  }),
  protoKey: (): Said => ({
    message: "the key __proto__ is not allowed",
    hint: "rename or remove it",
  }),
  notFinite: (): Said => ({
    message: "numbers must be finite (.inf and .nan are not allowed)",
    hint: "write a plain number",
  }),
  multipleDocs: (): Said => ({
    message: "the file holds more than one YAML document",
    hint: "keep only the first one",
  }),
  complexKey: (): Said => ({
    message: "a key must be a plain value, not a list or a mapping",
    hint: "write the key as text",
  }),
};

const fr: typeof en = {
  tooManyElements: (max) => ({
    message: `plus de ${max} éléments YAML`,
    hint: "un questionnaire n’en a jamais autant ; vérifiez que c’est le bon fichier",
  }),
  duplicateKey: (key, line) => ({
    message: `la clé ${JSON.stringify(key)} est déjà à la ligne ${line}`,
    hint: "gardez une seule des deux clés",
  }),
  protoKey: () => ({
    message: "la clé __proto__ n’est pas autorisée",
    hint: "renommez-la ou retirez-la",
  }),
  notFinite: () => ({
    message: "les nombres doivent être finis (.inf et .nan ne sont pas permis)",
    hint: "écrivez un nombre ordinaire",
  }),
  multipleDocs: () => ({
    message: "le fichier contient plusieurs documents YAML",
    hint: "gardez seulement le premier",
  }),
  complexKey: () => ({
    message: "une clé doit être une valeur simple, pas une liste ni une table",
    hint: "écrivez la clé comme du texte",
  }),
};

export const yamlMessages = { en, fr };
