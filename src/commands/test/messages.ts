// What `reflet test` says, in both languages.
import type { Figure, Mismatch } from "../../engine/testcases.ts";

const list = (ids: readonly string[], none: string) => (ids.length > 0 ? ids.join(", ") : none);

const FIGURE_FR: Record<Figure, string> = {
  score: "score",
  sum: "somme",
  mean: "moyenne",
  percent: "pourcentage",
};

const en = {
  description:
    "run a questionnaire's own test cases (answers → expected bands, figures, profile, advice, flags); with --simulate, simulated respondents and the file's expectations",
  files: "questionnaire files",
  json: "results as JSON on stdout",
  simulate:
    "also simulate respondents under each model, print the share of each profile, band and advice, and check the file's expectations",
  respondents: "simulated respondents per model (default 2000; implies --simulate)",
  seed: "seed of the draws: the same seed gives the same figures (default 1; implies --simulate)",
  model:
    "models to simulate, comma-separated: uniform, latent, acquiescent, desirable, middle, straight (default all; implies --simulate)",
  noCases: (file: string) => `${file}: no test cases (add some under tests:)`,
  mismatch: (x: Mismatch): string => {
    const none = "none";
    switch (x.kind) {
      case "band":
        return `band of ${x.target}: expected ${x.expected ?? "not enough answers"}, got ${x.got ?? "not enough answers"}`;
      case "profile":
        return `profile: expected ${x.expected ?? none}, got ${x.got ?? none}`;
      case "advice":
        return x.expected === "fires"
          ? `advice ${x.id}: expected to fire, did not (fired: ${list(x.fired, none)})`
          : `advice ${x.id}: expected not to fire, but it fired`;
      case "flags":
        return `flags: expected ${list(x.expected, none)}, got ${list(x.got, none)}`;
      case "figure":
        return `${x.figure} of ${x.target}: expected ${x.expected}${x.tolerance > 0 ? ` ± ${x.tolerance}` : ""}, got ${x.got ?? "not enough answers"}`;
    }
  },
  total: (passed: number, failed: number) =>
    `${passed} case${passed === 1 ? "" : "s"} passed, ${failed} failed`,
  examples: [
    "reflet test my-questionnaire.yaml",
    "reflet test questionnaires/*.yaml",
    "reflet test my-questionnaire.yaml --json",
    "reflet test questionnaires/*.yaml --simulate",
    "reflet test my-questionnaire.yaml --simulate --model latent,middle --respondents 500 --seed 7",
  ],
};

const fr: typeof en = {
  description:
    "lancer les cas de test d'un questionnaire (réponses → tranches, chiffres, profil, conseils et signaux attendus) ; avec --simulate, des répondants simulés et les attentes du fichier",
  files: "fichiers de questionnaire",
  json: "résultats en JSON sur la sortie standard",
  simulate:
    "simuler aussi des répondants sous chaque modèle, afficher la part de chaque profil, tranche et conseil, et vérifier les attentes du fichier",
  respondents: "répondants simulés par modèle (2000 par défaut ; implique --simulate)",
  seed: "graine des tirages : la même graine donne les mêmes chiffres (1 par défaut ; implique --simulate)",
  model:
    "modèles à simuler, séparés par des virgules : uniform, latent, acquiescent, desirable, middle, straight (tous par défaut ; implique --simulate)",
  noCases: (file) => `${file} : aucun cas de test (ajoutez-en sous tests:)`,
  mismatch: (x) => {
    const none = "aucun";
    switch (x.kind) {
      case "band":
        return `tranche de ${x.target} : attendu ${x.expected ?? "pas assez de réponses"}, obtenu ${x.got ?? "pas assez de réponses"}`;
      case "profile":
        return `profil : attendu ${x.expected ?? none}, obtenu ${x.got ?? none}`;
      case "advice":
        return x.expected === "fires"
          ? `conseil ${x.id} : attendu, mais pas donné (donnés : ${list(x.fired, none)})`
          : `conseil ${x.id} : pas attendu, mais donné`;
      case "flags":
        return `signaux : attendu ${list(x.expected, none)}, obtenu ${list(x.got, none)}`;
      case "figure":
        return `${FIGURE_FR[x.figure]} de ${x.target} : attendu ${x.expected}${x.tolerance > 0 ? ` ± ${x.tolerance}` : ""}, obtenu ${x.got ?? "pas assez de réponses"}`;
    }
  },
  total: (passed, failed) => `${passed} cas réussi${passed > 1 ? "s" : ""}, ${failed} en échec`,
  examples: [
    "reflet test mon-questionnaire.yaml",
    "reflet test questionnaires/*.yaml",
    "reflet test mon-questionnaire.yaml --json",
    "reflet test questionnaires/*.yaml --simulate",
    "reflet test mon-questionnaire.yaml --simulate --model latent,middle --respondents 500 --seed 7",
  ],
};

export const testMessages = { en, fr };
