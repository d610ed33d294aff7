// Under the profile of a questionnaire taken again: the plans made since the last result,
// with what came of each, so the change in the last column is read next to what was tried.
import type { Lang } from "../../i18n/lang.ts";
import type { Tracked } from "../../store/commitments.ts";
import type { Colour } from "../../term/colour.ts";
import { displayWidth, wrap } from "../../term/wrap.ts";
import { escapeMarkdownInline } from "../markdown.ts";
import { progressMessages } from "./messages.ts";
import { day, outcomes, planText } from "./text.ts";
import type { PlanView } from "./view.ts";

/** The plans of questionnaire `id` made from `since` (the last result's date) on, oldest first. */
export function plansSince(all: readonly Tracked[], id: string, since: string): PlanView[] {
  return all
    .filter((t) => t.commitment.questionnaire.id === id && t.commitment.date >= since)
    .map((tracked, i) => ({ number: i + 1, after: 0, tracked }));
}

export interface BetweenOptions {
  lang: Lang;
  colour: Colour;
  width: number;
  format: "text" | "markdown";
}

/** The section, or "" when no plan was made in between. */
export function plansBetween(plans: readonly PlanView[], since: string, o: BetweenOptions): string {
  if (plans.length === 0) return "";
  const w = progressMessages[o.lang];
  const head = w.between(day(since, o.lang));
  if (o.format === "markdown") {
    const lines = plans.flatMap((p) => [
      `${p.number}. ${escapeMarkdownInline(planText(p))}  `,
      `   ${escapeMarkdownInline(outcomes(p, o.lang).join(" · "))}`,
    ]);
    return `\n## ${head}\n\n${lines.join("\n")}\n`;
  }
  const width = Math.min(100, o.width);
  const out = ["", o.colour.bold(head)];
  for (const p of plans) {
    const lead = `  ${p.number}. `;
    const rest = " ".repeat(displayWidth(lead));
    out.push(...wrap(planText(p), width, { first: lead, rest }));
    out.push(
      ...wrap(outcomes(p, o.lang).join(" · "), width, { first: rest, rest }).map((l) =>
        o.colour.dim(l),
      ),
    );
  }
  return `${out.join("\n")}\n`;
}
