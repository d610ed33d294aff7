import { type CommandSpec, examples } from "../../cli/command.ts";

export const journal: CommandSpec = {
  name: "journal",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "vos notes de réflexion (réponses libres), résultat par résultat"
          : "your reflection notes (free-text answers), result by result",
      )
      .argument("[id]", fr ? "seulement ce questionnaire" : "only this questionnaire")
      .option("--json", fr ? "les notes en JSON" : "the notes as JSON");
    examples(cmd, lang, [
      "reflet journal",
      "reflet journal reclamations",
      "reflet journal --json",
      "reflet history forget reclamations   # " +
        (fr ? "effacer résultats et notes" : "erase results and notes"),
    ]);
  },
  load: () => import("./index.ts"),
};
