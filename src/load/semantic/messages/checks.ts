// What the semantic checks of ids, references, items, pairs and languages say, in both
// languages (of bands and conditions: conditions.ts). Each message says what is wrong; its
// hint says what to do.
import { counted } from "../../../i18n/plural.ts";

type Said = { message: string; hint?: string };

export type Kind =
  | "scale"
  | "dimension"
  | "facet"
  | "target"
  | "item"
  | "band"
  | "band set"
  | "flag"
  | "profile"
  | "advice"
  | "pair"
  | "test";

const known = (xs: readonly (string | number)[]) =>
  xs.slice(0, 8).join(", ") + (xs.length > 8 ? ", …" : "");
const q = (x: unknown) => (typeof x === "string" ? `"${x}"` : String(x));
const fq = (x: unknown) => (typeof x === "string" ? `« ${x} »` : String(x));

const EN_KIND: Record<Kind, string> = {
  scale: "scale",
  dimension: "dimension",
  facet: "facet",
  target: "dimension or facet",
  item: "item",
  band: "band",
  "band set": "band set",
  flag: "flag",
  profile: "profile",
  advice: "advice",
  pair: "pair",
  test: "test case",
};

/** French nouns with their gender, for the agreement of "inconnu(e)". */
const FR_KIND: Record<Kind, [string, "f" | "m"]> = {
  scale: ["échelle", "f"],
  dimension: ["dimension", "f"],
  facet: ["facette", "f"],
  target: ["dimension ou facette", "f"],
  item: ["question", "f"],
  band: ["tranche", "f"],
  "band set": ["jeu de tranches", "m"],
  flag: ["signal", "m"],
  profile: ["profil", "m"],
  advice: ["conseil", "m"],
  pair: ["paire", "f"],
  test: ["cas de test", "m"],
};
const frKind = (k: Kind) => FR_KIND[k][0];
const frE = (k: Kind) => (FR_KIND[k][1] === "f" ? "e" : "");
const frThe = (k: Kind) =>
  /^[aeéiou]/.test(frKind(k))
    ? `l’${frKind(k)}`
    : `${FR_KIND[k][1] === "f" ? "la" : "le"} ${frKind(k)}`;

