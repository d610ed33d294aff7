import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";

export const action: Action = async () => {
  throw new ExitError(EXIT.usage, ["reflet: completion is not built yet"]);
};
