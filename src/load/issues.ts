// Turns schema issues into Problems at the right line and column, worded for the author:
// what was found, what is allowed there, and the nearest allowed form when one was meant.
import type { z } from "zod";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { CONDITION_KEYS } from "../model/refinements.ts";
import { Condition, Id, LangCode, Range, Text } from "../model/schema.ts";
import { loadMessages } from "./messages/files.ts";
import type { Problem } from "./problem.ts";
import { closest } from "./semantic/closest.ts";
import { isSchema, keysAt, schemaAt, valueAt } from "./semantic/schema-walk.ts";
import type { ParsedYaml, Path } from "./yaml.ts";

type Issue = z.core.$ZodIssue;
type Said = { message: string; hint?: string };
type Messages = (typeof loadMessages)["en"];

/**
 * One Problem per schema issue (per unknown key), at the offending node. `root` is the
 * schema that was checked: with it, messages name the keys and forms allowed there.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  parsed: ParsedYaml,
  file: string,
  lang: Lang,
  root?: z.core.$ZodType,
): Problem[] {
  const m = messagesFor(lang, loadMessages);
  const flat = issues.map(closestBranch).map((i) => ({ issue: i, path: plainPath(i.path) }));
  // A condition with a misspelt key also fails "exactly one test": the key says it better.
  const unknownKeysAt = new Set(
    flat.filter((x) => x.issue.code === "unrecognized_keys").map((x) => x.path.join("\0")),
  );
  // A misspelt required key is also missing: the misspelling says it better.
  const meant = new Set(
    flat.flatMap(({ issue, path }) => {
      if (issue.code !== "unrecognized_keys" || !root) return [];
      const allowed = keysAt(root, path, parsed.value);
      return issue.keys.map((k) => [...path, closest(k, allowed)].join("\0"));
    }),
  );
  const out: Problem[] = [];
  for (const { issue, path } of flat) {
    if (issue.code === "custom" && unknownKeysAt.has(path.join("\0"))) continue;
    const where = (at: Path, key?: boolean) => ({ file, ...parsed.at(at, key) });
    const prefixed = (at: Path, said: Said): Said =>
      at.length > 0 ? { ...said, message: m.at(at.join("."), said.message) } : said;
    if (issue.code === "unrecognized_keys") {
      const allowed = root ? keysAt(root, path, parsed.value) : [];
      for (const key of issue.keys) {
        const said = m.unknownKey(key, closest(key, allowed), allowed);
        out.push({ ...where([...path, key], true), ...prefixed(path, said) });
      }
      continue;
    }
    const here = valueAt(parsed.value, path);
    if (!here.found) {
      if (meant.has(path.join("\0"))) continue;
      // A missing key is reported on the mapping that should hold it.
      const parent = path.slice(0, -1);
      out.push({ ...where(parent), ...prefixed(parent, m.missing(String(path.at(-1)))) });
      continue;
    }
    if (issue.code === "invalid_key") {
      const key = String(path.at(-1));
      const parent = path.slice(0, -1);
      const isText = root !== undefined && isSchema(schemaAt(root, parent, parsed.value), Text);
      const said = isText ? m.badLanguageKey(key) : m.badKey(key);
      out.push({ ...where(path, true), ...prefixed(parent, said) });
      continue;
    }
    const schema = root && schemaAt(root, path, parsed.value);
    out.push({ ...where(path), ...prefixed(path, describeIssue(issue, here.value, schema, m)) });
  }
  return out;
}

function describeIssue(
  issue: Issue,
  value: unknown,
  schema: z.core.$ZodType | undefined,
  m: Messages,
): Said {
  switch (issue.code) {
    case "invalid_type":
      return m.wrongType(kindName(issue.expected, m), found(value, m));
    case "invalid_union": {
      const discriminated = issue as { options?: unknown[] };
      if (discriminated.options) {
        const options = discriminated.options.map(String);
        return m.notOneOf(found(value, m), options, suggest(value, options));
      }
      if (isSchema(schema, Text)) return m.wrongType(m.kinds.text ?? "", found(value, m));
      const expected = new Set(
        issue.errors.flatMap((branch) =>
          branch.filter((i) => i.code === "invalid_type").map((i) => kindName(i.expected, m)),
        ),
      );
      return m.wrongType([...expected].join(m.or), found(value, m));
    }
    case "invalid_value": {
      const options = issue.values.map((v) => String(v));
      return m.notOneOf(found(value, m), options, suggest(value, options));
    }
    case "invalid_format":
      if (isSchema(schema, Range)) return m.badRange(found(value, m));
      if (isSchema(schema, LangCode)) return m.badLanguage(found(value, m));
      if (isSchema(schema, Id)) return m.badId();
      return m.other(issue.message);
    case "too_small":
      if (issue.origin === "string") return m.emptyText();
      if (issue.origin === "array" || issue.origin === "set") return m.tooFew(issue.minimum);
      return m.tooSmall(issue.minimum, issue.inclusive !== false);
    case "too_big":
      if (issue.origin === "string") return m.tooLong(issue.maximum);
      if (issue.origin === "array" || issue.origin === "set") return m.tooMany(issue.maximum);
      return m.tooBig(issue.maximum, issue.inclusive !== false);
    case "custom":
      if (isSchema(schema, Condition) && isRecord(value)) {
        const keys: readonly string[] = CONDITION_KEYS;
        return m.conditionKeys(
          Object.keys(value).filter((k) => keys.includes(k)),
          keys,
        );
      }
      if (isRecord(value) && Object.keys(value).length === 0) return m.emptyComparison();
      return m.other(issue.message);
    default:
      return m.other(issue.message);
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.filter((p): p is string | number => typeof p !== "symbol");
}

function kindName(expected: string, m: Messages): string {
  return m.kinds[expected] ?? expected;
}

/** What was found, for a message: a short scalar as written, a container by its kind. */
function found(value: unknown, m: Messages): string {
  if (typeof value === "string") {
    const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
    return JSON.stringify(short);
  }
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value === null) return m.kinds.null ?? "null";
  if (Array.isArray(value)) return m.kinds.array ?? "array";
  return m.kinds.object ?? "object";
}

function suggest(value: unknown, options: readonly string[]): string | undefined {
  return typeof value === "string" ? closest(value, options) : undefined;
}

/**
 * A union's own message ("none of the allowed forms") helps nobody. When one branch got
 * further into the value than a type mismatch at its root, report that branch's issue.
 */
function closestBranch(issue: Issue): Issue {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  let best: Issue | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.code === "invalid_type" && inner.path.length === 0) continue;
      if (!best || inner.path.length > best.path.length) best = inner;
    }
  }
  if (!best) return issue;
  return closestBranch({ ...best, path: [...issue.path, ...best.path] } as Issue);
}
