// Conditions of items, advice and profiles: every name they use exists, every value they
// test can be an answer, an item's condition looks only at earlier answers, and the
// condition can hold at all. A profile after an unconditional one is never chosen.
import { allowedValues } from "../../engine/answers.ts";
import type { Condition } from "../../model/types.ts";
import { LIMITS } from "../limits.ts";
import type { Path } from "../yaml.ts";
import { conditionSize } from "./condition-size.ts";
import type { CheckContext, Said } from "./context.ts";
import type { Owner } from "./messages/conditions.ts";
import { impossibility } from "./satisfiable.ts";
import { flagIds, universeFor } from "./universe.ts";

export function checkConditions(ctx: CheckContext): void {
  const { q } = ctx;
  q.items.forEach((item, i) => {
    if (item.when)
      checkCondition(ctx, item.when, ["items", i, "when"], { kind: "item", id: item.id }, i);
  });
  (q.advice ?? []).forEach((a, i) => {
    checkCondition(ctx, a.when, ["advice", i, "when"], { kind: "advice", id: a.id });
  });
  (q.profiles ?? []).forEach((p, i) => {
    if (p.when) checkCondition(ctx, p.when, ["profiles", i, "when"], { kind: "profile", id: p.id });
  });
  checkFallbackProfiles(ctx);
  checkContradicts(ctx);
}

/**
 * Declared contradictions (`contradicts`) name only what exists. Whether they can hold is
 * not checked: a declaration that never holds just never withholds its text.
 */
function checkContradicts(ctx: CheckContext): void {
  const { q } = ctx;
  const names = (c: Condition | undefined, at: Path) => {
    if (c) eachLeaf(c, at, (leaf, path) => checkLeaf(ctx, leaf, path, ctx.report, undefined));
  };
  const bands = (list: unknown, at: Path) => {
    if (!Array.isArray(list)) return;
    for (const [j, b] of (list as { contradicts?: Condition }[]).entries())
      names(b.contradicts, [...at, j, "contradicts"]);
  };
  for (const [i, a] of (q.advice ?? []).entries())
    names(a.contradicts, ["advice", i, "contradicts"]);
  for (const [i, p] of (q.profiles ?? []).entries())
    names(p.contradicts, ["profiles", i, "contradicts"]);
  for (const [name, list] of Object.entries(q.bandSets ?? {})) bands(list, ["bandSets", name]);
  for (const [i, d] of q.dimensions.entries()) {
    bands(d.bands, ["dimensions", i, "bands"]);
    for (const [k, f] of (d.facets ?? []).entries())
      bands(f.bands, ["dimensions", i, "facets", k, "bands"]);
  }
}

/** Calls `visit` on each leaf (band, percent, score, answer, answered, flag) with its path. */
function eachLeaf(c: Condition, at: Path, visit: (leaf: Condition, at: Path) => void): void {
  const group = c.all ? "all" : c.any ? "any" : undefined;
  if (group) for (const [i, x] of (c[group] ?? []).entries()) eachLeaf(x, [...at, group, i], visit);
  else if (c.not) eachLeaf(c.not, [...at, "not"], visit);
  else visit(c, at);
}

/** `askedAt`: the index of the item whose condition this is, for item conditions. */
function checkCondition(
  ctx: CheckContext,
  c: Condition,
  at: Path,
  owner: Owner,
  askedAt?: number,
): void {
  // Over the limits, nothing else is checked: each check below walks the condition.
  const size = conditionSize(c);
  if (size.tests > LIMITS.maxConditionTests) {
    ctx.report(at, ctx.m.conditionTooBig(size.tests, LIMITS.maxConditionTests));
    return;
  }
  if (size.depth > LIMITS.maxConditionDepth) {
    ctx.report(at, ctx.m.conditionTooDeep(size.depth, LIMITS.maxConditionDepth));
    return;
  }
  let found = 0;
  const report = (path: Path, said: Said, key?: boolean) => {
    found++;
    ctx.report(path, said, key);
  };
  eachLeaf(c, at, (leaf, path) => checkLeaf(ctx, leaf, path, report, askedAt));
  if (found > 0) return;
  const why = impossibility(c, universeFor(ctx.model, askedAt));
  if (!why) return;
  const otherLine = why.reason === "conflict" ? ctx.line([...at, ...why.other]) : undefined;
  ctx.report([...at, ...why.path], ctx.m.never(owner, why, otherLine), why.reason !== "no-way");
}

