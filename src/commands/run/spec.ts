import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";

export const run: CommandSpec = {
  name: "run",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "répondre à un ou plusieurs questionnaires dans le terminal, puis voir son profil (une session interrompue reprend)"
          : "answer one or more questionnaires in the terminal, then see your profile (an interrupted session resumes)",
      )
      .argument(
        "[questionnaire...]",
        fr
          ? "identifiant ou fichier du questionnaire ; plusieurs : un profil commun ; aucun : le menu"
          : "questionnaire id or file; several give one combined profile; none: the menu",
      )
      .addOption(
        new Option("-f, --format <format>", fr ? "format du profil" : "profile format")
          .choices(["text", "markdown", "json"])
          .default("text"),
      )
      .option(
        "-o, --output <file>",
        fr
          ? "écrire aussi le profil dans ce fichier (au format --format)"
          : "also write the profile to this file (in the --format format)",
      )
      .option(
        "--why",
        fr
          ? "sous chaque texte du profil, les réponses sur lesquelles il s'appuie (text et markdown)"
          : "under each text of the profile, the answers behind it (text and markdown)",
      )
      .option(
        "--answers-out <file>",
        fr
          ? "écrire vos réponses dans ce fichier, à envoyer à un·e coach (plusieurs questionnaires : fichier.ID.yaml)"
          : "write your answers to this file, for a coach to collect (several questionnaires: file.ID.yaml)",
      )
      .option(
        "--no-save",
        fr
          ? "ne pas garder ce résultat dans l'historique"
          : "do not keep this result in the history",
      )
      .option(
        "--norms <file>",
        fr
          ? "après le profil, où se situe chaque dimension parmi les personnes de ce fichier de normes (reflet norms build)"
          : "after the profile, where each dimension stands among this norm file's people (reflet norms build)",
      )
      .option(
        "--restart",
        fr
          ? "recommencer depuis le début sans proposer de reprendre"
          : "start from the beginning without offering to resume",
      )
      .option(
        "-d, --dir <dir...>",
        fr ? "dossiers où chercher les questionnaires" : "folders to look for questionnaires in",
      );
    examples(
      cmd,
      lang,
      fr
        ? [
            "reflet run                                     # choisir dans le menu",
            "reflet run reclamations",
            "reflet run reclamations clients-exigeants      # deux questionnaires, un profil",
            "reflet run reclamations --format markdown --output profil.md",
            "reflet run reclamations --answers-out reponses.yaml --no-save",
            "reflet run ./mon-questionnaire.yaml --lang en",
          ]
        : [
            "reflet run                                     # pick from the menu",
            "reflet run reclamations",
            "reflet run reclamations clients-exigeants      # two questionnaires, one profile",
            "reflet run reclamations --format markdown --output profile.md",
            "reflet run reclamations --answers-out answers.yaml --no-save",
            "reflet run ./my-questionnaire.yaml --lang fr",
          ],
    );
  },
  load: () => import("./index.ts"),
};
