import type { CommandSpec } from "../../cli/command.ts";

export const completion: CommandSpec = {
  name: "completion",
  define(cmd) {
    cmd.description("completion").argument("[args...]");
  },
  load: () => import("./index.ts"),
};
