import type { CommandSpec } from "../../cli/command.ts";

export const run: CommandSpec = {
  name: "run",
  define(cmd) {
    cmd.description("run").argument("[args...]");
  },
  load: () => import("./index.ts"),
};
