// What `reflet validate` warns about, in both languages. A warning is not an error: the file
// works, but a person may read something the answers do not support. Each hint says what to do.
type Said = { message: string; hint?: string };

const en = {
  prefix: "warning: ",
  uncoveredBand: (target: string, band: string): Said => ({
    message: `band "${band}" of "${target}" has no text, and no advice rule or profile looks at it: people in it are told nothing about it`,
    hint: "give the band a text, or an advice rule with {band: {…}}",
  }),
  bandlessFacet: (facet: string, dimension: string): Said => ({
    message: `facet "${facet}" has no bands: the bands of "${dimension}" are on its sum, so the facet gets a score but never a band`,
    hint: "give the facet bands of its own",
  }),
  weakStrength: (profile: string, dimension: string, bands: string[]): Said => ({
    message: `profile "${profile}" names "${dimension}", but people with "${dimension}" in ${bands.join(" or ")} can get it`,
    hint: `add {not: {band: {${dimension}: ${bands.length === 1 ? bands[0] : `[${bands.join(", ")}]`}}}} to its condition, or reword it`,
  }),
  frequencyClaim: (advice: string, word: string): Said => ({
    message: `advice "${advice}" says "${word}", but its condition does not require an extreme band or answer`,
    hint: "require the top or bottom band, or an answer at an end of the scale, in its condition; or drop the word",
  }),
  sameScene: (item: string, other: string, line: number): Said => ({
    message: `scenario "${item}" has the same scene as "${other}" (line ${line})`,
    hint: "write a different situation, or remove one of them",
  }),
  optionLengths: (item: string, ratio: number, limit: number, bestIsLongest: boolean): Said => ({
    message: `the options of "${item}" differ in length: the longest is ${ratio.toFixed(2)} times the shortest (more than ${limit})${bestIsLongest ? ", and the longest is the best-scoring one" : ""}`,
    hint: "give the options similar lengths, so that length does not give the answer away; settings.optionLengthRatio sets the limit",
  }),
};

const fr: typeof en = {
  prefix: "attention : ",
  uncoveredBand: (target, band) => ({
    message: `la tranche « ${band} » de « ${target} » n’a pas de texte, et aucun conseil ni profil ne la regarde : on n’en dit rien aux personnes qui y sont`,
    hint: "donnez un texte à la tranche, ou un conseil avec {band: {…}}",
  }),
  bandlessFacet: (facet, dimension) => ({
    message: `la facette « ${facet} » n’a pas de tranches : celles de « ${dimension} » portent sur sa somme, la facette a donc un score mais jamais de tranche`,
    hint: "donnez à la facette ses propres tranches",
  }),
  weakStrength: (profile, dimension, bands) => ({
    message: `le profil « ${profile} » nomme « ${dimension} », mais des personnes dont « ${dimension} » est en ${bands.join(" ou ")} peuvent le recevoir`,
    hint: `ajoutez {not: {band: {${dimension}: ${bands.length === 1 ? bands[0] : `[${bands.join(", ")}]`}}}} à sa condition, ou reformulez-le`,
  }),
  frequencyClaim: (advice, word) => ({
    message: `le conseil « ${advice} » dit « ${word} », mais sa condition n’exige ni tranche ni réponse extrême`,
    hint: "exigez dans sa condition la tranche du haut ou du bas, ou une réponse au bout de l’échelle ; ou retirez le mot",
  }),
  sameScene: (item, other, line) => ({
    message: `la mise en situation « ${item} » a la même scène que « ${other} » (ligne ${line})`,
    hint: "écrivez une autre situation, ou retirez l’une des deux",
  }),
  optionLengths: (item, ratio, limit, bestIsLongest) => ({
    message: `les options de « ${item} » n’ont pas la même longueur : la plus longue fait ${ratio.toFixed(2).replace(".", ",")} fois la plus courte (plus de ${String(limit).replace(".", ",")})${bestIsLongest ? ", et la plus longue est celle qui rapporte le plus" : ""}`,
    hint: "donnez aux options des longueurs proches, pour que la longueur ne trahisse pas la réponse ; settings.optionLengthRatio fixe la limite",
  }),
};

export const warningMessages = { en, fr };
export type WarningMessages = typeof en;
