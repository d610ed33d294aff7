// One line of the history: a result with what is needed to show it again later, even if
// the questionnaire has changed or gone: its title, names and band labels at the time.
import type { Result } from "../engine/types.ts";
import { contentLang, localize } from "../i18n/text.ts";
import type { Model } from "../model/model.ts";
import type { Answers, AnswerValue, Text } from "../model/types.ts";

export const ENTRY_VERSION = 1;

export interface Note {
  item: string;
  question: string;
  text: string;
}

export interface HistoryEntry {
  v: typeof ENTRY_VERSION;
  id: string;
  /** ISO 8601, when the result was saved. */
  date: string;
  /** The language the questionnaire was answered in. */
  lang: string;
  questionnaire: { id: string; version: string; hash: string; title: string };
  /** Names of dimensions and facets, by id. */
  names: Record<string, string>;
  /** Label of the band each dimension and facet landed in, by id. */
  bands: Record<string, string>;
  result: Result;
  /** Answers to free-text items kept for the journal. */
  notes: Note[];
  /** The order the items were asked in, when the questionnaire declares one. */
  order?: string[];
  /**
   * The answers behind the result, free text left out (that is what `notes` keep, when the
   * questionnaire allows): `reflet share` writes them back as an answers file. Absent from
   * results saved before reflet kept them.
   */
  answers?: Record<string, AnswerValue>;
}

export interface EntryInput {
  model: Model;
  result: Result;
  answers: Answers;
  userLang: string;
  id: string;
  date: Date;
  order?: readonly string[];
}

export function makeEntry({
  model,
  result,
  answers,
  userLang,
  id,
  date,
  order,
}: EntryInput): HistoryEntry {
  const lang = contentLang(userLang, model.languages);
  const text = (t: Text | undefined) => localize(t, lang, model.languages);
  const names: Record<string, string> = {};
  const bands: Record<string, string> = {};
  for (const t of result.dimensions.flatMap((d) => [d, ...d.facets])) {
    const target = model.targets.get(t.id);
    if (!target) continue;
    names[t.id] = text(target.name);
    const band = target.bands.find((b) => b.id === t.band);
    if (band) bands[t.id] = text(band.label);
  }
  const notes: Note[] = [];
  const kept: Record<string, AnswerValue> = {};
  for (const item of model.items) {
    const answer = answers[item.id];
    if (answer !== undefined && item.type !== "text") kept[item.id] = answer;
    if (item.type !== "text" || item.journal === false) continue;
    if (typeof answer !== "string" || answer.trim() === "") continue;
    notes.push({ item: item.id, question: text(item.text), text: answer });
  }
  return {
    v: ENTRY_VERSION,
    id,
    date: date.toISOString(),
    lang,
    questionnaire: {
      id: model.id,
      version: model.version,
      hash: model.hash,
      title: text(model.file.title),
    },
    names,
    bands,
    result,
    notes,
    ...(order && model.order !== "file" ? { order: [...order] } : {}),
    answers: kept,
  };
}
