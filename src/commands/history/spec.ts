import type { CommandSpec } from "../../cli/command.ts";

export const history: CommandSpec = {
  name: "history",
  define(cmd) {
    cmd.description("history").argument("[args...]");
  },
  load: () => import("./index.ts"),
};
