import { type CommandSpec, examples } from "../../cli/command.ts";

export const list: CommandSpec = {
  name: "list",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "les questionnaires trouvés (intégrés, ./questionnaires, --dir, REFLET_PATH)"
          : "the questionnaires found (built-in, ./questionnaires, --dir, REFLET_PATH)",
      )
      .option("--json", fr ? "liste en JSON" : "list as JSON")
      .option("-d, --dir <dir...>", fr ? "autres dossiers où chercher" : "more folders to look in");
    examples(cmd, lang, [
      "reflet list",
      "reflet list --json",
      "REFLET_PATH=~/team-questionnaires reflet list",
    ]);
  },
  load: () => import("./index.ts"),
};
