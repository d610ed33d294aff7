// The lists under a profile's chart, titled, in the order every format shows them (text,
// Markdown, the HTML report): written once, so the formats cannot disagree. Empty lists are left out.

import { aboutAnswers, profileMessages } from "./messages.ts";
import type { ProfileView } from "./view.ts";

export interface ListItem {
  text: string;
  /** The answers behind it, in words (--why). */
  why: readonly string[];
}

export interface ProfileList {
  title: string;
  items: ListItem[];
}

const withWhy = (texts: readonly string[], whys: readonly string[][] = []): ListItem[] =>
  texts.map((text, i) => ({ text, why: whys[i] ?? [] }));

export function profileLists(v: ProfileView): ProfileList[] {
  const w = profileMessages[v.uiLang];
  return [
    { title: w.strengths, items: withWhy(v.strengths, v.strengthsWhy) },
    { title: w.watch, items: withWhy(v.watch, v.watchWhy) },
    { title: w.actions, items: v.actions },
    { title: w.support, items: v.support },
    { title: w.reflections, items: withWhy(v.reflections, v.reflectionsWhy) },
    { title: w.quality, items: withWhy(aboutAnswers(v)) },
  ].filter((s) => s.items.length > 0);
}
