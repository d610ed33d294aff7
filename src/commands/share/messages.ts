// The words of `reflet share`: the comments of the file it writes, and what it says.

const en = {
  fileHead: (title: string, version: string, date: string) =>
    `Answers to “${title}” (version ${version}) of ${date}, shared with reflet.`,
  fileRead: (batch: string) =>
    `An ordinary answers file: ${batch} FILE scores it; these comment lines are not read.`,
  withJournal: "With the journal: free-text answers and what was written at each check-in.",
  withoutJournal: "Without the journal: no free-text answer, nothing written at a check-in.",
  plansHead: "Plans chosen to try, and what came of them:",
  noPlans: "No plan chosen for this questionnaire.",
  inTheWay: (date: string, what: string[]) => `${date}, in the way: ${what.join("; ")}`,
  happened: (date: string, text: string) => `${date}, what happened: ${text}`,
  nothing: (cmd: string) =>
    `reflet: no result to share yet (${cmd} run ID answers a questionnaire and keeps the result)`,
  noneFor: (id: string, cmd: string) =>
    `reflet: no result of ${id} to share (${cmd} history lists your results)`,
  noAnswers: (id: string, cmd: string) =>
    `reflet: the last result of ${id} was kept before reflet kept answers, so there is nothing to share (${cmd} run ${id}, then share)`,
  preview: (file: string) => `This is exactly what ${file} will hold:`,
  confirm: (file: string) => `Write ${file}?`,
  yes: "Yes, write it",
  no: "No, write nothing",
  needYes: (cmd: string) =>
    `reflet: share shows the file and asks before writing it; without a terminal, add --yes (${cmd} share ID --yes)`,
  wrote: (file: string, batch: string) =>
    `Wrote ${file} (only you can read it): give it to your coach, ${batch} ${file} reads it.`,
  kept: "Nothing written.",
};

const fr: typeof en = {
  fileHead: (title, version, date) =>
    `Réponses à « ${title} » (version ${version}) du ${date}, partagées avec reflet.`,
  fileRead: (batch) =>
    `Un fichier de réponses ordinaire : ${batch} FICHIER le calcule ; ces lignes de commentaire ne sont pas lues.`,
  withJournal: "Avec le journal : les réponses libres et ce qui a été écrit à chaque point.",
  withoutJournal: "Sans le journal : aucune réponse libre, rien de ce qui a été écrit aux points.",
  plansHead: "Plans choisis pour essayer, et ce qu’ils ont donné :",
  noPlans: "Aucun plan choisi pour ce questionnaire.",
  inTheWay: (date, what) => `${date}, ce qui a freiné : ${what.join(" ; ")}`,
  happened: (date, text) => `${date}, ce qui s’est passé : ${text}`,
  nothing: (cmd) =>
    `reflet : pas encore de résultat à partager (${cmd} run ID fait passer un questionnaire et garde le résultat)`,
  noneFor: (id, cmd) =>
    `reflet : pas de résultat de ${id} à partager (${cmd} history liste vos résultats)`,
  noAnswers: (id, cmd) =>
    `reflet : le dernier résultat de ${id} date d’avant que reflet garde les réponses, il n’y a donc rien à partager (${cmd} run ${id}, puis share)`,
  preview: (file) => `Voici exactement ce que contiendra ${file} :`,
  confirm: (file) => `Écrire ${file} ?`,
  yes: "Oui, l’écrire",
  no: "Non, ne rien écrire",
  needYes: (cmd) =>
    `reflet : share montre le fichier et demande avant de l’écrire ; sans terminal, ajoutez --yes (${cmd} share ID --yes)`,
  wrote: (file, batch) =>
    `${file} est écrit (vous seul·e pouvez le lire) : donnez-le à votre coach, ${batch} ${file} le lit.`,
  kept: "Rien n’a été écrit.",
};

export const shareMessages = { en, fr };
