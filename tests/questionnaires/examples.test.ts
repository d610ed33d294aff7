// The example answer sheets of docs/examples/: they score without problems, give an
// action to everyone, include a phone worker and an all-middle sheet (which gets no
// portrait), and land in at least three different profiles.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { checkAnswers } from "../../src/engine/answers.ts";
import { score, shownItems } from "../../src/engine/score.ts";
import { AnswersFile } from "../../src/model/schema.ts";
import type { AnswerValue } from "../../src/model/types.ts";
import { BUILTIN, load, ROOT } from "./builtin-helpers.ts";

for (const id of BUILTIN) {
  describe(`examples of ${id}`, () => {
    const { model, file: q } = load(id);

    it("example answer files score without problems into at least 3 profiles", () => {
      const dir = new URL(`docs/examples/${id}/`, ROOT);
      const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));
      expect(files.length).toBeGreaterThanOrEqual(5);
      const profiles = new Set<string>();
      const settings = new Set<string>();
      let uniform = 0;
      const fallback = (q.profiles ?? []).find((p) => !p.when)?.id;
      for (const f of files) {
        const data = AnswersFile.parse(parseDocument(readFileSync(new URL(f, dir), "utf8")).toJS());
        expect(data.questionnaire, f).toBe(id);
        expect(data.lang, f).toBe("fr");
        const answers: Record<string, AnswerValue> = {};
        for (const [k, v] of Object.entries(data.answers)) if (v !== null) answers[k] = v;
        expect(checkAnswers(model, answers), f).toEqual([]);
        const r = score(model, answers, { participant: data.participant ?? null });
        const shown = new Set(shownItems(model, answers).shown.map((it) => it.id));
        expect(
          q.items
            .filter((it) => shown.has(it.id) && answers[it.id] === undefined)
            .map((it) => it.id),
          `${f} answers every question shown`,
        ).toEqual([]);
        expect(
          r.dimensions.filter((d) => d.status !== "ok").map((d) => d.id),
          f,
        ).toEqual([]);
        expect(
          r.advice.some((a) => a.kind === "action"),
          `${f} gets an action`,
        ).toBe(true);
        settings.add(String(answers.contexte));
        const likert = q.items.flatMap((it) =>
          it.type === "likert" && answers[it.id] !== undefined ? [answers[it.id]] : [],
        );
        if (new Set(likert).size === 1) {
          // A sheet with the same box everywhere says little: no portrait is drawn.
          uniform++;
          expect(
            r.flags.map((fl) => fl.id),
            f,
          ).toEqual(["straight-lining"]);
          expect(r.profile, f).toBeNull();
          expect(r.lowInformation?.reasons, f).toContain("straight-lining");
          continue;
        }
        expect(r.flags, f).toEqual([]);
        expect(r.profile?.id, f).toBeDefined();
        expect(r.profile?.id, `${f} has an archetype`).not.toBe(fallback);
        profiles.add(r.profile?.id ?? "");
      }
      expect(uniform, "an all-middle sheet").toBeGreaterThanOrEqual(1);
      expect(settings.has("telephone"), "a phone worker's sheet").toBe(true);
      expect(profiles.size).toBeGreaterThanOrEqual(3);
    });
  });
}
