// What `reflet list` says, in both languages.
const en = {
  description: "the questionnaires found: built-in, ./questionnaires, --dir, REFLET_PATH",
  json: "the list as JSON on stdout",
  dir: "more folders to look in",
  invalid: (file: string, cmd: string) =>
    `reflet: ${file}: not a valid questionnaire (${cmd} validate ${file})`,
  none: "reflet: no questionnaire found (add .yaml files to ./questionnaires or use --dir)",
  items: (n: number) => `${n} item${n === 1 ? "" : "s"}`,
  minutes: (n: number) => `~${n} min`,
  examples: [
    "reflet list",
    "reflet list --json",
    "reflet list --dir ~/team-questionnaires",
    "REFLET_PATH=~/team-questionnaires reflet list",
  ],
};

const fr: typeof en = {
  description: "les questionnaires trouvés : intégrés, ./questionnaires, --dir, REFLET_PATH",
  json: "la liste en JSON sur la sortie standard",
  dir: "autres dossiers où chercher",
  invalid: (file, cmd) => `reflet : ${file} : questionnaire invalide (${cmd} validate ${file})`,
  none: "reflet : aucun questionnaire trouvé (ajoutez des fichiers .yaml dans ./questionnaires ou utilisez --dir)",
  items: (n) => `${n} question${n > 1 ? "s" : ""}`,
  minutes: (n) => `~${n} min`,
  examples: [
    "reflet list",
    "reflet list --json",
    "reflet list --dir ~/questionnaires-equipe",
    "REFLET_PATH=~/questionnaires-equipe reflet list",
  ],
};

export const listMessages = { en, fr };
