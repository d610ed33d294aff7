// Batch results written with --excel name bands by their labels in the coach's language
// (src/batch/output/labels.ts); compare counts band moves by id: each label is read back as
// its band's id, in any of the questionnaire's languages. Ids are left as they are.
import { localize } from "../i18n/text.ts";
import { typeset } from "../i18n/typography.ts";
import type { Model } from "../model/model.ts";
import type { Wave } from "./wave.ts";

export function bandIdsOf(wave: Wave, model: Model): void {
  const byTarget = new Map<string, Map<string, string>>();
  for (const [id, target] of model.targets) {
    const labels = new Map<string, string>();
    for (const band of target.bands)
      for (const lang of model.languages) {
        const text = localize(band.label, lang, model.languages);
        if (text) labels.set(text, band.id).set(typeset(text, lang), band.id);
      }
    for (const band of target.bands) labels.set(band.id, band.id);
    byTarget.set(id, labels);
  }
  for (const person of wave.people)
    for (const [id, value] of person.targets) {
      if (value.band === null) continue;
      const band = byTarget.get(id)?.get(value.band);
      if (band !== undefined) value.band = band;
    }
}
