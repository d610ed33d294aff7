// --columns FILE: the column map read and checked against the questionnaire before any
// input is read; every problem in it is one line `file:line:col`, exit 1.
import { resolve } from "node:path";
import type { ColumnMap } from "../../batch/input/column-map.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import type { Ctx } from "../../io/context.ts";
import { formatProblem, ProblemsError } from "../../load/problem.ts";
import { readTextFile } from "../../load/read.ts";
import type { Model } from "../../model/model.ts";

export async function columnMapOf(file: string, model: Model, ctx: Ctx): Promise<ColumnMap> {
  let text: string;
  try {
    text = await readTextFile(resolve(ctx.cwd, file), ctx.lang);
  } catch (e) {
    if (e instanceof ProblemsError)
      throw new ExitError(
        EXIT.invalid,
        e.problems.map((p) => formatProblem({ ...p, file })),
      );
    throw e;
  }
  // Loaded only for --columns: it starts the YAML library, which a batch needs for nothing else.
  const { readColumnMap } = await import("../../batch/input/column-map.ts");
  const read = readColumnMap(text, file, model, ctx.lang);
  if (!read.ok) throw new ExitError(EXIT.invalid, read.problems.map(formatProblem));
  return read.map;
}
