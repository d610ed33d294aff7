import { type CommandSpec, examples } from "../../cli/command.ts";

/** The word that turns `reflet history` into erasing. */
export const FORGET = "forget";

export const history: CommandSpec = {
  name: "history",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "vos résultats passés et leur évolution par dimension ; « forget » les efface"
          : "your past results and how each dimension changed; 'forget' erases them",
      )
      .usage(fr ? "[ID] | forget ID|--all [options]" : "[ID] | forget ID|--all [options]")
      .argument(
        "[words...]",
        fr
          ? "ID : les résultats d'un seul questionnaire ; forget ID ou forget --all : effacer"
          : "ID: the results of one questionnaire; forget ID or forget --all: erase",
      )
      .option("--json", fr ? "l'historique complet en JSON" : "the full history as JSON")
      .option(
        "--all",
        fr
          ? "avec forget : effacer tout l'historique, les notes et les sessions en pause"
          : "with forget: erase the whole history, notes and paused sessions",
      )
      .option(
        "-y, --yes",
        fr
          ? "avec forget : ne pas demander de confirmation (nécessaire sans terminal)"
          : "with forget: do not ask for confirmation (needed without a terminal)",
      );
    examples(cmd, lang, [
      "reflet history",
      "reflet history reclamations",
      fr ? "reflet history --json > historique.json" : "reflet history --json > history.json",
      "reflet history forget reclamations",
      "reflet history forget --all --yes",
    ]);
    cmd.addHelpText(
      "after",
      fr
        ? "\nL'historique est dans le dossier de données de reflet (REFLET_HOME pour le déplacer) ; rien ne quitte votre machine."
        : "\nThe history lives in reflet's data folder (REFLET_HOME moves it); nothing leaves your machine.",
    );
  },
  load: () => import("./index.ts"),
};
