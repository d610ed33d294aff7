// What the checks of bands and conditions say, in both languages: ranges that leave gaps or
// overlap, and conditions that can never hold. Each message says what is wrong; its hint says
// what to do.
import type { Impossibility } from "../satisfiable.ts";

type Said = { message: string; hint?: string };

/** Where a gap between bands is: below all of them, above all of them, or between two. */
export type GapAt = "start" | "end" | "between";

/** What a condition belongs to, for "can never ..." messages. */
export type Owner = { kind: "item" | "advice" | "profile"; id: string };

const en = {
  emptyRange: (range: string): Said => ({
    message: `range ${range} is empty`,
    hint: 'write the lower edge first, e.g. "[0, 40)"',
  }),
  bandGap: (gap: string, target: string, domain: string, at: GapAt): Said => ({
    message: `no band of "${target}" covers ${gap} (its values run over ${domain})`,
    hint: {
      start: "start the lowest band at the lowest value, edge included",
      end: "end the highest band at the highest value, edge included",
      between:
        'make the neighbouring edges meet, one included and one excluded: "[0, 40)" then "[40, 100]"',
    }[at],
  }),
  bandOverlap: (a: string, b: string, where: string): Said => ({
    message: `bands "${a}" and "${b}" overlap on ${where}`,
    hint: 'make one of the two edges exclusive: "[0, 40)" then "[40, 100]"',
  }),
  tooManyBands: (n: number, max: number): Said => ({
    message: `${n} bands, more than the ${max} reflet reads`,
    hint: "a few bands read best: merge neighbouring ones",
  }),
  conditionTooBig: (tests: number, max: number): Said => ({
    message: `this condition holds ${tests} tests, more than the ${max} reflet reads`,
    hint: "split it, or test bands rather than many answers",
  }),
  conditionTooDeep: (depth: number, max: number): Said => ({
    message: `this condition nests all, any and not ${depth} levels deep, more than the ${max} reflet reads`,
    hint: "flatten it: all and any take lists",
  }),
  bandOutside: (band: string, target: string, domain: string): Said => ({
    message: `band "${band}" is out of reach: the values of "${target}" run over ${domain}`,
    hint: "check the range, or bandsOn",
  }),
  never: (owner: Owner, why: Impossibility, otherLine?: number): Said => {
    const what = {
      item: `item "${owner.id}" can never be shown`,
      advice: `advice "${owner.id}" can never fire`,
      profile: `profile "${owner.id}" can never be chosen`,
    }[owner.kind];
    switch (why.reason) {
      case "impossible":
        return {
          message: `${what}: ${why.leaf} never holds${why.range ? ` (the value runs over ${why.range})` : ""}`,
          hint: "change the condition",
        };
      case "conflict":
        return {
          message: `${what}: ${why.leaf} contradicts ${why.otherLeaf}${otherLine ? ` (line ${otherLine})` : ""}`,
          hint: "both must hold under all: use any, or change one of them",
        };
      case "no-way":
        return {
          message: `${what}: its condition contradicts itself whichever way it is read`,
          hint: "change the condition",
        };
    }
  },
  shadowedProfile: (id: string, by: string, line: number): Said => ({
    message: `profile "${id}" can never be chosen: profile "${by}" (line ${line}) has no condition and is tried before it`,
    hint: `give "${id}" a higher priority than "${by}", or put "${by}" last`,
  }),
};

const fr: typeof en = {
  emptyRange: (range) => ({
    message: `l’intervalle ${range} est vide`,
    hint: "écrivez d’abord la borne basse, par exemple « [0, 40) »",
  }),
  bandGap: (gap, target, domain, at) => ({
    message: `aucune tranche de « ${target} » ne couvre ${gap} (ses valeurs vont sur ${domain})`,
    hint: {
      start: "faites commencer la tranche la plus basse à la plus petite valeur, borne incluse",
      end: "faites finir la tranche la plus haute à la plus grande valeur, borne incluse",
      between:
        "faites se rejoindre les bornes voisines, l’une incluse, l’autre exclue : « [0, 40) » puis « [40, 100] »",
    }[at],
  }),
  bandOverlap: (a, b, where) => ({
    message: `les tranches « ${a} » et « ${b} » se chevauchent sur ${where}`,
    hint: "excluez l’une des deux bornes : « [0, 40) » puis « [40, 100] »",
  }),
  tooManyBands: (n, max) => ({
    message: `${n} tranches, plus que les ${max} que lit reflet`,
    hint: "quelques tranches se lisent mieux : regroupez des tranches voisines",
  }),
  conditionTooBig: (tests, max) => ({
    message: `cette condition contient ${tests} tests, plus que les ${max} que lit reflet`,
    hint: "découpez-la, ou testez des tranches plutôt que de nombreuses réponses",
  }),
  conditionTooDeep: (depth, max) => ({
    message: `cette condition imbrique all, any et not sur ${depth} niveaux, plus que les ${max} que lit reflet`,
    hint: "aplatissez-la : all et any prennent des listes",
  }),
  bandOutside: (band, target, domain) => ({
    message: `la tranche « ${band} » est hors d’atteinte : les valeurs de « ${target} » vont sur ${domain}`,
    hint: "vérifiez l’intervalle, ou bandsOn",
  }),
  never: (owner, why, otherLine) => {
    const what = {
      item: `la question « ${owner.id} » ne peut jamais être posée`,
      advice: `le conseil « ${owner.id} » ne peut jamais être donné`,
      profile: `le profil « ${owner.id} » ne peut jamais être retenu`,
    }[owner.kind];
    switch (why.reason) {
      case "impossible":
        return {
          message: `${what} : ${why.leaf} n’est jamais vrai${why.range ? ` (la valeur va sur ${why.range})` : ""}`,
          hint: "modifiez la condition",
        };
      case "conflict":
        return {
          message: `${what} : ${why.leaf} contredit ${why.otherLeaf}${otherLine ? ` (ligne ${otherLine})` : ""}`,
          hint: "sous all, les deux doivent tenir : utilisez any, ou changez l’une des deux",
        };
      case "no-way":
        return {
          message: `${what} : sa condition se contredit de quelque façon qu’on la lise`,
          hint: "modifiez la condition",
        };
    }
  },
  shadowedProfile: (id, by, line) => ({
    message: `le profil « ${id} » ne peut jamais être retenu : le profil « ${by} » (ligne ${line}) n’a pas de condition et passe avant lui`,
    hint: `donnez à « ${id} » une priorité plus haute que « ${by} », ou mettez « ${by} » en dernier`,
  }),
};

export const conditionMessages = { en, fr };
