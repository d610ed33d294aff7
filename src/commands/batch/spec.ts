import type { CommandSpec } from "../../cli/command.ts";

export const batch: CommandSpec = {
  name: "batch",
  define(cmd) {
    cmd.description("batch").argument("[args...]");
  },
  load: () => import("./index.ts"),
};
