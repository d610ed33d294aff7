// The file `reflet share` writes: an ordinary answers file (what `reflet batch` and
// `reflet score` read) for one result of the history, with the plans chosen for that
// questionnaire and what came of them as comment lines above it. The journal (free-text
// answers, what was written at each check-in) is in it only when asked for.
import type { Lang } from "../../i18n/lang.ts";
import type { AnswerValue } from "../../model/types.ts";
import { progressMessages } from "../../render/progress/messages.ts";
import { day, outcomes, planText } from "../../render/progress/text.ts";
import type { Tracked } from "../../store/commitments.ts";
import type { HistoryEntry } from "../../store/entry.ts";
import { sanitizeJson } from "../../term/sanitize.ts";
import { comment, yamlKey } from "../template/yaml.ts";
import { shareMessages } from "./messages.ts";

export interface ShareInput {
  /** The result shared; it must carry its answers. */
  entry: HistoryEntry & { answers: Record<string, AnswerValue> };
  /** The plans of its questionnaire, oldest first. */
  plans: readonly Tracked[];
  /** With the journal: free-text answers and what was written at check-ins. */
  journal: boolean;
  /** The words of the comments. */
  lang: Lang;
  /** The command that reads it back, as a hint: `reflet batch desk`. */
  batch: string;
}

/** A value as JSON, which YAML reads as it is; bidi and C1 characters escaped. */
const flow = (value: unknown): string => sanitizeJson(JSON.stringify(value));

function planLines(t: Tracked, n: number, i: ShareInput): string[] {
  const w = progressMessages[i.lang];
  const view = { number: n, after: -1, tracked: t };
  const out = [...comment("", `${n}. ${planText(view)}`)];
  out.push(...comment("", `   ${outcomes(view, i.lang).join(" · ")}`));
  for (const k of t.checkins) {
    const tripped = k.obstacles.map((o) => w.obstacles[o]);
    if (i.journal && k.other !== "") tripped.push(k.other);
    if (tripped.length > 0)
      out.push(
        ...comment("", `   ${shareMessages[i.lang].inTheWay(day(k.date, i.lang), tripped)}`),
      );
    if (i.journal && k.happened !== "")
      out.push(
        ...comment("", `   ${shareMessages[i.lang].happened(day(k.date, i.lang), k.happened)}`),
      );
  }
  return out;
}

export function shareYaml(i: ShareInput): string {
  const m = shareMessages[i.lang];
  const e = i.entry;
  const q = e.questionnaire;
  const head = [
    ...comment("", m.fileHead(q.title || q.id, q.version, day(e.date, i.lang))),
    ...comment("", m.fileRead(i.batch)),
    ...comment("", i.journal ? m.withJournal : m.withoutJournal),
  ];
  const plans =
    i.plans.length === 0
      ? comment("", m.noPlans)
      : [...comment("", m.plansHead), ...i.plans.flatMap((t, n) => planLines(t, n + 1, i))];
  const answers: [string, unknown][] = Object.entries(e.answers);
  if (i.journal) for (const note of e.notes) answers.push([note.item, note.text]);
  return [
    ...head,
    "#",
    ...plans,
    "",
    `questionnaire: ${yamlKey(q.id)}`,
    `version: ${flow(q.version)}`,
    `lang: ${yamlKey(e.lang)}`,
    answers.length === 0 ? "answers: {}" : "answers:",
    ...answers.map(([id, value]) => `  ${yamlKey(id)}: ${flow(value)}`),
    "",
  ].join("\n");
}