const en = {
  duplicateId: (kind: Kind, id: string, line: number): Said => ({
    message: `duplicate ${EN_KIND[kind]} id ${q(id)} (first at line ${line})`,
    hint: "give each one its own id",
  }),
  duplicateValue: (value: string | number, line: number): Said => ({
    message: `value ${q(value)} appears twice (first at line ${line})`,
    hint: "give each choice its own value",
  }),
  duplicateLanguage: (lang: string): Said => ({
    message: `language "${lang}" is declared twice`,
    hint: "keep one",
  }),
  reservedFlag: (id: string): Said => ({
    message: `a pair cannot be called "${id}": that is the straight-lining flag`,
    hint: "choose another id",
  }),
  unknown: (kind: Kind, id: string, ids: readonly (string | number)[]): Said => ({
    message: `unknown ${EN_KIND[kind]} ${q(id)}`,
    hint: ids.length > 0 ? `known: ${known(ids)}` : `declare the ${EN_KIND[kind]} first`,
  }),
  facetOfOther: (facet: string, dimension: string, parent: string): Said => ({
    message: `facet "${facet}" belongs to dimension "${parent}", not "${dimension}"`,
    hint: `set dimension: ${parent}, or use a facet of "${dimension}"`,
  }),
  unknownBand: (target: string, band: string, bands: readonly string[]): Said =>
    bands.length > 0
      ? {
          message: `"${target}" has no band "${band}"`,
          hint: `its bands: ${known(bands)}`,
        }
      : {
          message: `"${target}" has no bands, so none is called "${band}"`,
          hint: "give it bands of its own",
        },
  facetAndDimension: (facet: string, dimension: string): Said => ({
    message: `this option scores facet "${facet}" and its own dimension "${dimension}", which counts the points twice`,
    hint: `keep only "${facet}": its points already count towards "${dimension}"`,
  }),
  pairNotLikert: (item: string): Said => ({
    message: `item "${item}" is not a Likert item, so it has no keyed value to compare`,
    hint: "pair two Likert items",
  }),
  pairScales: (a: string, sa: string, b: string, sb: string): Said => ({
    message: `items "${a}" (scale ${sa}) and "${b}" (scale ${sb}) are on different scales`,
    hint: "pair items on the same scale",
  }),
  pairSameItem: (item: string): Said => ({
    message: `a pair compares two different items, not "${item}" with itself`,
    hint: "name the second item",
  }),
  missingLanguage: (where: string, lang: string, declared: readonly string[]): Said => ({
    message: `${where}: no "${lang}" text`,
    hint: `add ${lang}: …; the file declares ${declared.join(", ")}`,
  }),
  undeclaredLanguage: (lang: string, declared: readonly string[]): Said => ({
    message: `"${lang}" is not one of the declared languages (${declared.join(", ")})`,
    hint: `add ${lang} to languages, or remove this text`,
  }),
  tooFewItems: (kind: "dimension" | "facet", id: string, n: number, min: number): Said =>
    kind === "dimension"
      ? {
          message: `dimension "${id}" has ${counted("en", n, "item", "items")}, fewer than ${min}`,
          hint: "add items, or lower settings.minItemsPerDimension",
        }
      : {
          message: `facet "${id}" has ${counted("en", n, "item", "items")}, fewer than ${min}`,
          hint: "add items to the facet, or drop the facet",
        },
  multiMinAboveMax: (min: number, max: number): Said => ({
    message: `min (${min}) is above max (${max}): no answer can satisfy both`,
    hint: "lower min or raise max",
  }),
  multiMinAboveOptions: (min: number, n: number): Said => ({
    message: `min (${min}) is more than the ${n} options`,
    hint: "lower min",
  }),
  laterItem: (item: string, self: boolean): Said => ({
    message: self
      ? `this condition looks at the item's own answer, which it cannot have before it is shown`
      : `item "${item}" comes later: it has no answer yet when this one is asked`,
    hint: "a condition on an item can only look at earlier items",
  }),
  scoresWhileAnswering: (): Said => ({
    message:
      "an item's condition cannot look at scores, bands or flags: they exist only once every answer is in",
    hint: "use answer or answered on earlier items",
  }),
  textAnswer: (item: string): Said => ({
    message: `item "${item}" is free text: its answer cannot be tested`,
    hint: "test answered instead, or make it a choice item",
  }),
  notAnAnswer: (item: string, value: unknown, allowed: readonly (string | number)[]): Said => ({
    message: `item "${item}" has no answer ${q(value)}`,
    hint: `its answers: ${known(allowed)}`,
  }),
  comparisonOnOptions: (item: string): Said => ({
    message: `item "${item}" answers with options, not numbers: a numeric comparison never holds`,
    hint: "test a value, {in: [...]} or {has: ...}",
  }),
  fillNotOnScale: (fill: number, scale: string, values: readonly number[]): Said => ({
    message: `fill ${fill} is not on scale "${scale}"`,
    hint: `its values: ${known(values)}`,
  }),
};

