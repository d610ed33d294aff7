import { Argument, Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";
import { ID_KINDS } from "./ids.ts";

export const completion: CommandSpec = {
  name: "completion",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd
      .description(
        fr
          ? "script de complétion des commandes et options pour bash, zsh ou fish"
          : "a completion script of commands and options for bash, zsh or fish",
      )
      .addArgument(
        new Argument("<shell>", fr ? "votre shell" : "your shell").choices(["bash", "zsh", "fish"]),
      )
      // Asked by the scripts themselves at each TAB, not by people: kept out of the help.
      .addOption(new Option("--ids <kind>").choices([...ID_KINDS]).hideHelp());
    examples(cmd, lang, [
      "source <(reflet completion bash)            # ~/.bashrc",
      "source <(reflet completion zsh)             # ~/.zshrc",
      "reflet completion fish | source             # ~/.config/fish/config.fish",
    ]);
  },
  load: () => import("./index.ts"),
};
