// What `reflet score` says, in both languages.
const en = {
  description: "score one answers file, without asking anything",
  questionnaire: "questionnaire id or file",
  answers: "answers file (YAML or JSON); - reads it from standard input",
  format: "profile format",
  why: "under each text of the profile, the answers behind it (text and markdown)",
  norms:
    "after the profile, where each dimension stands among a norm file's people (reflet norms build; text and markdown)",
  dir: "more folders to look for questionnaires in",
  missingAnswers: "reflet score: which answers? give --answers FILE, or --answers - to read stdin",
  stdinIsTerminal:
    "reflet score: --answers - reads standard input, which is a terminal here (pipe the answers in, or give a file)",
  examples: [
    "reflet score reclamations --answers alice.yaml",
    "reflet score reclamations --answers alice.yaml --format json > alice.json",
    "reflet score my-questionnaire.yaml --answers alice.yaml --format markdown",
    "reflet score reclamations --answers alice.yaml --why",
    "cat alice.yaml | reflet score reclamations --answers -",
  ],
};

const fr: typeof en = {
  description: "évaluer un fichier de réponses, sans poser de question",
  questionnaire: "identifiant ou fichier du questionnaire",
  answers: "fichier de réponses (YAML ou JSON) ; - le lit sur l'entrée standard",
  format: "format du profil",
  why: "sous chaque texte du profil, les réponses sur lesquelles il s'appuie (text et markdown)",
  norms:
    "après le profil, où se situe chaque dimension parmi les personnes d'un fichier de normes (reflet norms build ; text et markdown)",
  dir: "autres dossiers où chercher les questionnaires",
  missingAnswers:
    "reflet score : quelles réponses ? donnez --answers FICHIER, ou --answers - pour lire l'entrée standard",
  stdinIsTerminal:
    "reflet score : --answers - lit l'entrée standard, qui est ici un terminal (envoyez-y les réponses par un tube, ou donnez un fichier)",
  examples: [
    "reflet score reclamations --answers alice.yaml",
    "reflet score reclamations --answers alice.yaml --format json > alice.json",
    "reflet score mon-questionnaire.yaml --answers alice.yaml --format markdown",
    "reflet score reclamations --answers alice.yaml --why",
    "cat alice.yaml | reflet score reclamations --answers -",
  ],
};

export const scoreMessages = { en, fr };
