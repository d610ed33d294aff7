// --reliability: the reliability behind each reliable change index. Either the JSON of the
// first wave's team summary (`reflet batch --summary`, its Cronbach's alpha per dimension
// and facet), or declared pairs `calm=0.82,listen=0.75` (a published test-retest figure).
// A target it gives no value for falls back on the matched people's retest r (change.ts).

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { sanitizeLine } from "../term/sanitize.ts";
import type { GivenReliability } from "./change.ts";
import { LineError } from "./errors.ts";
import { compareMessages } from "./messages.ts";

const PAIRS = /^\s*[^=,\s]+\s*=\s*[0-9.]+\s*(,\s*[^=,\s]+\s*=\s*[0-9.]+\s*)*$/;

interface SummaryJson {
  questionnaire?: { id?: unknown; version?: unknown };
  targets?: { id?: unknown; reliability?: { alpha?: unknown } | null }[];
}

/** Reliability by target id; `known` are the questionnaire's dimension and facet ids. */
export async function readReliability(
  value: string,
  o: {
    cwd: string;
    lang: Lang;
    questionnaire: { id: string; version: string };
    known: readonly string[];
  },
): Promise<Map<string, GivenReliability>> {
  const m = messagesFor(o.lang, compareMessages);
  const fail = (line: string): never => {
    throw new LineError("usage", sanitizeLine(line));
  };
  const out = new Map<string, GivenReliability>();
  if (PAIRS.test(value)) {
    for (const pair of value.split(",")) {
      const [id, raw] = pair.split("=").map((s) => s.trim()) as [string, string];
      const r = Number(raw);
      if (!(r >= 0 && r < 1)) fail(m.badReliability(value));
      if (!o.known.includes(id)) fail(m.unknownTarget(id, o.known));
      out.set(id, { value: r, source: "declared" });
    }
    return out;
  }
  let summary: SummaryJson;
  try {
    summary = JSON.parse(await readFile(resolve(o.cwd, value), "utf8")) as SummaryJson;
  } catch {
    return fail(m.badReliability(value));
  }
  const q = summary.questionnaire;
  const name = (id: unknown, version: unknown) => `${String(id)} version ${String(version)}`;
  if (!q || q.id !== o.questionnaire.id || q.version !== o.questionnaire.version)
    fail(
      m.reliabilityOther(
        value,
        name(q?.id, q?.version),
        name(o.questionnaire.id, o.questionnaire.version),
      ),
    );
  if (!Array.isArray(summary.targets)) fail(m.badReliability(value));
  for (const t of summary.targets ?? []) {
    const alpha = t.reliability?.alpha;
    // A withheld or negative alpha gives no reliable change index: nothing is made up.
    if (typeof t.id === "string" && typeof alpha === "number" && alpha >= 0 && alpha < 1)
      out.set(t.id, { value: alpha, source: "alpha" });
  }
  return out;
}
