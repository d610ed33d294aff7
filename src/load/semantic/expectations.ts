// Expectations name profiles that exist; pinned figures of test cases name real targets.
import type { CheckContext } from "./context.ts";

export function checkExpectations(ctx: CheckContext): void {
  const { q, m, model } = ctx;
  const profiles = (q.profiles ?? []).map((p) => p.id);
  for (const [i, x] of (q.expectations?.models ?? []).entries()) {
    if ("profile" in x && !profiles.includes(x.profile))
      ctx.report(
        ["expectations", "models", i, "profile"],
        m.unknown("profile", x.profile, profiles),
      );
  }
  const targets = [...model.targets.keys()];
  (q.tests ?? []).forEach((t, k) => {
    for (const id of Object.keys(t.expect.scores ?? {})) {
      if (!model.targets.has(id))
        ctx.report(["tests", k, "expect", "scores", id], m.unknown("target", id, targets), true);
    }
  });
}
