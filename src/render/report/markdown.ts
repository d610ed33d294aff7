// A per-person report in Markdown: the profile as `reflet score --format markdown` gives it,
// and the person's notes when the coach asks for them.
import { escapeMarkdown } from "../markdown.ts";
import { profileMarkdown } from "../profile/markdown.ts";
import type { ProfileView } from "../profile/view.ts";
import type { NoteView } from "./notes.ts";
import { reportWords } from "./words.ts";

const md = escapeMarkdown;

export function reportMarkdown(view: ProfileView, notes: readonly NoteView[] | null): string {
  const profile = profileMarkdown(view);
  if (!notes || notes.length === 0) return profile;
  const w = reportWords[view.uiLang];
  const lines = [`## ${w.notes}`, ""];
  for (const n of notes) {
    lines.push(`**${md(n.question)}**`, "", ...n.answer.split("\n").map((l) => `> ${md(l)}`), "");
  }
  return `${profile}\n${lines.join("\n").trimEnd()}\n`;
}
