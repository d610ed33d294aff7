// What `reflet test` says, in both languages: its test cases, then --simulate (its options and
// the expectations a simulation breaks).

import type { Figure, Mismatch } from "../../engine/testcases.ts";
import { counted, plural } from "../../i18n/plural.ts";
import { SIMULATION_MODELS } from "../../model/simulation-models.ts";
import type { Broken } from "../../simulate/expectations.ts";

const list = (ids: readonly string[], none: string) => (ids.length > 0 ? ids.join(", ") : none);

const FIGURE_FR: Record<Figure, string> = {
  score: "score",
  sum: "somme",
  mean: "moyenne",
  percent: "pourcentage",
};

const models = SIMULATION_MODELS.join(", ");
const pct = (x: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(x);

const en = {
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
    `${counted("en", passed, "case", "cases")} passed, ${failed} failed`,
  // --simulate
  badRespondents: (v: string) =>
    `--respondents: "${v}" is not a whole number from 1 to 100000 (e.g. --respondents 2000)`,
  badSeed: (v: string) =>
    `--seed: "${v}" is not a whole number from 0 to 4294967295 (e.g. --seed 7)`,
  badModel: (v: string) =>
    `--model: unknown model "${v}" (known: ${models}; several: --model latent,middle)`,
  broken: (file: string, b: Broken): string => {
    const p = (x: number) => pct(x, "en");
    const head = `${file}: expectation not met: `;
    switch (b.kind) {
      case "maxProfileShare":
        return `${head}maxProfileShare: profile ${b.profile} goes to ${p(b.share)} under ${b.run} (at most ${p(b.limit)})`;
      case "maxFallbackShare":
        return `${head}maxFallbackShare: the fallback ${b.profile} goes to ${p(b.share)} under ${b.run} (at most ${p(b.limit)})`;
      case "minActionShare":
        return `${head}minActionShare: ${p(b.share)} get an action to try under ${b.run} (at least ${p(b.limit)})`;
      case "unreached":
        return `${head}reachable: ${b.what === "band" ? `band ${b.id} of ${b.target}` : `${b.what} ${b.id}`} is never reached`;
      case "model":
        return `${head}models: ${p(b.share)} get profile ${b.profile} under ${b.run} (everyone should)`;
      case "modelLowInformation":
        return `${head}models: ${p(b.share)} are told their answers say too little under ${b.run} (everyone should)`;
      case "violation":
        return `${file}: ${b.check}: ${b.count} of ${b.respondents} respondents under ${b.run}`;
    }
  },
  brokenTotal: (n: number) => `${counted("en", n, "expectation", "expectations")} not met`,
  notChecked: (file: string) => `${file}: expectations not checked (add --simulate to check them)`,
};

const fr: typeof en = {
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
  total: (passed, failed) =>
    `${passed} ${plural("fr", passed, "cas réussi", "cas réussis")}, ${failed} en échec`,
  badRespondents: (v) =>
    `--respondents : « ${v} » n’est pas un nombre entier de 1 à 100000 (par exemple --respondents 2000)`,
  badSeed: (v) =>
    `--seed : « ${v} » n’est pas un nombre entier de 0 à 4294967295 (par exemple --seed 7)`,
  badModel: (v) =>
    `--model : modèle « ${v} » inconnu (connus : ${models} ; plusieurs : --model latent,middle)`,
  broken: (file, b) => {
    const p = (x: number) => pct(x, "fr");
    const head = `${file} : attente non tenue : `;
    switch (b.kind) {
      case "maxProfileShare":
        return `${head}maxProfileShare : le profil ${b.profile} va à ${p(b.share)} sous ${b.run} (au plus ${p(b.limit)})`;
      case "maxFallbackShare":
        return `${head}maxFallbackShare : le profil par défaut ${b.profile} va à ${p(b.share)} sous ${b.run} (au plus ${p(b.limit)})`;
      case "minActionShare":
        return `${head}minActionShare : ${p(b.share)} reçoivent une action à essayer sous ${b.run} (au moins ${p(b.limit)})`;
      case "unreached":
        return `${head}reachable : ${b.what === "band" ? `la tranche ${b.id} de ${b.target}` : b.what === "profile" ? `le profil ${b.id}` : `le conseil ${b.id}`} n’est jamais atteint${b.what === "band" ? "e" : ""}`;
      case "model":
        return `${head}models : ${p(b.share)} reçoivent le profil ${b.profile} sous ${b.run} (tout le monde devrait)`;
      case "modelLowInformation":
        return `${head}models : on dit à ${p(b.share)} que leurs réponses en disent trop peu sous ${b.run} (à tout le monde, attendu)`;
      case "violation":
        return `${file} : ${b.check} : ${b.count} répondants sur ${b.respondents} sous ${b.run}`;
    }
  },
  brokenTotal: (n) => counted("fr", n, "attente non tenue", "attentes non tenues"),
  notChecked: (file) => `${file} : attentes non vérifiées (ajoutez --simulate pour les vérifier)`,
};

export const selftestMessages = { en, fr };
