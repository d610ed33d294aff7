// The short way for an answers file written as JSON, the way scripts and forms write them:
// when JSON.parse reads the text exactly (no duplicate key, no escape or number it would
// rewrite), its shape is the answers file's and every answer is accepted, the answers are
// scored without loading the YAML reader and the schema at all. Anything else, from a
// comment to a wrong answer, goes the full way (load/answers.ts), which finds every problem
// and its position: this reader only ever says "yes, exactly these answers" or "not sure".
import { checkAnswers } from "../engine/answers.ts";
import type { Lang } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { ID_MAX, ID_PATTERN, LANG_PATTERN } from "../model/patterns.ts";
import type { Answers, AnswersFileData, AnswerValue } from "../model/types.ts";
import type { AnswersOutcome, LoadedAnswers } from "./answers.ts";
import { LIMITS } from "./limits.ts";

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string =>
  typeof v === "string" && v.length <= ID_MAX && ID_PATTERN.test(v);
// JSON numbers are finite, but a huge one (1e999) reads as Infinity.
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isPick = (v: unknown) => typeof v === "string" || isNumber(v);

function isAnswer(v: unknown): boolean {
  if (v === null || typeof v === "string" || isNumber(v)) return true;
  if (Array.isArray(v)) return v.every((x) => typeof x === "string");
  if (!isPlain(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 2 && isPick(v.best) && isPick(v.worst);
}

const TOP = new Set(["questionnaire", "version", "participant", "lang", "answers"]);

/** The file's data when it has the shape of an answers file (the schema's AnswersFile), else null. */
function shaped(v: unknown): AnswersFileData | null {
  if (!isPlain(v) || !Object.keys(v).every((k) => TOP.has(k))) return null;
  if (!isId(v.questionnaire) || !isPlain(v.answers)) return null;
  if ("version" in v && !(typeof v.version === "string" || isNumber(v.version))) return null;
  if ("participant" in v && !isId(v.participant)) return null;
  if ("lang" in v && !(typeof v.lang === "string" && LANG_PATTERN.test(v.lang))) return null;
  for (const [id, answer] of Object.entries(v.answers)) {
    // An own `__proto__` key, which the full way refuses.
    if (id === "__proto__" || !isId(id) || !isAnswer(answer)) return null;
  }
  return v as AnswersFileData;
}

/** The text without the spaces and line breaks between JSON tokens; null when it holds a tab. */
function squeezed(text: string): string | null {
  let out = "";
  let from = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x20 || c === 0x0a || c === 0x0d) {
      out += text.slice(from, i);
      from = i + 1;
    } else if (c === 0x09) return null;
  }
  return out + text.slice(from);
}

/** What JSON.parse reads from `text`, or undefined. */
function parsed(text: string): unknown {
  // Only JSON texts start with { (a YAML flow map too, read the same way when exact).
  if (text.length > LIMITS.maxYamlBytes || text.trimStart()[0] !== "{") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Whether JSON.parse read `text` exactly. A duplicate key, an escape written another way, a
 * number written another way (1.0, 1e2) or keys in another order would be written back
 * differently: the full way decides. Only for shaped data, which is at most four levels deep.
 */
const exact = (data: AnswersFileData, text: string) => JSON.stringify(data) === squeezed(text);

/** The answers to score: an empty answer (null, "") is an unanswered item. */
export function answersOf(data: AnswersFileData): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(data.answers)) {
    if (value !== null && value !== "") answers[id] = value;
  }
  return answers;
}

/** The answers of `text` when it is exact JSON, of `model`, with every answer accepted; else null. */
export function plainAnswers(text: string, model: Model): LoadedAnswers | null {
  const data = shaped(parsed(text));
  if (data === null || !exact(data, text) || data.questionnaire !== model.id) return null;
  const answers = answersOf(data);
  if (checkAnswers(model, answers).length > 0) return null;
  return { participant: data.participant ?? null, lang: data.lang ?? null, answers };
}

/** checkAnswersText, the short way when it can: the YAML reader and the schema load only if needed. */
export async function loadAnswersText(
  text: string,
  file: string,
  model: Model,
  lang: Lang,
): Promise<AnswersOutcome> {
  const value = plainAnswers(text, model);
  if (value) return { ok: true, value };
  const { checkAnswersText } = await import("./answers.ts");
  return checkAnswersText(text, file, model, lang);
}
