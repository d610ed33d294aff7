// What the semantic checks say, in both languages.
type Said = { message: string; hint?: string };
type Kind =
  | "scale"
  | "dimension"
  | "facet"
  | "item"
  | "band"
  | "band set"
  | "flag"
  | "profile"
  | "advice";

const known = (xs: string[]) => xs.slice(0, 8).join(", ") + (xs.length > 8 ? ", …" : "");

const FR_KIND: Record<Kind, string> = {
  scale: "échelle",
  dimension: "dimension",
  facet: "facette",
  item: "question",
  band: "tranche",
  "band set": "jeu de tranches",
  flag: "signal",
  profile: "profil",
  advice: "conseil",
};

const en = {
  duplicateId: (id: string, first: string): Said => ({
    message: `duplicate id "${id}" (first at ${first})`,
    hint: "give each one its own id",
  }),
  unknown: (kind: Kind, id: string, ids: string[]): Said => ({
    message: `unknown ${kind} "${id}"`,
    hint: ids.length > 0 ? `known: ${known(ids)}` : `declare the ${kind} first`,
  }),
};

const fr: typeof en = {
  duplicateId: (id, first) => ({
    message: `identifiant "${id}" en double (déjà à ${first})`,
    hint: "donnez à chacun son propre identifiant",
  }),
  unknown: (kind, id, ids) => ({
    message: `${FR_KIND[kind]} inconnue "${id}"`,
    hint: ids.length > 0 ? `connues : ${known(ids)}` : `déclarez d'abord cette ${FR_KIND[kind]}`,
  }),
};

export const semanticMessages = { en, fr };