const fr: typeof en = {
  duplicateId: (kind, id, line) => ({
    message: `identifiant ${fq(id)} en double pour ${frThe(kind)} (déjà à la ligne ${line})`,
    hint: "donnez à chacun son propre identifiant",
  }),
  duplicateValue: (value, line) => ({
    message: `la valeur ${fq(value)} apparaît deux fois (déjà à la ligne ${line})`,
    hint: "donnez à chaque choix sa propre valeur",
  }),
  duplicateLanguage: (lang) => ({
    message: `la langue « ${lang} » est déclarée deux fois`,
    hint: "n’en gardez qu’une",
  }),
  reservedFlag: (id) => ({
    message: `une paire ne peut pas s’appeler « ${id} » : c’est le signal de réponses uniformes`,
    hint: "choisissez un autre identifiant",
  }),
  unknown: (kind, id, ids) => ({
    message: `${frKind(kind)} inconnu${frE(kind)} ${fq(id)}`,
    hint: ids.length > 0 ? `connus : ${known(ids)}` : `déclarez d’abord ${frThe(kind)}`,
  }),
  facetOfOther: (facet, dimension, parent) => ({
    message: `la facette « ${facet} » appartient à la dimension « ${parent} », pas à « ${dimension} »`,
    hint: `mettez dimension: ${parent}, ou prenez une facette de « ${dimension} »`,
  }),
  unknownBand: (target, band, bands) =>
    bands.length > 0
      ? {
          message: `« ${target} » n’a pas de tranche « ${band} »`,
          hint: `ses tranches : ${known(bands)}`,
        }
      : {
          message: `« ${target} » n’a aucune tranche, donc pas « ${band} »`,
          hint: "donnez-lui ses propres tranches",
        },
  facetAndDimension: (facet, dimension) => ({
    message: `cette option note la facette « ${facet} » et sa propre dimension « ${dimension} » : les points comptent deux fois`,
    hint: `gardez seulement « ${facet} » : ses points comptent déjà pour « ${dimension} »`,
  }),
  pairNotLikert: (item) => ({
    message: `la question « ${item} » n’est pas une question Likert : pas de valeur à comparer`,
    hint: "appariez deux questions Likert",
  }),
  pairScales: (a, sa, b, sb) => ({
    message: `les questions « ${a} » (échelle ${sa}) et « ${b} » (échelle ${sb}) ne sont pas sur la même échelle`,
    hint: "appariez des questions de même échelle",
  }),
  pairSameItem: (item) => ({
    message: `une paire compare deux questions différentes, pas « ${item} » avec elle-même`,
    hint: "indiquez la seconde question",
  }),
  missingLanguage: (where, lang, declared) => ({
    message: `${where} : pas de texte « ${lang} »`,
    hint: `ajoutez ${lang}: … ; le fichier déclare ${declared.join(", ")}`,
  }),
  undeclaredLanguage: (lang, declared) => ({
    message: `« ${lang} » n’est pas une des langues déclarées (${declared.join(", ")})`,
    hint: `ajoutez ${lang} à languages, ou retirez ce texte`,
  }),
  tooFewItems: (kind, id, n, min) =>
    kind === "dimension"
      ? {
          message: `la dimension « ${id} » a ${counted("fr", n, "question", "questions")}, moins de ${min}`,
          hint: "ajoutez des questions, ou baissez settings.minItemsPerDimension",
        }
      : {
          message: `la facette « ${id} » a ${counted("fr", n, "question", "questions")}, moins de ${min}`,
          hint: "ajoutez des questions à la facette, ou retirez-la",
        },
  multiMinAboveMax: (min, max) => ({
    message: `min (${min}) est au-dessus de max (${max}) : aucune réponse ne respecte les deux`,
    hint: "baissez min ou montez max",
  }),
  multiMinAboveOptions: (min, n) => ({
    message: `min (${min}) dépasse les ${n} options`,
    hint: "baissez min",
  }),
  laterItem: (item, self) => ({
    message: self
      ? "cette condition regarde la réponse de la question elle-même, qui ne peut pas exister avant qu’elle soit posée"
      : `la question « ${item} » vient plus tard : elle n’a pas encore de réponse quand celle-ci est posée`,
    hint: "la condition d’une question ne peut regarder que les questions précédentes",
  }),
  scoresWhileAnswering: () => ({
    message:
      "la condition d’une question ne peut pas regarder les scores, tranches ou signaux : ils n’existent qu’une fois toutes les réponses données",
    hint: "utilisez answer ou answered sur des questions précédentes",
  }),
  textAnswer: (item) => ({
    message: `la question « ${item} » est en texte libre : sa réponse ne peut pas être testée`,
    hint: "testez answered, ou faites-en une question à choix",
  }),
  notAnAnswer: (item, value, allowed) => ({
    message: `la question « ${item} » n’a pas de réponse ${fq(value)}`,
    hint: `ses réponses : ${known(allowed)}`,
  }),
  comparisonOnOptions: (item) => ({
    message: `la question « ${item} » se répond par des options, pas des nombres : une comparaison numérique ne tient jamais`,
    hint: "testez une valeur, {in: [...]} ou {has: ...}",
  }),
  fillNotOnScale: (fill, scale, values) => ({
    message: `fill ${fill} n’est pas sur l’échelle « ${scale} »`,
    hint: `ses valeurs : ${known(values)}`,
  }),
};

export const semanticMessages = { en, fr };
