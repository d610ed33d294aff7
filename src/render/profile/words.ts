// Headings and labels of a profile, in both languages.
const en = {
  profile: "Profile",
  participant: "Participant",
  dimensions: "Dimensions",
  notEnough: "not enough answers",
  strengths: "Strengths",
  watch: "What to watch",
  actions: "To try this week",
  support: "Support",
  reflections: "To reflect on",
  quality: "About these answers",
  flag: (id: string) =>
    id === "straight-lining"
      ? "Almost every answer is the same: the profile may not reflect you. Take the questions one at a time next time."
      : `Two answers that should agree do not (${id}): read the profile with care.`,
};

const fr: typeof en = {
  profile: "Profil",
  participant: "Participant·e",
  dimensions: "Dimensions",
  notEnough: "pas assez de réponses",
  strengths: "Points forts",
  watch: "Points de vigilance",
  actions: "À essayer cette semaine",
  support: "Du soutien",
  reflections: "Pour réfléchir",
  quality: "À propos de ces réponses",
  flag: (id) =>
    id === "straight-lining"
      ? "Presque toutes les réponses sont identiques : le profil risque de ne pas vous ressembler. La prochaine fois, prenez les questions une à une."
      : `Deux réponses qui devraient concorder ne concordent pas (${id}) : lisez le profil avec prudence.`,
};

export const profileWords = { en, fr };
