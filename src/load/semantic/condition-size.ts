// How big a condition is: its tests and its nesting, counted without recursion, so that a
// condition of any size is measured before anything walks it recursively.
import type { Condition } from "../../model/types.ts";

export interface ConditionSize {
  /** Band, percent, score, answer, answered and flag tests. */
  tests: number;
  /** Levels of all, any and not around the deepest test; 0 for a single test. */
  depth: number;
}

const count = (x: unknown): number =>
  x === undefined ? 0 : typeof x === "object" && x !== null ? Object.keys(x).length : 1;

export function conditionSize(c: Condition): ConditionSize {
  let tests = 0;
  let depth = 0;
  const stack: [Condition, number][] = [[c, 0]];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [x, level] = next;
    depth = Math.max(depth, level);
    const inner = x.all ?? x.any ?? (x.not ? [x.not] : undefined);
    if (inner) {
      for (const y of inner) stack.push([y, level + 1]);
      continue;
    }
    tests += count(x.band) + count(x.percent) + count(x.score) + count(x.answer);
    tests += Array.isArray(x.answered) ? x.answered.length : count(x.answered);
    tests += count(x.flag);
  }
  return { tests, depth };
}
