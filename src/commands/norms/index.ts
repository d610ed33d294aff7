// reflet norms build: batch results in, a norm file out (percentiles per dimension and facet,
// never an individual value), from at least --min-size people.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { readWave } from "../../compare/read.ts";
import type { Wave } from "../../compare/wave.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { checkOutputs } from "../../io/outputs.ts";
import { writeWhole } from "../../io/write.ts";
import { normsMessages } from "../../norms/messages.ts";
import { buildNorms, NORMS_SCHEMA_VERSION, type NormFile } from "../../norms/norms.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { lineExit } from "../compare/line-exit.ts";
import type { normsTable } from "./command.ts";
import { BUILD } from "./command.ts";

const day = (d: Date) => d.toISOString().slice(0, 10);

const buildNormFile: Action<typeof normsTable> = async (ctx, [words], opts) => {
  const m = messagesFor(ctx.lang, normsMessages);
  const usage = (line: string): never => {
    throw new ExitError(EXIT.usage, [sanitizeLine(line)]);
  };
  const [verb, ...files] = words;
  if (verb !== BUILD || files.length === 0) usage(m.usage());
  const output = opts.output;
  if (!output) return usage(m.needsOutput());
  const rawMin = String(opts.minSize ?? "30");
  const minSize = Number(rawMin);
  if (!/^\d+$/.test(rawMin.trim()) || minSize < 10) usage(m.badMinSize(rawMin));
  const at = (file: string) => resolve(ctx.cwd, file);
  checkOutputs(
    [{ role: "--output", file: output, path: at(output) }],
    files.map((file) => ({ file, path: at(file) })),
    { force: opts.force === true, lang: ctx.lang },
  );

  const waves: Wave[] = [];
  for (const file of files) waves.push(await readWave(file, at(file), { lang: ctx.lang }));
  const first = waves[0] as Wave;
  const name = (w: Wave) => `${w.questionnaire.id} version ${w.questionnaire.version}`;
  for (const w of waves)
    if (
      w.questionnaire.id !== first.questionnaire.id ||
      w.questionnaire.version !== first.questionnaire.version
    )
      throw new ExitError(EXIT.invalid, [
        sanitizeLine(m.mixed(first.file, name(first), w.file, name(w))),
      ]);
  // One person in two files (two waves of one team) counts once: their latest file.
  const people = new Map(waves.flatMap((w) => w.people.map((p) => [p.participant, p] as const)));
  if (people.size < minSize)
    throw new ExitError(EXIT.invalid, [sanitizeLine(m.tooFew(people.size, minSize))]);
  const values = new Map<string, number[]>();
  for (const p of people.values())
    for (const [id, v] of p.targets) {
      const list = values.get(id) ?? [];
      values.set(id, list);
      if (v.percent !== null) list.push(v.percent);
    }
  const { targets, tooFew } = buildNorms(values, minSize);
  for (const t of tooFew) ctx.err(sanitizeLine(m.leftOut(t.id, t.n, minSize)));
  const dates = (await Promise.all(files.map(async (f) => (await stat(at(f))).mtime)))
    .map(day)
    .sort();
  const norms: NormFile = {
    schemaVersion: NORMS_SCHEMA_VERSION,
    kind: "reflet-norms",
    questionnaire: first.questionnaire,
    dates: { from: dates[0] as string, to: dates[dates.length - 1] as string },
    targets,
  };
  await writeWhole(at(output), toJson(norms), { name: output });
  ctx.err(sanitizeLine(m.wrote(output, targets.length, people.size)));
  return EXIT.ok;
};

/** Compare and norms stop on one line (LineError): its exit code here. */
export const action: Action<typeof normsTable> = (ctx, args, opts) =>
  lineExit(() => buildNormFile(ctx, args, opts));
