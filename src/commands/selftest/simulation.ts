// The --simulate half of `reflet test`: options checked before any file is read, then for
// each valid file a simulation, its table and the expectations it breaks.
import type { OptionsFor } from "../../cli/command.ts";
import { EXIT, ExitError } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import type { Ctx } from "../../io/context.ts";
import type { Model } from "../../model/model.ts";
import { SIMULATION_MODELS } from "../../model/simulation-models.ts";
import type { SimulationModelName } from "../../model/types.ts";
import { simulationMessages } from "../../render/simulation/messages.ts";
import { simulationText } from "../../render/simulation/text.ts";
import { RESPONDENT_CHECKS } from "../../simulate/checks.ts";
import { type Broken, checkExpectations } from "../../simulate/expectations.ts";
import {
  DEFAULT_RESPONDENTS,
  DEFAULT_SEED,
  type SimulateOptions,
  simulate,
} from "../../simulate/simulate.ts";
import type { SimulationReport } from "../../simulate/types.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { columnsOf } from "../../term/wrap.ts";
import type { selftestTable } from "./command.ts";
import { selftestMessages } from "./messages.ts";

const MAX_RESPONDENTS = 100_000;

/** The simulation asked for, or null; a bad value ends the command with a usage error. */
export function simulationOptions(
  ctx: Ctx,
  opts: OptionsFor<typeof selftestTable>,
): SimulateOptions | null {
  const asked =
    opts.simulate || [opts.respondents, opts.seed, opts.model].some((value) => value !== undefined);
  if (!asked) return null;
  const m = messagesFor(ctx.lang, selftestMessages);
  const usage = (line: string): never => {
    throw new ExitError(EXIT.usage, [sanitizeLine(line)]);
  };
  const whole = (
    v: string | undefined,
    lo: number,
    hi: number,
    bad: (v: string) => string,
    dflt: number,
  ) => {
    if (v === undefined) return dflt;
    const text = v.trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < lo || n > hi) usage(bad(v));
    return n;
  };
  const respondents = whole(
    opts.respondents,
    1,
    MAX_RESPONDENTS,
    m.badRespondents,
    DEFAULT_RESPONDENTS,
  );
  const seed = whole(opts.seed, 0, 0xffffffff, m.badSeed, DEFAULT_SEED);
  const names = opts.model === undefined ? [...SIMULATION_MODELS] : opts.model.split(",");
  const models = names.map((n) => n.trim()).filter((n) => n !== "");
  for (const name of models)
    if (!(SIMULATION_MODELS as readonly string[]).includes(name)) usage(m.badModel(name));
  if (models.length === 0) usage(m.badModel(opts.model ?? ""));
  return {
    respondents,
    seed,
    models: [...new Set(models)] as SimulationModelName[],
    checks: RESPONDENT_CHECKS,
  };
}

export interface Simulated {
  report: SimulationReport;
  broken: Broken[];
}

/** Simulates one file's questionnaire; prints its table and broken expectations unless JSON. */
export function simulateFile(
  ctx: Ctx,
  file: string,
  model: Model,
  o: SimulateOptions,
  json: boolean,
): Simulated {
  const report = simulate(model, o);
  const broken = checkExpectations(model, report);
  if (!json) {
    const words = messagesFor(ctx.lang, simulationMessages);
    ctx.out(
      simulationText(model, report, {
        lang: ctx.lang,
        colour: ctx.colour,
        width: columnsOf(ctx.stdout),
        words,
      }),
    );
    const m = messagesFor(ctx.lang, selftestMessages);
    for (const b of broken) ctx.out(`${ctx.colour.red("✗")} ${sanitizeLine(m.broken(file, b))}\n`);
  }
  return { report, broken };
}
