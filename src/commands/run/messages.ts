// The words of `reflet run` and of the menu.
const en = {
  noTerminal: (cmd: string) =>
    `reflet: run asks questions and needs a terminal (to score an answers file without questions: ${cmd} score ID --answers FILE)`,
  paused: "Paused: every answer so far is saved.",
  pausedNoSave: "Stopped: nothing was written (--no-save); running it again starts over.",
  resumeWith: (command: string) => `To resume: ${command}`,
  changed: (id: string, date: string) =>
    `reflet: ${id} has changed since your session of ${date}: starting over (answers to another version cannot be resumed)`,
  unreadable: (id: string, aside: string) =>
    `reflet: the saved session of ${id} could not be read: starting over (it is kept as ${aside})`,
  openElsewhere: (title: string, pid: number, since: string) =>
    `"${title}" is already open in another session (process ${pid}, since ${since}).`,
  separate: "Start a separate session",
  resumeQuestion: (title: string, date: string, at: string) =>
    `You started "${title}" on ${date} and stopped at question ${at}.`,
  resumeQuestionDone: (title: string, date: string) =>
    `You answered every question of "${title}" on ${date}.`,
  resume: "Resume where I stopped",
  seeProfile: "See my profile",
  startOver: "Start over",
  saved: (cmd: string) => `Saved in your history (${cmd} history shows how it changes over time).`,
  notSaved: "Not saved in your history (--no-save).",
  wroteProfile: (file: string) => `Profile written to ${file}.`,
  wroteAnswers: (file: string, cmd: string) =>
    `Answers written to ${file} (for ${cmd} score or ${cmd} batch).`,
  introMinutes: (n: number) =>
    `About ${n} min. Ctrl+C pauses; running it again resumes where you stopped.`,
  introCredits: "Sources:",
  menuTitle: "Which questionnaire?",
  minutes: (n: number) => `~${n} min`,
  pausedTag: "paused",
  quit: "Quit",
  nothingFound: (cmd: string) =>
    `reflet: no questionnaire found (${cmd} list shows where reflet looks; REFLET_PATH adds folders)`,
};

const fr: typeof en = {
  noTerminal: (cmd) =>
    `reflet : run pose des questions et a besoin d’un terminal (pour évaluer un fichier de réponses sans questions : ${cmd} score ID --answers FICHIER)`,
  paused: "En pause : toutes vos réponses jusqu’ici sont gardées.",
  pausedNoSave: "Arrêté : rien n’a été écrit (--no-save) ; le relancer repart du début.",
  resumeWith: (command) => `Pour reprendre : ${command}`,
  changed: (id, date) =>
    `reflet : ${id} a changé depuis votre session du ${date} : on recommence (les réponses à une autre version ne peuvent pas être reprises)`,
  unreadable: (id, aside) =>
    `reflet : la session gardée de ${id} est illisible : on recommence (elle est conservée dans ${aside})`,
  openElsewhere: (title, pid, since) =>
    `« ${title} » est déjà ouvert dans une autre session (processus ${pid}, depuis le ${since}).`,
  separate: "Commencer une session à part",
  resumeQuestion: (title, date, at) =>
    `Vous avez commencé « ${title} » le ${date} et vous êtes arrêté·e à la question ${at}.`,
  resumeQuestionDone: (title, date) =>
    `Vous avez répondu à toutes les questions de « ${title} » le ${date}.`,
  resume: "Reprendre là où je me suis arrêté·e",
  seeProfile: "Voir mon profil",
  startOver: "Recommencer",
  saved: (cmd) => `Gardé dans votre historique (${cmd} history montre son évolution).`,
  notSaved: "Pas gardé dans votre historique (--no-save).",
  wroteProfile: (file) => `Profil écrit dans ${file}.`,
  wroteAnswers: (file, cmd) => `Réponses écrites dans ${file} (pour ${cmd} score ou ${cmd} batch).`,
  introMinutes: (n) =>
    `Environ ${n} min. Ctrl+C met en pause ; le relancer reprend là où vous vous êtes arrêté·e.`,
  introCredits: "Sources :",
  menuTitle: "Quel questionnaire ?",
  minutes: (n) => `~${n} min`,
  pausedTag: "en pause",
  quit: "Quitter",
  nothingFound: (cmd) =>
    `reflet : aucun questionnaire trouvé (${cmd} list montre où reflet cherche ; REFLET_PATH ajoute des dossiers)`,
};

export const runMessages = { en, fr };
