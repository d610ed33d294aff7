// Turns schema issues into Problems at the right line and column.
import type { z } from "zod";
import { type Lang, messagesFor } from "../i18n/lang.ts";
import { loadMessages } from "./messages.ts";
import type { Problem } from "./problem.ts";
import type { ParsedYaml } from "./yaml.ts";

export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  parsed: ParsedYaml,
  file: string,
  lang: Lang,
): Problem[] {
  const m = messagesFor(lang, loadMessages);
  const out: Problem[] = [];
  for (const issue of issues.map(closestBranch)) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      // One line per unknown key, at the key itself.
      for (const key of issue.keys) {
        out.push({
          file,
          ...parsed.at([...path, key], true),
          ...m.issue({ ...issue, keys: [key] }),
        });
      }
      continue;
    }
    const where =
      issue.code === "invalid_type" && issue.input === undefined ? path.slice(0, -1) : path;
    const said = m.issue(issue);
    const name = path.length > 0 ? path.join(".") : "";
    out.push({
      file,
      ...parsed.at(where),
      ...said,
      message: name ? `${name}: ${said.message}` : said.message,
    });
  }
  return out;
}

export function byPosition(a: Problem, b: Problem): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0);
}

/**
 * A union's own message ("none of the allowed forms") helps nobody. When one branch got
 * furthest into the value (its issue has the longest path), report that branch's issue.
 */
function closestBranch(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return issue;
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (inner.code === "invalid_type" && inner.path.length === 0) continue;
      if (!best || inner.path.length > best.path.length) best = inner;
    }
  }
  if (!best) return issue;
  return closestBranch({ ...best, path: [...issue.path, ...best.path] } as z.core.$ZodIssue);
}
