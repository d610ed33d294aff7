// The comments of a blank answers file, in both languages.

function bounds(min: number | undefined, max: number | undefined, least: string, most: string) {
  const parts = [
    ...(min !== undefined && min > 0 ? [`${least} ${min}`] : []),
    ...(max !== undefined ? [`${most} ${max}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join(", ")})` : "";
}

const en = {
  intro: (id: string, version: string) =>
    `Answers file for questionnaire "${id}" (version ${version}).`,
  how: "Write each answer after its colon; leave it empty to skip a question.",
  afterwards: (id: string) => `Then: reflet score ${id} --answers <this file>`,
  participant:
    "participant: your name or an id (remove the # first; otherwise the file name is used)",
  oneOf: "one of:",
  multi: (min: number | undefined, max: number | undefined) =>
    `a list of these, e.g. [a, b]${bounds(min, max, "at least", "at most")}:`,
  text: 'free text, in quotes: "..."',
  when: (condition: string) => `asked only when ${condition}`,
  bestWorst: "the most likely and the least likely, two different ones, e.g. {best: a, worst: b}:",
};

const fr: typeof en = {
  intro: (id, version) => `Fichier de réponses du questionnaire « ${id} » (version ${version}).`,
  how: "Écrivez chaque réponse après ses deux-points ; laissez vide pour passer une question.",
  afterwards: (id) => `Ensuite : reflet score ${id} --answers <ce fichier>`,
  participant:
    "participant: votre nom ou un identifiant (retirez d’abord le # ; sinon le nom du fichier est utilisé)",
  oneOf: "au choix :",
  multi: (min, max) =>
    `une liste parmi, par exemple [a, b]${bounds(min, max, "au moins", "au plus")} :`,
  text: 'texte libre, entre guillemets : "..."',
  when: (condition) => `posée seulement si ${condition}`,
  bestWorst:
    "la plus probable et la moins probable, deux différentes, par exemple {best: a, worst: b} :",
};

export const templateMessages = { en, fr };
