// Reading a norm file: checked field by field, so a hand-edited or foreign file is one line
// (exit 1), never a stack trace or a standing made up from bad numbers.

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { LineError } from "../compare/errors.ts";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import { normsMessages } from "./messages.ts";
import { NORM_LEVELS, NORMS_SCHEMA_VERSION, type NormFile, type NormTarget } from "./norms.ts";

const isText = (v: unknown): v is string => typeof v === "string";

function check(value: unknown): string | NormFile {
  const f = value as Partial<NormFile> | null;
  if (!f || typeof f !== "object" || f.kind !== "reflet-norms") return "no kind: reflet-norms";
  if (f.schemaVersion !== NORMS_SCHEMA_VERSION) return `schemaVersion ${String(f.schemaVersion)}`;
  const q = f.questionnaire;
  if (!q || !isText(q.id) || !isText(q.version)) return "no questionnaire id and version";
  if (!f.dates || !isText(f.dates.from) || !isText(f.dates.to)) return "no dates";
  if (!Array.isArray(f.targets)) return "no targets";
  for (const t of f.targets as Partial<NormTarget>[]) {
    const p = t?.percentiles;
    const ok =
      isText(t?.id) &&
      Number.isInteger(t?.n) &&
      Array.isArray(p) &&
      p.length === NORM_LEVELS.length &&
      p.every((x, i) => {
        const before = i === 0 ? 0 : p[i - 1];
        return typeof x === "number" && typeof before === "number" && x <= 100 && x >= before;
      });
    if (!ok) return `target ${String(t?.id)}: n and ${NORM_LEVELS.length} percentiles in order`;
  }
  return f as NormFile;
}

export async function readNorms(file: string, o: { cwd: string; lang: Lang }): Promise<NormFile> {
  const m = messagesFor(o.lang, normsMessages);
  let value: unknown;
  try {
    value = JSON.parse(await readFile(resolve(o.cwd, file), "utf8"));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new LineError("invalid", sanitizeLine(m.notNorms(file, err.code ?? err.message)));
  }
  const checked = check(value);
  if (typeof checked === "string")
    throw new LineError("invalid", sanitizeLine(m.notNorms(file, checked)));
  return checked;
}
