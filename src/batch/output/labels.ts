// With --excel, a results CSV is read by people in a spreadsheet: bands, statuses and
// profiles are written by their labels in the coach's language. JSON results keep the ids,
// which scripts (and `reflet compare`) read. A status "ok" stays "ok" in every language.

import { wordsLang } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import { typeset } from "../../i18n/typography.ts";
import type { Model } from "../../model/model.ts";
import type { Text } from "../../model/types.ts";
import { profileMessages } from "../../render/profile/messages.ts";

export interface RecordWords {
  band(target: string, id: string | null): string | null;
  status(status: string): string;
  archetype(id: string | null): string | null;
}

export function recordWords(model: Model, userLang: string): RecordWords {
  const lang = contentLang(userLang, model.languages);
  const text = (t: Text | undefined) => typeset(localize(t, lang, model.languages), lang);
  const bands = new Map<string, Map<string, string>>();
  for (const [id, target] of model.targets)
    bands.set(id, new Map(target.bands.map((b) => [b.id, text(b.label) || b.id])));
  const profiles = new Map(model.profiles.map((p) => [p.id, text(p.name) || p.id]));
  const notEnough = profileMessages[wordsLang(userLang)].notEnough;
  return {
    band: (target, id) => (id === null ? null : (bands.get(target)?.get(id) ?? id)),
    status: (status) => (status === "insufficient" ? notEnough : status),
    archetype: (id) => (id === null ? null : (profiles.get(id) ?? id)),
  };
}
