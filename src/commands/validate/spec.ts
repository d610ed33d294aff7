import { type CommandSpec, examples } from "../../cli/command.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { validateMessages } from "./messages.ts";

export const validate: CommandSpec = {
  name: "validate",
  define(cmd, lang) {
    const m = messagesFor(lang, validateMessages);
    cmd
      .description(m.description)
      .argument("<file...>", m.files)
      .option("--json", m.json)
      .option("--strict", m.strict);
    examples(cmd, lang, m.examples);
  },
  load: () => import("./index.ts"),
};
