// The words of `reflet history` and `reflet journal`.
import { counted, plural } from "../../i18n/plural.ts";

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
    `Erase ${counted("en", n, "result", "results")} of ${id}, their reflection notes, commitments${paused ? ", check-ins and the paused session" : " and check-ins"}? This cannot be undone.`,
  confirmAll: (n: number) =>
    `Erase your whole history (${counted("en", n, "result", "results")}, reflection notes, commitments, check-ins and paused sessions)? This cannot be undone.`,
  yes: "Yes, erase",
  no: "No, keep everything",
  needYes: (cmd: string) =>
    `reflet: erasing without a terminal to confirm needs --yes (${cmd} history forget ID --yes)`,
  forgotOne: (n: number, id: string, paused: boolean) =>
    `Erased ${counted("en", n, "result", "results")} of ${id}${paused ? " and its paused session" : ""}.`,
  forgotPaused: (id: string) => `Erased the paused session of ${id} (it had no results yet).`,
  forgotAll: (n: number) => `Erased your whole history (${counted("en", n, "result", "results")}).`,
  kept: "Nothing erased.",
  progressAlone: (cmd: string) =>
    `reflet: history --progress takes one questionnaire id at most, without --json (${cmd} progress --help)`,
};

const fr: typeof en = {
  empty: (cmd) =>
    `Pas encore de résultat (${cmd} run ID fait passer un questionnaire et garde le résultat ici).`,
  noneFor: (id, cmd) => `Pas de résultat pour ${id} (${cmd} history les liste tous).`,
  noNotes: (cmd) =>
    `Pas encore de notes de réflexion (les réponses libres sont gardées ici après ${cmd} run).`,
  notEnough: "pas assez de réponses",
  newVersion: (version) =>
    `Version ${version} : de nouvelles questions, donc pas d’évolution calculée par rapport aux résultats d’avant.`,
  forgetWhat: (cmd) =>
    `reflet : history forget attend l’identifiant d’un questionnaire, ou --all (${cmd} history forget --help)`,
  forgetBoth: "reflet : donnez un identifiant ou --all, pas les deux",
  confirmOne: (n, id, paused) =>
    `Effacer ${counted("fr", n, "résultat", "résultats")} de ${id}, les notes de réflexion, engagements${paused ? ", bilans associés et la session en pause" : " et bilans associés"} ? C’est définitif.`,
  confirmAll: (n) =>
    `Effacer tout votre historique (${counted("fr", n, "résultat", "résultats")}, notes de réflexion, engagements, bilans et sessions en pause) ? C’est définitif.`,
  yes: "Oui, effacer",
  no: "Non, tout garder",
  needYes: (cmd) =>
    `reflet : effacer sans terminal pour confirmer demande --yes (${cmd} history forget ID --yes)`,
  forgotOne: (n, id, paused) =>
    `${counted("fr", n, "résultat", "résultats")} de ${id} ${plural("fr", n, "effacé", "effacés")}${paused ? ", ainsi que la session en pause" : ""}.`,
  forgotPaused: (id) =>
    `La session en pause de ${id} est effacée (elle n’avait pas encore de résultat).`,
  forgotAll: (n) =>
    `Tout votre historique est effacé (${counted("fr", n, "résultat", "résultats")}).`,
  kept: "Rien n’a été effacé.",
  progressAlone: (cmd) =>
    `reflet : history --progress prend au plus un identifiant de questionnaire, sans --json (${cmd} progress --help)`,
};

export const historyMessages = { en, fr };
