import type { CommandSpec } from "../../cli/command.ts";

export const template: CommandSpec = {
  name: "template",
  define(cmd) {
    cmd.description("template").argument("[args...]");
  },
  load: () => import("./index.ts"),
};
