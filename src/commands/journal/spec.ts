import type { CommandSpec } from "../../cli/command.ts";

export const journal: CommandSpec = {
  name: "journal",
  define(cmd) {
    cmd.description("journal").argument("[args...]");
  },
  load: () => import("./index.ts"),
};
