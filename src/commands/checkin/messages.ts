// The words of the reflection loop: committing at the end of a profile, checking in, and the
// mention of a check-in that is due.
import type { Next, Obstacle, Tried } from "../../store/commitment.ts";

const en = {
  commitTitle: (n: number): string =>
    n === 0
      ? "Choose one thing to try in the coming days? (a precise plan is followed through far more often than a goal)"
      : "Another one? (three at most)",
  ownPlan: "Something of my own",
  notNow: (n: number): string => (n === 0 ? "Not now" : "That's all"),
  situation: "When? (the situation, e.g. “When a client raises their voice”)",
  action: "Then I… (what you will do, e.g. “I let them finish before I answer”)",
  emptyPlan: "Both parts are needed for a plan: nothing kept this time.",
  checkinWhen: "When shall we check in?",
  inDays: (n: number, date: string): string =>
    n === 7 ? `In a week (${date})` : `In ${n} days (${date})`,
  committed: (cmd: string, plan: string, date: string) =>
    `Kept: ${plan}. Check in on ${date} with ${cmd} checkin.`,
  plan: (situation: string, action: string) => `${situation}, ${action}`,
  due: (cmd: string, n: number): string =>
    n === 1
      ? `A check-in is due: how did your plan go? (${cmd} checkin)`
      : `${n} check-ins are due: how did your plans go? (${cmd} checkin)`,
  checkinNone: (cmd: string) =>
    `No commitment to check in on (choose one at the end of ${cmd} run).`,
  checkinNotYet: (date: string) => `Nothing due yet: the next check-in is on ${date}.`,
  checkinBusy: (pid: number) =>
    `reflet: a check-in is already open in another terminal (process ${pid}); finish it there first`,
  checkinAll: "Check in now anyway",
  checkinLater: "Later",
  since: (plan: string, date: string) => `${plan} (since ${date})`,
  tried: "Did you try it?",
  triedLabels: {
    "not-yet": "Not yet",
    once: "Once",
    several: "Several times",
    habit: "It became a habit",
  } satisfies Record<Tried, string>,
  happened: "What happened? (optional)",
  obstacles: "What got in the way? (optional)",
  obstacleLabels: {
    "no-occasion": "The situation did not come up",
    forgot: "I forgot in the moment",
    "no-time": "No time, too much pressure",
    awkward: "It felt awkward",
    others: "Colleagues, tools or rules",
  } satisfies Record<Obstacle, string>,
  otherObstacle: "Anything else in the way? (optional)",
  next: "And now?",
  nextLabels: {
    keep: "Keep it as it is",
    adjust: "Adjust it",
    drop: "Drop it",
    done: "Done: it is part of how I work",
  } satisfies Record<Next, string>,
  checkedIn: (cmd: string, n: number) =>
    `${n} check-in${n === 1 ? "" : "s"} kept in your journal (${cmd} journal, ${cmd} progress).`,
  retake: (cmd: string, title: string, id: string) =>
    `Every plan you made after “${title}” is done or dropped: take it again to see what changed (${cmd} run ${id}).`,
  retakeInterval: (cmd: string, title: string, id: string, days: number) =>
    `${days} days since your last result of “${title}”: take it again to see what changed (${cmd} run ${id}).`,
  checkinNeedsTerminal: (cmd: string) =>
    `reflet: checkin asks questions and needs a terminal (${cmd} progress shows your commitments without one)`,
};

const fr: typeof en = {
  commitTitle: (n) =>
    n === 0
      ? "Choisir une chose à essayer dans les jours qui viennent ? (un plan précis est bien plus souvent suivi qu’un objectif)"
      : "Une autre ? (trois au plus)",
  ownPlan: "Quelque chose de mon cru",
  notNow: (n) => (n === 0 ? "Pas maintenant" : "C’est tout"),
  situation: "Quand ? (la situation, par ex. « Quand un client hausse le ton »)",
  action: "Alors je… (ce que vous ferez, par ex. « je le laisse finir avant de répondre »)",
  emptyPlan: "Il faut les deux parties pour un plan : rien n’est gardé cette fois.",
  checkinWhen: "Quand faire le point ?",
  inDays: (n, date) => (n === 7 ? `Dans une semaine (${date})` : `Dans ${n} jours (${date})`),
  committed: (cmd, plan, date) =>
    `Gardé : ${plan}. Faites le point le ${date} avec ${cmd} checkin.`,
  plan: (situation, action) => `${situation}, ${action}`,
  due: (cmd, n) =>
    n === 1
      ? `Un point est prévu : comment s’est passé votre plan ? (${cmd} checkin)`
      : `${n} points sont prévus : comment se sont passés vos plans ? (${cmd} checkin)`,
  checkinNone: (cmd) =>
    `Aucun engagement à faire le point (choisissez-en un à la fin de ${cmd} run).`,
  checkinNotYet: (date) => `Rien de prévu pour l’instant : le prochain point est le ${date}.`,
  checkinBusy: (pid) =>
    `reflet : un point est déjà ouvert dans un autre terminal (processus ${pid}) ; terminez-le d’abord`,
  checkinAll: "Faire le point quand même",
  checkinLater: "Plus tard",
  since: (plan, date) => `${plan} (depuis le ${date})`,
  tried: "L’avez-vous essayé ?",
  triedLabels: {
    "not-yet": "Pas encore",
    once: "Une fois",
    several: "Plusieurs fois",
    habit: "C’est devenu une habitude",
  },
  happened: "Que s’est-il passé ? (facultatif)",
  obstacles: "Qu’est-ce qui vous a freiné·e ? (facultatif)",
  obstacleLabels: {
    "no-occasion": "La situation ne s’est pas présentée",
    forgot: "J’ai oublié sur le moment",
    "no-time": "Pas le temps, trop de pression",
    awkward: "Je ne me sentais pas à l’aise",
    others: "Les collègues, les outils ou les règles",
  },
  otherObstacle: "Autre chose qui vous a freiné·e ? (facultatif)",
  next: "Et maintenant ?",
  nextLabels: {
    keep: "Le garder tel quel",
    adjust: "L’ajuster",
    drop: "L’abandonner",
    done: "C’est fait : il fait partie de ma façon de travailler",
  },
  checkedIn: (cmd, n) =>
    `${n} point${n === 1 ? "" : "s"} gardé${n === 1 ? "" : "s"} dans votre journal (${cmd} journal, ${cmd} progress).`,
  retake: (cmd, title, id) =>
    `Tous les plans faits après « ${title} » sont tenus ou abandonnés : repassez-le pour voir ce qui a changé (${cmd} run ${id}).`,
  retakeInterval: (cmd, title, id, days) =>
    `${days} jours depuis votre dernier résultat à « ${title} » : repassez-le pour voir ce qui a changé (${cmd} run ${id}).`,
  checkinNeedsTerminal: (cmd) =>
    `reflet : checkin pose des questions et a besoin d’un terminal (${cmd} progress montre vos engagements sans terminal)`,
};

export const checkinMessages = { en, fr };
