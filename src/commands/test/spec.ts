import { type CommandSpec, examples } from "../../cli/command.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { testMessages } from "./messages.ts";

export const test: CommandSpec = {
  name: "test",
  define(cmd, lang) {
    const m = messagesFor(lang, testMessages);
    cmd
      .description(m.description)
      .argument("<file...>", m.files)
      .option("--json", m.json)
      .option("--simulate", m.simulate)
      // Checked by the action, so that a bad value is said in the user's language.
      .option("--respondents <n>", m.respondents)
      .option("--seed <n>", m.seed)
      .option("--model <names>", m.model);
    examples(cmd, lang, m.examples);
  },
  load: () => import("./index.ts"),
};
