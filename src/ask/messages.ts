// reflet's own words during a session: keyboard hints, the way back, validation messages.
import { plural } from "../i18n/plural.ts";

const en = {
  progress: (n: number, total: number) => `${n} / ${total}`,
  overall: (n: number, total: number) => `${n} / ${total} in all`,
  minutesLeft: (n: number) => (n < 1 ? "under a minute left" : `about ${n} min left`),
  hidden: (above: number, below: number) =>
    [above > 0 ? `↑ ${above} more above` : "", below > 0 ? `↓ ${below} more below` : ""]
      .filter(Boolean)
      .join(" · "),
  back: "← Previous question",
  selectHints: "↑↓ move · 1-9 jump · ⏎ choose · Ctrl+C pause (resume later)",
  chooseHints: "↑↓ move · ⏎ choose · Ctrl+C quit",
  tickHints: "↑↓ move · space tick · ⏎ confirm (none: go on) · Ctrl+C quit",
  lineHints: "⏎ confirm · Ctrl+C quit",
  multiHints: "↑↓ move · space tick · ⏎ confirm · Ctrl+C pause (resume later)",
  textHints: (canGoBack: boolean) =>
    `⏎ confirm (empty: skip) · /e ⏎ open your editor${canGoBack ? " · < ⏎ previous question" : ""} · Ctrl+C pause`,
  editorMissing: (editor: string) =>
    `The editor "${editor}" was not found: set VISUAL or EDITOR to an installed one (e.g. export EDITOR=nano), or type your answer here.`,
  editorFailed: (editor: string, status: string) =>
    `The editor "${editor}" failed (exit status ${status}); nothing was kept. Type your answer here, or /e to try again.`,
  editorNotUtf8: (editor: string) =>
    `What "${editor}" saved is not UTF-8 text; nothing was kept. Save as UTF-8 and try /e again, or type your answer here.`,
  editorOpening: (editor: string) =>
    `Opening ${editor}: write your answer, then save and close it to come back here.`,
  editorDefault: (editor: string) =>
    `Opening ${editor}, as neither VISUAL nor EDITOR is set: press i to write, then Esc and type :wq then Enter to save and come back (:q! then Enter leaves without keeping). For an easier editor: export EDITOR=nano.`,
  editorHeader: [
    "Write your answer below, then save and close the editor.",
    "These lines starting with # are not kept.",
  ],
  tooFew: (min: number) => `Tick at least ${min}.`,
  tooMany: (max: number) => `Tick at most ${max}.`,
  notApplicableKey: (key: number, label: string) => `${key} ${label}`,
  notApplicableAlone: (label: string) => `“${label}” goes alone: untick the others.`,
  mostLikely: "The most likely:",
  leastLikely: "And the least likely:",
  typeNumber: (last: number) => `type a number from 1 to ${last}, then ⏎`,
  typeNumbers: (last: number) =>
    `type numbers from 1 to ${last} separated by spaces, then ⏎ (none: ⏎ alone)`,
  keeps: (earlier: string) => `⏎ alone keeps ${earlier}`,
  keepsText: "⏎ alone keeps your earlier answer",
  pauseKey: "Ctrl+C pause (resume later)",
  quitKey: "Ctrl+C quit",
  notANumber: (typed: string, last: number) => `“${typed}” is not a number from 1 to ${last}.`,
};

const fr: typeof en = {
  progress: (n, total) => `${n} / ${total}`,
  overall: (n, total) => `${n} / ${total} en tout`,
  minutesLeft: (n) =>
    n < 1
      ? "moins d’une minute restante"
      : `environ ${n} min ${plural("fr", n, "restante", "restantes")}`,
  hidden: (above, below) =>
    [
      above > 0 ? `↑ encore ${above} au-dessus` : "",
      below > 0 ? `↓ encore ${below} en dessous` : "",
    ]
      .filter(Boolean)
      .join(" · "),
  back: "← Question précédente",
  selectHints: "↑↓ se déplacer · 1-9 aller à · ⏎ choisir · Ctrl+C pause (reprise plus tard)",
  chooseHints: "↑↓ se déplacer · ⏎ choisir · Ctrl+C quitter",
  tickHints: "↑↓ se déplacer · espace cocher · ⏎ valider (aucun : continuer) · Ctrl+C quitter",
  lineHints: "⏎ valider · Ctrl+C quitter",
  multiHints: "↑↓ se déplacer · espace cocher · ⏎ valider · Ctrl+C pause (reprise plus tard)",
  textHints: (canGoBack) =>
    `⏎ valider (vide : passer) · /e ⏎ ouvrir votre éditeur${canGoBack ? " · < ⏎ question précédente" : ""} · Ctrl+C pause`,
  editorMissing: (editor) =>
    `L’éditeur « ${editor} » est introuvable : indiquez dans VISUAL ou EDITOR un éditeur installé (par ex. export EDITOR=nano), ou tapez votre réponse ici.`,
  editorFailed: (editor, status) =>
    `L’éditeur « ${editor} » a échoué (code de sortie ${status}) ; rien n’a été gardé. Tapez votre réponse ici, ou /e pour réessayer.`,
  editorNotUtf8: (editor) =>
    `Ce que « ${editor} » a enregistré n’est pas du texte UTF-8 ; rien n’a été gardé. Enregistrez en UTF-8 et refaites /e, ou tapez votre réponse ici.`,
  editorOpening: (editor) =>
    `Ouverture de ${editor} : écrivez votre réponse, puis enregistrez et fermez-le pour revenir ici.`,
  editorDefault: (editor) =>
    `Ouverture de ${editor}, car ni VISUAL ni EDITOR n’est défini : appuyez sur i pour écrire, puis Échap, tapez :wq puis Entrée pour enregistrer et revenir (:q! puis Entrée sort sans rien garder). Pour un éditeur plus simple : export EDITOR=nano.`,
  editorHeader: [
    "Écrivez votre réponse en dessous, puis enregistrez et fermez l’éditeur.",
    "Ces lignes qui commencent par # ne sont pas gardées.",
  ],
  tooFew: (min) => `Cochez-en au moins ${min}.`,
  tooMany: (max) => `Cochez-en au plus ${max}.`,
  notApplicableKey: (key, label) => `${key} ${label}`,
  notApplicableAlone: (label) => `« ${label} » se coche seul : décochez les autres.`,
  mostLikely: "Le plus probable :",
  leastLikely: "Et le moins probable :",
  typeNumber: (last) => `tapez un nombre de 1 à ${last}, puis ⏎`,
  typeNumbers: (last) =>
    `tapez des nombres de 1 à ${last} séparés par des espaces, puis ⏎ (aucun : ⏎ seul)`,
  keeps: (earlier) => `⏎ seul garde ${earlier}`,
  keepsText: "⏎ seul garde votre réponse précédente",
  pauseKey: "Ctrl+C pause (reprise plus tard)",
  quitKey: "Ctrl+C quitter",
  notANumber: (typed, last) => `« ${typed} » n’est pas un nombre de 1 à ${last}.`,
};

export const askMessages = { en, fr };

/** Typed alone in a free-text answer: go back, or open the editor. */
export const TEXT_BACK = "<";
export const TEXT_EDITOR = "/e";
