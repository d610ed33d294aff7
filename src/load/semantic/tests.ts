// Author test cases name real items with possible answers, and expect bands, profiles,
// advice and flags that exist.
import { checkAnswer } from "../../engine/answers.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { answerMessages } from "../messages/answers.ts";
import type { Path } from "../yaml.ts";
import type { CheckContext } from "./context.ts";
import type { Kind } from "./messages/checks.ts";
import { flagIds } from "./universe.ts";

export function checkTestCases(ctx: CheckContext): void {
  const { q, m, model } = ctx;
  const said = messagesFor(ctx.lang, answerMessages);
  // What every test case is checked against, worked out once for all of them.
  const itemIds = () => [...model.itemIndex.keys()];
  const targetIds = () => [...model.targets.keys()];
  const scales = new Set(q.items.flatMap((i) => (i.type === "likert" ? [i.scale] : [])));
  const profiles = (q.profiles ?? []).map((p) => p.id);
  const advice = (q.advice ?? []).map((a) => a.id);
  const flags = flagIds(model);
  const known = (kind: Kind, id: string, ids: string[], at: Path) => {
    if (!ids.includes(id)) ctx.report(at, m.unknown(kind, id, ids));
  };
  (q.tests ?? []).forEach((t, k) => {
    const at: Path = ["tests", k];
    for (const [id, value] of Object.entries(t.answers)) {
      const index = model.itemIndex.get(id);
      const item = index === undefined ? undefined : model.items[index];
      if (!item) ctx.report([...at, "answers", id], m.unknown("item", id, itemIds()), true);
      else {
        const p = checkAnswer(model, item, value);
        if (p) ctx.report([...at, "answers", id], said.problem(p));
      }
    }
    if (t.fill !== undefined) {
      const fill = t.fill;
      for (const name of scales) {
        const values = model.scales.get(name)?.values;
        if (values && !values.includes(fill))
          ctx.report([...at, "fill"], m.fillNotOnScale(fill, name, values));
      }
    }
    const e = t.expect;
    for (const [id, band] of Object.entries(e.bands ?? {})) {
      const target = model.targets.get(id);
      if (!target)
        ctx.report([...at, "expect", "bands", id], m.unknown("target", id, targetIds()), true);
      else if (band !== null) {
        const bands = target.bands.map((b) => b.id);
        if (!bands.includes(band))
          ctx.report([...at, "expect", "bands", id], m.unknownBand(id, band, bands));
      }
    }
    if (typeof e.profile === "string")
      known("profile", e.profile, profiles, [...at, "expect", "profile"]);
    for (const list of ["advice", "noAdvice"] as const) {
      (e[list] ?? []).forEach((id, j) => {
        known("advice", id, advice, [...at, "expect", list, j]);
      });
    }
    (e.flags ?? []).forEach((id, j) => {
      known("flag", id, flags, [...at, "expect", "flags", j]);
    });
  });
}
