// What the checks of "does not apply", best–worst items and item order say, in both languages.
type Said = { message: string; hint?: string };

const en = {
  orderUnknown: (id: string): Said => ({
    message: `order names "${id}", which is not an item`,
    hint: "list the ids of the items",
  }),
  orderTwice: (id: string, line: number): Said => ({
    message: `order names "${id}" twice (first at line ${line})`,
    hint: "name each item once",
  }),
  orderMissing: (ids: readonly string[]): Said => ({
    message: `order leaves out ${ids.map((id) => `"${id}"`).join(", ")}`,
    hint: "name every item once, or write interleave or shuffle",
  }),
  orderBefore: (item: string, reads: string): Said => ({
    message: `this order asks "${item}" before "${reads}", which its condition reads`,
    hint: `put "${reads}" before "${item}"`,
  }),
  naValue: (id: string): Said => ({
    message: `option value "na" of item "${id}" would read as "does not apply"`,
    hint: "give the option another value",
  }),
};

const fr: typeof en = {
  orderUnknown: (id) => ({
    message: `l’ordre nomme « ${id} », qui n’est pas une question`,
    hint: "donnez les identifiants des questions",
  }),
  orderTwice: (id, line) => ({
    message: `l’ordre nomme « ${id} » deux fois (la première à la ligne ${line})`,
    hint: "nommez chaque question une fois",
  }),
  orderMissing: (ids) => ({
    message: `l’ordre oublie ${ids.map((id) => `« ${id} »`).join(", ")}`,
    hint: "nommez chaque question une fois, ou écrivez interleave ou shuffle",
  }),
  orderBefore: (item, reads) => ({
    message: `cet ordre pose « ${item} » avant « ${reads} », que sa condition regarde`,
    hint: `placez « ${reads} » avant « ${item} »`,
  }),
  naValue: (id) => ({
    message: `la valeur d’option « na » de la question « ${id} » se lirait « ne s’applique pas »`,
    hint: "donnez une autre valeur à l’option",
  }),
};

export const kindsMessages = { en, fr };
