// What reflet says when a questionnaire named on the command line is not found, in both languages.

const en = {
  noFile: (ref: string) => `reflet: ${ref}: file not found (check the path)`,
  noId: (ref: string, cmd: string) =>
    `reflet: no questionnaire "${ref}" (${cmd} list shows the ones found)`,
  noIdLike: (ref: string, like: string, cmd: string) =>
    `reflet: no questionnaire "${ref}": did you mean ${like}? (${cmd} list shows the ones found)`,
};

const fr: typeof en = {
  noFile: (ref: string) => `reflet : ${ref} : fichier introuvable (vérifiez le chemin)`,
  noId: (ref: string, cmd: string) =>
    `reflet : pas de questionnaire « ${ref} » (${cmd} list montre ceux qui sont trouvés)`,
  noIdLike: (ref: string, like: string, cmd: string) =>
    `reflet : pas de questionnaire « ${ref} » : vouliez-vous dire ${like} ? (${cmd} list montre ceux qui sont trouvés)`,
};

export const openMessages = { en, fr };
