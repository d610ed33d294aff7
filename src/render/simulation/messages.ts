// Words of the simulation table, in both languages.
import { counted } from "../../i18n/plural.ts";

const en = {
  colon: ": ",
  title: (id: string, n: number, seed: number) =>
    `${id}: ${counted("en", n, "simulated respondent", "simulated respondents")} per model, seed ${seed}`,
  contexts: (model: string) =>
    `Each answer to a context question (item=answer) is also run on its own, under the ${model} model.`,
  profiles: "Profiles",
  fallback: "fallback",
  noProfile: "no profile",
  bands: "Bands",
  none: "no band",
  advice: "Advice",
  noAction: "No action to try",
  lowInformation: "Too little to go on",
  alpha: "Cronbach's alpha under the latent model",
  alphaNone: "not computed",
  violations: "Problems found in results",
  unreached: "Never reached",
  reachedAll: "Every band, advice rule and profile was reached.",
  profile: (id: string) => `profile ${id}`,
  rule: (id: string) => `advice ${id}`,
  band: (target: string, band: string) => `band ${band} of ${target}`,
};

const fr: typeof en = {
  colon: " : ",
  title: (id, n, seed) =>
    `${id} : ${counted("fr", n, "répondant simulé", "répondants simulés")} par modèle, graine ${seed}`,
  contexts: (model) =>
    `Chaque réponse à une question de contexte (question=réponse) est aussi simulée à part, sous le modèle ${model}.`,
  profiles: "Profils",
  fallback: "par défaut",
  noProfile: "aucun profil",
  bands: "Tranches",
  none: "sans tranche",
  advice: "Conseils",
  noAction: "Aucune action à essayer",
  lowInformation: "Trop peu pour un portrait",
  alpha: "Alpha de Cronbach sous le modèle latent",
  alphaNone: "non calculé",
  violations: "Problèmes trouvés dans les résultats",
  unreached: "Jamais atteints",
  reachedAll: "Chaque tranche, conseil et profil a été atteint.",
  profile: (id) => `profil ${id}`,
  rule: (id) => `conseil ${id}`,
  band: (target, band) => `tranche ${band} de ${target}`,
};

export const simulationMessages = { en, fr };
export type SimulationMessages = typeof en;
