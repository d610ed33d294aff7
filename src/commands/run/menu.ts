import type { Ctx } from "../../cli/context.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";

export async function menu(_ctx: Ctx): Promise<number> {
  throw new ExitError(EXIT.usage, ["reflet: the menu is not built yet"]);
}
