// reflet compare: two waves of a team's batch results in, the change per dimension out (a
// table, a summary page without names), and each matched person's change where asked.
import { existsSync } from "node:fs";
import { extname, resolve } from "node:path";
import { summaryFiles, summaryFormatOf } from "../../batch/output/summary/file.ts";
import type { Action } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { bandIdsOf } from "../../compare/band-labels.ts";
import type { GivenReliability } from "../../compare/change.ts";
import { compare } from "../../compare/compute.ts";
import { compareMessages } from "../../compare/messages.ts";
import { PEOPLE_FORMATS, type PeopleFormat, peopleCsv, peopleJson } from "../../compare/people.ts";
import { readWave } from "../../compare/read.ts";
import { readReliability } from "../../compare/reliability.ts";
import { compareHtml } from "../../compare/render/html.ts";
import { compareMarkdown } from "../../compare/render/markdown.ts";
import { compareText } from "../../compare/render/text.ts";
import { buildCompareView } from "../../compare/render/view.ts";
import { targetsOf } from "../../compare/targets.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { checkOutputs, type PlannedInput, type PlannedOutput } from "../../io/outputs.ts";
import { writeWhole } from "../../io/write.ts";
import { looksLikePath } from "../../load/discover.ts";
import { openOptions, openQuestionnaire } from "../../load/open.ts";
import { EXCEL_CSV, PLAIN_CSV } from "../../render/csv.ts";
import { toJson } from "../../render/json.ts";
import { PRIVATE_FILE } from "../../store/files.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { columnsOf } from "../../term/wrap.ts";
import type { compareTable } from "./command.ts";
import { lineExit } from "./line-exit.ts";

const formatOf = (file: string): PeopleFormat | undefined => {
  const ext = extname(file).slice(1).toLowerCase();
  return (PEOPLE_FORMATS as readonly string[]).includes(ext) ? (ext as PeopleFormat) : undefined;
};

/** The id batch gives a CSV row without an id column: `row-12`, after a file's name or not. */
const ROW_ID = /(^|[^\p{L}\p{N}])row-\d+$/u;

const compareWaves: Action<typeof compareTable> = async (ctx, [beforeFile, afterFile], opts) => {
  const m = messagesFor(ctx.lang, compareMessages);
  const usage = (line: string): never => {
    throw new ExitError(EXIT.usage, [sanitizeLine(line)]);
  };
  const at = (file: string) => resolve(ctx.cwd, file);
  const rawMin = String(opts.minGroup ?? "5");
  const minGroup = Number(rawMin);
  if (!/^\d+$/.test(rawMin.trim()) || minGroup < 1) usage(m.badMinGroup(rawMin));
  const summary = opts.summary ?? null;
  if (summary !== null && !summaryFormatOf(summary)) usage(m.badSummary(summary));
  const output = opts.output ?? null;
  const format = opts.format ?? (output ? formatOf(output) : undefined);
  if (output && !format) usage(m.formatNeedsOutput());
  const reliability = opts.reliability;
  const groupBy = opts.groupBy;
  const dirs = opts.dir;
  const before = beforeFile;
  const after = afterFile;

  // Before anything is read: no output may be an input or another output.
  const outputs: PlannedOutput[] = [];
  if (output) outputs.push({ role: "--output", file: output, path: at(output) });
  for (const file of summary ? summaryFiles(summary) : [])
    outputs.push({ role: "--summary", file, path: at(file) });
  const inputs: PlannedInput[] = [before, after].map((file) => ({ file, path: at(file) }));
  if (reliability && existsSync(at(reliability)))
    inputs.push({ file: reliability, path: at(reliability) });
  const ref = opts.questionnaire;
  if (ref && looksLikePath(ref)) inputs.push({ file: ref, path: at(ref) });
  checkOutputs(outputs, inputs, { force: opts.force === true, lang: ctx.lang });

  const read = { lang: ctx.lang, ...(groupBy !== undefined ? { groupBy } : {}) };
  const a = await readWave(before, at(before), read);
  const b = await readWave(after, at(after), read);
  const name = (q: { id: string; version: string }) => `${q.id} version ${q.version}`;
  if (
    a.questionnaire.id !== b.questionnaire.id ||
    a.questionnaire.version !== b.questionnaire.version
  )
    throw new ExitError(EXIT.invalid, [
      sanitizeLine(
        m.otherQuestionnaire(before, name(a.questionnaire), after, name(b.questionnaire)),
      ),
    ]);
  const unpaired = opts.unpaired === true;
  if (!unpaired) {
    const ids = new Set(a.people.map((p) => p.participant));
    const matched = b.people.filter((p) => ids.has(p.participant)).map((p) => p.participant);
    if (matched.length === 0)
      throw new ExitError(EXIT.invalid, [sanitizeLine(m.noCommon(before, after))]);
    // Batch numbers the rows of a CSV without an id column: such ids match rows, not people.
    if (matched.every((id) => ROW_ID.test(id)))
      ctx.err(sanitizeLine(m.byRow(matched[0] as string)));
  }
  const model = await openQuestionnaire(ref ?? a.questionnaire.id, openOptions(ctx, dirs));
  if (model.version !== a.questionnaire.version)
    ctx.err(sanitizeLine(m.otherVersion(model.id, model.version, a.questionnaire.version)));
  const targets = targetsOf(model);
  bandIdsOf(a, model);
  bandIdsOf(b, model);
  const known = targets.map((t) => t.id);
  const reliabilities = reliability
    ? await readReliability(reliability, {
        cwd: ctx.cwd,
        lang: ctx.lang,
        questionnaire: a.questionnaire,
        known,
      })
    : new Map<string, GivenReliability>();

  const { comparison, people } = compare(a, b, targets, {
    minGroup,
    unpaired,
    grouped: groupBy !== undefined,
    reliability: reliabilities,
  });

  const written: string[] = [];
  let perPerson: string | null = null;
  if (format)
    perPerson =
      format === "csv"
        ? peopleCsv(
            comparison,
            people,
            groupBy !== undefined,
            opts.excel === true ? EXCEL_CSV : PLAIN_CSV,
          )
        : peopleJson(comparison, people);
  // People's changes name them: readable by their owner only, like batch results.
  if (perPerson !== null && output) {
    await writeWhole(at(output), perPerson, { mode: PRIVATE_FILE, name: output });
    written.push(output);
  }
  if (summary) {
    const [main, twin] = summaryFiles(summary) as [string, string | undefined];
    const kind = summaryFormatOf(summary);
    if (kind !== "json") {
      const view = buildCompareView(model, comparison, ctx.lang);
      const text = kind === "html" ? compareHtml(view) : compareMarkdown(view);
      await writeWhole(at(main), text, { mode: PRIVATE_FILE, name: main });
    }
    await writeWhole(at(twin ?? main), toJson(comparison), {
      mode: PRIVATE_FILE,
      name: twin ?? main,
    });
    written.push(...summaryFiles(summary));
  }
  if (perPerson !== null && !output) ctx.out(perPerson);
  else {
    const width = Math.min(100, columnsOf(ctx.stdout, 100));
    ctx.out(compareText(buildCompareView(model, comparison, ctx.lang), ctx.colour, width));
  }
  if (written.length > 0) ctx.err(sanitizeLine(m.wrote(written.join(", "))));
  return EXIT.ok;
};

/** Compare and norms stop on one line (LineError): its exit code here. */
export const action: Action<typeof compareTable> = (ctx, args, opts) =>
  lineExit(() => compareWaves(ctx, args, opts));
