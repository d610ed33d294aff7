// reflet completion: its argument and help, as data.
import { command, commandTable } from "../../cli/command.ts";

export const completionTable = commandTable({
  name: "completion",
  description: {
    fr: "script de complétion des commandes et options pour bash, zsh ou fish",
    en: "a completion script of commands and options for bash, zsh or fish",
  },
  args: [
    {
      name: "<shell>",
      help: { fr: "votre shell", en: "your shell" },
      choices: ["bash", "zsh", "fish"],
    },
  ],
  options: {
    // Asked by the scripts themselves at each TAB (questionnaire ids, history ids).
    ids: {
      kind: "value",
      arg: "kind",
      choices: ["questionnaires", "history"],
      hidden: true,
      help: { fr: "identifiants à compléter", en: "ids to complete" },
    },
  },
  examples: [
    "source <(reflet completion bash)            # ~/.bashrc",
    "source <(reflet completion zsh)             # ~/.zshrc",
    "reflet completion fish | source             # ~/.config/fish/config.fish",
  ],
});

export const completion = command(completionTable, () => import("./index.ts"));
