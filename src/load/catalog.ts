// Every questionnaire in the search places, loaded and checked, first of each id wins.
import type { Lang } from "../i18n/lang.ts";
import type { Model } from "../model/model.ts";
import { checkCached } from "./cache.ts";
import { type SearchPlace, searchPlaces, yamlFilesIn } from "./discover.ts";
import { type Problem, ProblemsError } from "./problem.ts";
import type { CheckOutcome } from "./questionnaire.ts";
import { readTextFileSync } from "./read.ts";

export type CatalogEntry =
  | { ok: true; file: string; origin: SearchPlace["origin"]; model: Model }
  | { ok: false; file: string; origin: SearchPlace["origin"]; problems: Problem[] };

export async function catalog(
  dirs: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
  lang: Lang,
): Promise<CatalogEntry[]> {
  const out: CatalogEntry[] = [];
  const ids = new Set<string>();
  for (const place of searchPlaces(dirs, env, cwd)) {
    for (const file of yamlFilesIn(place.dir)) {
      let outcome: CheckOutcome;
      try {
        outcome = await checkCached(readTextFileSync(file, lang), file, lang, { env, cwd });
      } catch (e) {
        if (!(e instanceof ProblemsError)) throw e;
        outcome = { ok: false, problems: e.problems };
      }
      if (!outcome.ok) {
        out.push({ ok: false, file, origin: place.origin, problems: outcome.problems });
      } else if (!ids.has(outcome.model.id)) {
        ids.add(outcome.model.id);
        out.push({ ok: true, file, origin: place.origin, model: outcome.model });
      }
    }
  }
  return out;
}
