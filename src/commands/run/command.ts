// reflet run: its arguments, options and help, as data.
import { command, commandTable } from "../../cli/command.ts";
import { dir, formatOr, output, why } from "../../cli/shared-options.ts";

export const runTable = commandTable({
  name: "run",
  description: {
    fr: "répondre à un ou plusieurs questionnaires dans le terminal, puis voir son profil (une session interrompue reprend)",
    en: "answer one or more questionnaires in the terminal, then see your profile (an interrupted session resumes)",
  },
  args: [
    {
      name: "[questionnaire...]",
      help: {
        fr: "identifiant ou fichier du questionnaire ; plusieurs : un profil commun ; aucun : le menu",
        en: "questionnaire id or file; several give one combined profile; none: the menu",
      },
    },
  ],
  options: {
    format: formatOr(
      { fr: "format du profil", en: "profile format" },
      ["text", "markdown", "json"],
      "text",
    ),
    output: output({
      fr: "écrire aussi le profil dans ce fichier (au format --format)",
      en: "also write the profile to this file (in the --format format)",
    }),
    why,
    answersOut: {
      kind: "value",
      arg: "file",
      help: {
        fr: "écrire vos réponses dans ce fichier, à envoyer à un·e coach (plusieurs questionnaires : fichier.ID.yaml)",
        en: "write your answers to this file, for a coach to collect (several questionnaires: file.ID.yaml)",
      },
    },
    save: {
      kind: "negated",
      help: {
        fr: "ne rien écrire : ni historique, ni session en pause (Ctrl+C ne garde rien)",
        en: "write nothing: no history, no paused session (Ctrl+C keeps nothing)",
      },
    },
    norms: {
      kind: "value",
      arg: "file",
      help: {
        fr: "après le profil, où se situe chaque dimension parmi les personnes de ce fichier de normes (reflet norms build ; text et markdown)",
        en: "after the profile, where each dimension stands among this norm file's people (reflet norms build; text and markdown)",
      },
    },
    restart: {
      kind: "flag",
      help: {
        fr: "recommencer depuis le début sans proposer de reprendre",
        en: "start from the beginning without offering to resume",
      },
    },
    dir,
  },
  examples: {
    fr: [
      "reflet run                                     # choisir dans le menu",
      "reflet run reclamations",
      "reflet run reclamations clients-exigeants      # deux questionnaires, un profil",
      "reflet run reclamations --format markdown --output profil.md",
      "reflet run reclamations --answers-out reponses.yaml --no-save",
      "reflet run ./mon-questionnaire.yaml --lang en",
    ],
    en: [
      "reflet run                                     # pick from the menu",
      "reflet run reclamations",
      "reflet run reclamations clients-exigeants      # two questionnaires, one profile",
      "reflet run reclamations --format markdown --output profile.md",
      "reflet run reclamations --answers-out answers.yaml --no-save",
      "reflet run ./my-questionnaire.yaml --lang fr",
    ],
  },
});

export const run = command(runTable, () => import("./index.ts"));
