// What `batch` reads and writes, checked against each other before the first row is read
// (src/io/outputs.ts): no output may be an input, another output, a folder, or an existing
// file without --force.
import { resolve } from "node:path";
import type { Source } from "../../batch/input/inputs.ts";
import { summaryFiles } from "../../batch/output/summary/file.ts";
import type { Ctx } from "../../io/context.ts";
import { checkOutputs, type PlannedInput, type PlannedOutput } from "../../io/outputs.ts";
import type { Model } from "../../model/model.ts";
import type { BatchSettings } from "./options.ts";

export interface CheckedOutputs {
  /** Names in the reports folder that belong to this run's inputs and other outputs. */
  reportsTaken: ReadonlySet<string>;
}

export function checkBatchOutputs(
  ctx: Ctx,
  s: BatchSettings,
  model: Model,
  sources: readonly Source[],
): CheckedOutputs {
  const at = (file: string) => resolve(ctx.cwd, file);
  const outputs: PlannedOutput[] = [];
  if (s.results?.output)
    outputs.push({ role: "--output", file: s.results.output, path: at(s.results.output) });
  if (s.errors) outputs.push({ role: "--errors", file: s.errors, path: at(s.errors) });
  for (const file of s.summary ? summaryFiles(s.summary) : [])
    outputs.push({ role: "--summary", file, path: at(file) });
  const reports: PlannedOutput | undefined = s.reports
    ? { role: "--reports", file: s.reports.dir, path: at(s.reports.dir), folder: true }
    : undefined;
  if (reports) outputs.push(reports);
  if (s.check?.mapOut)
    outputs.push({ role: "--columns-out", file: s.check.mapOut, path: at(s.check.mapOut) });
  const inputs: PlannedInput[] = [];
  // An input that cannot be read (a named pipe, say) is still no place to write results.
  for (const source of sources) {
    const file =
      "file" in source ? source.file : source.kind === "problem" ? source.problem.file : null;
    if (file) inputs.push({ file, path: at(file) });
  }
  // The questionnaire and the key are read too; a built-in questionnaire has no file.
  if (!model.source.startsWith("builtin:"))
    inputs.push({ file: model.source, path: at(model.source) });
  if (s.keyFile) inputs.push({ file: s.keyFile, path: at(s.keyFile) });
  if (s.columns) inputs.push({ file: s.columns, path: at(s.columns) });
  const taken = checkOutputs(outputs, inputs, { force: s.force, lang: ctx.lang });
  return { reportsTaken: (reports && taken.get(reports)) ?? new Set() };
}
