import { type CommandSpec, examples } from "../../cli/command.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { listMessages } from "./messages.ts";

export const list: CommandSpec = {
  name: "list",
  define(cmd, lang) {
    const m = messagesFor(lang, listMessages);
    cmd.description(m.description).option("--json", m.json).option("-d, --dir <dir...>", m.dir);
    examples(cmd, lang, m.examples);
  },
  load: () => import("./index.ts"),
};
