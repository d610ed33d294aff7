// Reads one wave: a result file written by `reflet batch` (JSON Lines, a JSON array, or CSV,
// told apart by their first character), into the people compare works on. Anything else is
// one line naming the file and the line, never a stack trace.

import { readFile, stat } from "node:fs/promises";
import { unInert } from "../csv/formula.ts";
import { csvRecords, newOutcome } from "../csv/read.ts";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { LineError } from "./errors.ts";
import { type CompareMessages, compareMessages } from "./messages.ts";
import type { Person, TargetValue, Wave } from "./wave.ts";

export interface ReadOptions {
  lang: Lang;
  /** A record field (JSON) or column (CSV) whose value is each person's group. */
  groupBy?: string;
}

const fail = (line: string): never => {
  throw new LineError("invalid", sanitizeLine(line));
};

/** Collects the people of a file, checking one questionnaire and one record per person. */
class Gather {
  readonly people: Person[] = [];
  questionnaire: Wave["questionnaire"] | null = null;
  private readonly seen = new Set<string>();
  constructor(
    private readonly file: string,
    private readonly m: CompareMessages,
  ) {}

  add(p: Person, q: Wave["questionnaire"]): void {
    const name = (x: Wave["questionnaire"]) => `${x.id} version ${x.version}`;
    if (!this.questionnaire) this.questionnaire = q;
    else if (this.questionnaire.id !== q.id || this.questionnaire.version !== q.version)
      fail(this.m.mixed(this.file, p.line, name(this.questionnaire), name(q)));
    if (this.seen.has(p.participant)) fail(this.m.duplicate(this.file, p.line, p.participant));
    this.seen.add(p.participant);
    this.people.push(p);
  }
}

const isText = (v: unknown): v is string => typeof v === "string";
const groupOf = (v: unknown): string | null =>
  (typeof v === "string" && v.trim() !== "") || typeof v === "number" ? String(v).trim() : null;

function fromJson(
  value: unknown,
  line: number,
  o: ReadOptions,
): [Person, Wave["questionnaire"]] | null {
  if (typeof value !== "object" || value === null) return null;
  const r = value as Record<string, unknown>;
  const q = r.questionnaire as Record<string, unknown> | undefined;
  if (!isText(r.participant) || !q || !isText(q.id) || !isText(q.version)) return null;
  if (!Array.isArray(r.targets)) return null;
  const targets = new Map<string, TargetValue>();
  for (const t of r.targets as unknown[]) {
    const x = t as Record<string, unknown> | null;
    if (!x || !isText(x.id)) return null;
    const percent = typeof x.percent === "number" && Number.isFinite(x.percent) ? x.percent : null;
    const ok = x.status === "ok" && percent !== null;
    targets.set(x.id, { percent: ok ? percent : null, band: ok && isText(x.band) ? x.band : null });
  }
  const low = Array.isArray(r.lowInformation) && r.lowInformation.length > 0;
  const group = o.groupBy !== undefined ? groupOf(r[o.groupBy]) : null;
  return [
    { participant: r.participant, group, line, lowInformation: low, targets },
    { id: q.id, version: q.version },
  ];
}

function readJson(text: string, file: string, o: ReadOptions, g: Gather, m: CompareMessages): void {
  const array = text.trimStart().startsWith("[");
  const records: [unknown, number][] = [];
  if (array) {
    try {
      const all = JSON.parse(text) as unknown;
      if (!Array.isArray(all)) fail(m.notRecord(file, 1));
      for (const r of all as unknown[]) records.push([r, 1]);
    } catch (e) {
      if (e instanceof LineError) throw e;
      fail(m.badJson(file, 1, (e as Error).message));
    }
  } else {
    for (const [i, line] of text.split("\n").entries()) {
      if (line.trim() === "") continue;
      try {
        records.push([JSON.parse(line), i + 1]);
      } catch (e) {
        fail(m.badJson(file, i + 1, (e as Error).message));
      }
    }
  }
  for (const [r, line] of records) {
    const got = fromJson(r, line, o);
    if (!got) fail(m.notRecord(file, line));
    else g.add(...got);
    if (o.groupBy !== undefined && !(o.groupBy in (r as object))) fail(m.noGroup(file, o.groupBy));
  }
}

/** A number as batch writes it in CSV: `68.75`, or `68,75` with --excel. */
function csvNumber(cell: string): number | null | undefined {
  if (cell === "") return null;
  const n = Number(cell.replace(",", "."));
  return /^-?\d+([.,]\d+)?$/.test(cell) && Number.isFinite(n) ? n : undefined;
}

async function readCsv(bytes: Buffer, file: string, o: ReadOptions, g: Gather, m: CompareMessages) {
  const outcome = newOutcome();
  async function* one() {
    yield new Uint8Array(bytes);
  }
  let header: string[] | null = null;
  let at: (name: string) => number = () => -1;
  let ids: string[] = [];
  for await (const rec of csvRecords(one(), outcome)) {
    const cells = rec.cells.map((c) => unInert(c));
    if (!header) {
      header = cells;
      const index = new Map(header.map((h, i) => [h, i]));
      at = (name) => index.get(name) ?? -1;
      ids = header.filter((h) => h.endsWith(".percent")).map((h) => h.slice(0, -".percent".length));
      if (at("participant") < 0 || at("questionnaire") < 0 || at("version") < 0 || ids.length === 0)
        fail(m.badHeader(file));
      if (o.groupBy !== undefined && at(o.groupBy) < 0) fail(m.noGroup(file, o.groupBy));
      continue;
    }
    if (rec.tooLong || cells.length !== header.length)
      fail(m.badCsvRow(file, rec.line, rec.cells.length, header.length));
    const cell = (name: string) => cells[at(name)] ?? "";
    const targets = new Map<string, TargetValue>();
    for (const id of ids) {
      const raw = cell(`${id}.percent`);
      const percent = csvNumber(raw);
      if (percent === undefined) return fail(m.badNumber(file, rec.line, `${id}.percent`, raw));
      const status = at(`${id}.status`) < 0 ? "ok" : cell(`${id}.status`);
      const ok = status === "ok" && percent !== null;
      targets.set(id, {
        percent: ok ? percent : null,
        band: ok ? cell(`${id}.band`) || null : null,
      });
    }
    const person: Person = {
      participant: cell("participant"),
      group: o.groupBy !== undefined ? groupOf(cell(o.groupBy)) : null,
      line: rec.line,
      lowInformation: at("lowInformation") >= 0 && cell("lowInformation") !== "",
      targets,
    };
    g.add(person, { id: cell("questionnaire"), version: cell("version") });
  }
  if (!header) fail(m.empty(file));
  if (outcome.cut) fail(m.badCsvRow(file, outcome.cut.from, 0, header?.length ?? 0));
}

/** The wave in `file` (`path` is where it is). */
export async function readWave(file: string, path: string, o: ReadOptions): Promise<Wave> {
  const m = messagesFor(o.lang, compareMessages);
  let bytes: Buffer;
  try {
    // Only a regular file: a device or a pipe could never end.
    if (!(await stat(path)).isFile()) throw new Error(m.notAFile);
    bytes = await readFile(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return fail(m.notRead(file, err.code ?? err.message));
  }
  const g = new Gather(file, m);
  let text = bytes.toString("utf8");
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  const first = text.trimStart()[0];
  if (first === "[" || first === "{") readJson(text, file, o, g, m);
  else await readCsv(bytes, file, o, g, m);
  if (!g.questionnaire || g.people.length === 0) return fail(m.empty(file));
  return { file, questionnaire: g.questionnaire, people: g.people };
}
