// What `reflet score` says, in both languages.
const en = {
  missingAnswers: "reflet score: which answers? give --answers FILE, or --answers - to read stdin",
  stdinIsTerminal:
    "reflet score: --answers - reads standard input, which is a terminal here (pipe the answers in, or give a file)",
};

const fr: typeof en = {
  missingAnswers:
    "reflet score : quelles réponses ? donnez --answers FICHIER, ou --answers - pour lire l’entrée standard",
  stdinIsTerminal:
    "reflet score : --answers - lit l’entrée standard, qui est ici un terminal (envoyez-y les réponses par un tube, ou donnez un fichier)",
};

export const scoreMessages = { en, fr };
