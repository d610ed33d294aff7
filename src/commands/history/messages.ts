// The words of `reflet history` and `reflet journal`.
import { counted, plural } from "../../i18n/plural.ts";

const en = {
  empty: "No results yet (reflet run ID answers a questionnaire and keeps the result here).",
  noneFor: (id: string) => `No results for ${id} (reflet history lists them all).`,
  noNotes: "No reflection notes yet (free-text answers are kept here after reflet run).",
  notEnough: "not enough answers",
  newVersion: (version: string) =>
    `Version ${version}: new questions, so no change is shown against earlier results.`,
  forgetWhat:
    "reflet: history forget needs a questionnaire id, or --all (reflet history forget --help)",
  forgetBoth: "reflet: give a questionnaire id or --all, not both",
  confirmOne: (n: number, id: string) =>
    `Erase ${counted("en", n, "result", "results")} of ${id}, their reflection notes, commitments and check-ins? This cannot be undone.`,
  confirmAll: (n: number) =>
    `Erase your whole history (${counted("en", n, "result", "results")}, reflection notes, commitments, check-ins and paused sessions)? This cannot be undone.`,
  yes: "Yes, erase",
  no: "No, keep everything",
  needYes:
    "reflet: erasing without a terminal to confirm needs --yes (reflet history forget ID --yes)",
  forgotOne: (n: number, id: string) => `Erased ${counted("en", n, "result", "results")} of ${id}.`,
  forgotAll: (n: number) => `Erased your whole history (${counted("en", n, "result", "results")}).`,
  kept: "Nothing erased.",
};

const fr: typeof en = {
  empty:
    "Pas encore de résultat (reflet run ID fait passer un questionnaire et garde le résultat ici).",
  noneFor: (id) => `Pas de résultat pour ${id} (reflet history les liste tous).`,
  noNotes:
    "Pas encore de notes de réflexion (les réponses libres sont gardées ici après reflet run).",
  notEnough: "pas assez de réponses",
  newVersion: (version) =>
    `Version ${version} : de nouvelles questions, donc pas d'évolution calculée par rapport aux résultats d'avant.`,
  forgetWhat:
    "reflet : history forget attend l'identifiant d'un questionnaire, ou --all (reflet history forget --help)",
  forgetBoth: "reflet : donnez un identifiant ou --all, pas les deux",
  confirmOne: (n, id) =>
    `Effacer ${counted("fr", n, "résultat", "résultats")} de ${id}, les notes de réflexion, engagements et bilans associés ? C'est définitif.`,
  confirmAll: (n) =>
    `Effacer tout votre historique (${counted("fr", n, "résultat", "résultats")}, notes de réflexion, engagements, bilans et sessions en pause) ? C'est définitif.`,
  yes: "Oui, effacer",
  no: "Non, tout garder",
  needYes:
    "reflet : effacer sans terminal pour confirmer demande --yes (reflet history forget ID --yes)",
  forgotOne: (n, id) =>
    `${counted("fr", n, "résultat", "résultats")} de ${id} ${plural("fr", n, "effacé", "effacés")}.`,
  forgotAll: (n) =>
    `Tout votre historique est effacé (${counted("fr", n, "résultat", "résultats")}).`,
  kept: "Rien n'a été effacé.",
};

export const historyMessages = { en, fr };
