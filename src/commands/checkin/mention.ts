// The mention of a due check-in at the start of `reflet` and `reflet run`. Without any
// commitment (the usual case) it costs one stat: the store and its schemas load only when
// there is a commitments file to read (due.ts).
import { existsSync } from "node:fs";
import type { Ctx } from "../../io/context.ts";
import { dataPaths } from "../../store/paths.ts";

/** Says what is due, once a day; never fails the command it opens. */
export async function mentionDue(ctx: Ctx): Promise<void> {
  let lines: string[];
  try {
    if (!existsSync(dataPaths(ctx.env, ctx.cwd).commitments)) return;
    const { dueLines } = await import("./due.ts");
    lines = await dueLines(ctx);
  } catch {
    return;
  }
  for (const line of lines) ctx.err(line);
}
