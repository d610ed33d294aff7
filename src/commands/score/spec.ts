import { Option } from "commander";
import { type CommandSpec, examples } from "../../cli/command.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { scoreMessages } from "./messages.ts";

export const score: CommandSpec = {
  name: "score",
  define(cmd, lang) {
    const m = messagesFor(lang, scoreMessages);
    cmd
      .description(m.description)
      .argument("<questionnaire>", m.questionnaire)
      // Checked by the action, so that a missing --answers is said in the user's language.
      .option("-a, --answers <file>", m.answers)
      .addOption(
        new Option("-f, --format <format>", m.format)
          .choices(["text", "markdown", "json"])
          .default("text"),
      )
      .option("--why", m.why)
      .option("--norms <file>", m.norms)
      .option("-d, --dir <dir...>", m.dir);
    examples(cmd, lang, m.examples);
  },
  load: () => import("./index.ts"),
};
