import { type CommandSpec, examples } from "../../cli/command.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { testMessages } from "./messages.ts";

export const test: CommandSpec = {
  name: "test",
  define(cmd, lang) {
    const m = messagesFor(lang, testMessages);
    cmd.description(m.description).argument("<file...>", m.files).option("--json", m.json);
    examples(cmd, lang, m.examples);
  },
  load: () => import("./index.ts"),
};
