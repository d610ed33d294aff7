// What `reflet test` says, in both languages.

import type { Figure, Mismatch } from "../../engine/testcases.ts";
import { counted, plural } from "../../i18n/plural.ts";

const list = (ids: readonly string[], none: string) => (ids.length > 0 ? ids.join(", ") : none);

const FIGURE_FR: Record<Figure, string> = {
  score: "score",
  sum: "somme",
  mean: "moyenne",
  percent: "pourcentage",
};

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
};

export const selftestMessages = { en, fr };