type Report = (path: Path, said: Said, key?: boolean) => void;

const SCORE_TESTS = ["band", "percent", "score"] as const;

function checkLeaf(
  ctx: CheckContext,
  leaf: Condition,
  at: Path,
  report: Report,
  askedAt: number | undefined,
): void {
  const { m, model } = ctx;
  const scoreKind = SCORE_TESTS.find((k) => leaf[k] !== undefined);
  if (scoreKind || leaf.flag !== undefined) {
    if (askedAt !== undefined) {
      report([...at, scoreKind ?? "flag"], m.scoresWhileAnswering(), true);
      return;
    }
  }
  if (scoreKind) {
    for (const [id, value] of Object.entries(leaf[scoreKind] ?? {})) {
      const target = model.targets.get(id);
      if (!target) {
        report([...at, scoreKind, id], m.unknown("target", id, [...model.targets.keys()]), true);
        continue;
      }
      if (scoreKind !== "band") continue;
      const bands = target.bands.map((b) => b.id);
      const wanted = Array.isArray(value) ? value : [value];
      wanted.forEach((band, j) => {
        if (typeof band === "string" && !bands.includes(band))
          report(
            Array.isArray(value) ? [...at, "band", id, j] : [...at, "band", id],
            m.unknownBand(id, band, bands),
          );
      });
    }
    return;
  }
  if (leaf.flag !== undefined) {
    const flags = flagIds(model);
    if (!flags.includes(leaf.flag)) report([...at, "flag"], m.unknown("flag", leaf.flag, flags));
    return;
  }
  const itemAt = (id: string, path: Path, key: boolean) => {
    const index = model.itemIndex.get(id);
    const item = index === undefined ? undefined : model.items[index];
    if (!item || index === undefined)
      report(path, m.unknown("item", id, [...model.itemIndex.keys()]), key);
    else if (askedAt !== undefined && index >= askedAt)
      report(path, m.laterItem(id, index === askedAt), key);
    else return item;
    return undefined;
  };
  if (leaf.answered !== undefined) {
    const ids = Array.isArray(leaf.answered) ? leaf.answered : [leaf.answered];
    ids.forEach((id, j) => {
      itemAt(
        id,
        Array.isArray(leaf.answered) ? [...at, "answered", j] : [...at, "answered"],
        false,
      );
    });
    return;
  }
  for (const [id, test] of Object.entries(leaf.answer ?? {})) {
    const path = [...at, "answer", id];
    const item = itemAt(id, path, true);
    if (!item) continue;
    if (item.type === "text") {
      report(path, m.textAnswer(id), true);
      continue;
    }
    const allowed = allowedValues(model, item);
    const check = (value: unknown, where: Path) => {
      // Like the engine, an option "1" may be written as the number 1, a scale value 3 as "3".
      if (!allowed.some((a) => String(a) === String(value)))
        report(where, m.notAnAnswer(id, value, allowed));
    };
    if (typeof test !== "object") check(test, path);
    else if ("in" in test) for (const [j, v] of test.in.entries()) check(v, [...path, "in", j]);
    else if ("has" in test) check(test.has, [...path, "has"]);
    else if (item.type !== "likert") report(path, m.comparisonOnOptions(id), true);
  }
}

function checkFallbackProfiles(ctx: CheckContext): void {
  const all = ctx.q.profiles ?? [];
  const order = ctx.model.profiles;
  const fallback = order.findIndex((p) => p.when === undefined);
  if (fallback < 0) return;
  const by = order[fallback]!;
  const after = order.slice(fallback + 1);
  // Positions are read only for what is reported.
  if (after.length === 0) return;
  const byLine = ctx.line(["profiles", all.indexOf(by), "id"]);
  for (const p of after) {
    ctx.report(["profiles", all.indexOf(p), "id"], ctx.m.shadowedProfile(p.id, by.id, byLine));
  }
}
