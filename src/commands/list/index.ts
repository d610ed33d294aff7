// reflet list: id, title, languages, items, minutes of every questionnaire found.
import type { Action } from "../../cli/command.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import { catalog } from "../../load/catalog.ts";
import { toJson } from "../../render/json.ts";
import { sanitizeLine } from "../../term/sanitize.ts";

export const action: Action = async (ctx, _args, opts) => {
  const fr = ctx.lang === "fr";
  const entries = catalog((opts.dir as string[] | undefined) ?? [], ctx.env, ctx.cwd, ctx.lang);
  const rows = entries.flatMap((e) => {
    if (!e.ok) {
      ctx.err(
        sanitizeLine(
          fr
            ? `reflet : ${e.file} : invalide (reflet validate ${e.file})`
            : `reflet: ${e.file}: invalid (reflet validate ${e.file})`,
        ),
      );
      return [];
    }
    const m = e.model;
    const lang = contentLang(ctx.lang, m.languages);
    return [
      {
        id: m.id,
        title: localize(m.file.title, lang, m.languages),
        languages: m.languages,
        items: m.items.length,
        minutes: m.file.minutes ?? null,
        version: m.version,
        origin: e.origin,
        file: e.file,
      },
    ];
  });
  if (opts.json) {
    ctx.out(toJson({ schemaVersion: 1, questionnaires: rows }));
    return 0;
  }
  const c = ctx.colour;
  const idWidth = Math.max(2, ...rows.map((r) => r.id.length));
  for (const r of rows) {
    const minutes = r.minutes === null ? "" : `~${r.minutes} min`;
    const items = fr ? `${r.items} questions` : `${r.items} items`;
    ctx.out(
      `${c.bold(sanitizeLine(r.id).padEnd(idWidth))}  ${sanitizeLine(r.title)}  ${c.dim(`[${r.languages.join(", ")}] ${items} ${minutes}`)}\n`,
    );
  }
  if (rows.length === 0)
    ctx.err(fr ? "reflet : aucun questionnaire trouvé" : "reflet: no questionnaire found");
  return 0;
};
