// reflet's own words during a session: keyboard hints, the way back, validation messages.
const en = {
  progress: (n: number, total: number) => `${n} / ${total}`,
  back: "← Previous question",
  selectHints: "↑↓ move · 1-9 jump · ⏎ choose · Ctrl+C pause (resume later)",
  chooseHints: "↑↓ move · ⏎ choose · Ctrl+C quit",
  multiHints: "↑↓ move · space tick · ⏎ confirm · Ctrl+C pause (resume later)",
  textHints: (canGoBack: boolean) =>
    `⏎ confirm (empty: skip) · /e ⏎ open your editor${canGoBack ? " · < ⏎ previous question" : ""} · Ctrl+C pause`,
  editorHint: "⏎ open your editor again",
  tooFew: (min: number) => `Tick at least ${min}.`,
  tooMany: (max: number) => `Tick at most ${max}.`,
  notApplicableKey: (key: number, label: string) => `${key} ${label}`,
  notApplicableAlone: (label: string) => `“${label}” goes alone: untick the others.`,
  mostLikely: "The most likely:",
  leastLikely: "And the least likely:",
};

const fr: typeof en = {
  progress: (n, total) => `${n} / ${total}`,
  back: "← Question précédente",
  selectHints: "↑↓ se déplacer · 1-9 aller à · ⏎ choisir · Ctrl+C pause (reprise plus tard)",
  chooseHints: "↑↓ se déplacer · ⏎ choisir · Ctrl+C quitter",
  multiHints: "↑↓ se déplacer · espace cocher · ⏎ valider · Ctrl+C pause (reprise plus tard)",
  textHints: (canGoBack) =>
    `⏎ valider (vide : passer) · /e ⏎ ouvrir votre éditeur${canGoBack ? " · < ⏎ question précédente" : ""} · Ctrl+C pause`,
  editorHint: "⏎ rouvrir votre éditeur",
  tooFew: (min) => `Cochez-en au moins ${min}.`,
  tooMany: (max) => `Cochez-en au plus ${max}.`,
  notApplicableKey: (key, label) => `${key} ${label}`,
  notApplicableAlone: (label) => `« ${label} » se coche seul : décochez les autres.`,
  mostLikely: "Le plus probable :",
  leastLikely: "Et le moins probable :",
};

export const askWords = { en, fr };

/** Typed alone in a free-text answer: go back, or open the editor. */
export const TEXT_BACK = "<";
export const TEXT_EDITOR = "/e";
