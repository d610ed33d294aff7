// The words of `reflet history` and `reflet journal`.
const en = {
  empty: (cmd: string) =>
    `No results yet (${cmd} run ID answers a questionnaire and keeps the result here).`,
  noneFor: (id: string, cmd: string) => `No results for ${id} (${cmd} history lists them all).`,
  noNotes: (cmd: string) =>
    `No reflection notes yet (free-text answers are kept here after ${cmd} run).`,
  notEnough: "not enough answers",
  newVersion: (version: string) =>
    `Version ${version}: new questions, so no change is shown against earlier results.`,
  forgetWhat: (cmd: string) =>
    `reflet: history forget needs a questionnaire id, or --all (${cmd} history forget --help)`,
  forgetBoth: "reflet: give a questionnaire id or --all, not both",
  confirmOne: (n: number, id: string, paused: boolean) =>
    `Erase ${n} result${n === 1 ? "" : "s"} of ${id}${paused ? ", their reflection notes and the paused session" : " and their reflection notes"}? This cannot be undone.`,
  confirmAll: (n: number) =>
    `Erase your whole history (${n} result${n === 1 ? "" : "s"}, reflection notes and paused sessions)? This cannot be undone.`,
  yes: "Yes, erase",
  no: "No, keep everything",
  needYes: (cmd: string) =>
    `reflet: erasing without a terminal to confirm needs --yes (${cmd} history forget ID --yes)`,
  forgotOne: (n: number, id: string, paused: boolean) =>
    `Erased ${n} result${n === 1 ? "" : "s"} of ${id}${paused ? " and its paused session" : ""}.`,
  forgotPaused: (id: string) => `Erased the paused session of ${id} (it had no results yet).`,
  forgotAll: (n: number) => `Erased your whole history (${n} result${n === 1 ? "" : "s"}).`,
  kept: "Nothing erased.",
};

const fr: typeof en = {
  empty: (cmd) =>
    `Pas encore de résultat (${cmd} run ID fait passer un questionnaire et garde le résultat ici).`,
  noneFor: (id, cmd) => `Pas de résultat pour ${id} (${cmd} history les liste tous).`,
  noNotes: (cmd) =>
    `Pas encore de notes de réflexion (les réponses libres sont gardées ici après ${cmd} run).`,
  notEnough: "pas assez de réponses",
  newVersion: (version) =>
    `Version ${version} : de nouvelles questions, donc pas d'évolution calculée par rapport aux résultats d'avant.`,
  forgetWhat: (cmd) =>
    `reflet : history forget attend l'identifiant d'un questionnaire, ou --all (${cmd} history forget --help)`,
  forgetBoth: "reflet : donnez un identifiant ou --all, pas les deux",
  confirmOne: (n, id, paused) =>
    `Effacer ${n} résultat${n === 1 ? "" : "s"} de ${id}${paused ? ", les notes de réflexion associées et la session en pause" : " et les notes de réflexion associées"} ? C’est définitif.`,
  confirmAll: (n) =>
    `Effacer tout votre historique (${n} résultat${n === 1 ? "" : "s"}, notes de réflexion et sessions en pause) ? C'est définitif.`,
  yes: "Oui, effacer",
  no: "Non, tout garder",
  needYes: (cmd) =>
    `reflet : effacer sans terminal pour confirmer demande --yes (${cmd} history forget ID --yes)`,
  forgotOne: (n, id, paused) =>
    `${n} résultat${n === 1 ? "" : "s"} de ${id} effacé${n === 1 ? "" : "s"}${paused ? ", ainsi que la session en pause" : ""}.`,
  forgotPaused: (id) =>
    `La session en pause de ${id} est effacée (elle n’avait pas encore de résultat).`,
  forgotAll: (n) => `Tout votre historique est effacé (${n} résultat${n === 1 ? "" : "s"}).`,
  kept: "Rien n'a été effacé.",
};

export const historyMessages = { en, fr };
