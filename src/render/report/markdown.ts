// A per-person report in Markdown: the profile as `reflet score --format markdown` gives it,
// and the person's notes when the coach asks for them.
import { escapeMarkdown } from "../markdown.ts";
import { profileMarkdown } from "../profile/markdown.ts";
import type { ProfileView } from "../profile/view.ts";
import { reportMessages } from "./messages.ts";
import type { NoteView } from "./notes.ts";

const md = escapeMarkdown;

export function reportMarkdown(
  view: ProfileView,
  notes: readonly NoteView[] | null,
  /** A line under the title and participant: when the answers were given, how many were left blank. */
  details: readonly string[] = [],
): string {
  let profile = profileMarkdown(view);
  if (details.length > 0) {
    // profileMarkdown starts with the title, a blank line, then the participant's line and a blank one.
    const lines = profile.split("\n");
    lines.splice(view.participant ? 4 : 2, 0, md(details.join(" · ")), "");
    profile = lines.join("\n");
  }
  if (!notes || notes.length === 0) return profile;
  const w = reportMessages[view.uiLang];
  const lines = [`## ${w.notes}`, ""];
  for (const n of notes) {
    lines.push(`**${md(n.question)}**`, "", ...n.answer.split("\n").map((l) => `> ${md(l)}`), "");
  }
  return `${profile}\n${lines.join("\n").trimEnd()}\n`;
}
