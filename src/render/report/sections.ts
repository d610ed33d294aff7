// The lists under a profile's chart, titled, in the order the terminal profile shows them.
import type { ProfileView } from "../profile/view.ts";
import { aboutAnswers, profileWords } from "../profile/words.ts";

export function profileLists(v: ProfileView): { title: string; items: string[] }[] {
  const w = profileWords[v.uiLang];
  return [
    { title: w.strengths, items: v.strengths },
    { title: w.watch, items: v.watch },
    { title: w.actions, items: v.actions.map((a) => a.text) },
    { title: w.support, items: v.support.map((a) => a.text) },
    { title: w.reflections, items: v.reflections },
    { title: w.quality, items: aboutAnswers(v) },
  ].filter((s) => s.items.length > 0);
}
