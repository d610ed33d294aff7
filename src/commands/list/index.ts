// reflet list: id, title, languages, items and minutes of every questionnaire found. A file
// that does not validate is named on stderr, never silently skipped.
import type { Action } from "../../cli/command.ts";
import { EXIT } from "../../cli/exit.ts";
import { messagesFor } from "../../i18n/lang.ts";
import { contentLang, localize } from "../../i18n/text.ts";
import { catalog } from "../../load/catalog.ts";
import { toJson } from "../../render/json.ts";
import { invocation } from "../../term/invocation.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import type { listTable } from "./command.ts";
import { listMessages } from "./messages.ts";

export const action: Action<typeof listTable> = async (ctx, _args, opts) => {
  const m = messagesFor(ctx.lang, listMessages);
  const entries = await catalog(opts.dir ?? [], ctx.env, ctx.cwd, ctx.lang);
  const invalid = entries.filter((e) => !e.ok).map((e) => ({ file: e.file, origin: e.origin }));
  const rows = entries.flatMap((e) => {
    if (!e.ok) return [];
    const q = e.model;
    return [
      {
        id: q.id,
        title: localize(q.file.title, contentLang(ctx.lang, q.languages), q.languages),
        languages: q.languages,
        items: q.items.length,
        minutes: q.file.minutes ?? null,
        version: q.version,
        origin: e.origin,
        file: e.file,
      },
    ];
  });
  if (opts.json) {
    ctx.out(toJson({ schemaVersion: 1, questionnaires: rows, invalid }));
    return EXIT.ok;
  }
  for (const { file } of invalid) ctx.err(sanitizeLine(m.invalid(file, invocation(ctx.env))));
  if (rows.length === 0) ctx.err(m.none);
  const c = ctx.colour;
  const ids = rows.map((r) => sanitizeLine(r.id));
  const titles = rows.map((r) => sanitizeLine(r.title));
  const idWidth = Math.max(0, ...ids.map((s) => s.length));
  const titleWidth = Math.max(0, ...titles.map((s) => s.length));
  rows.forEach((r, i) => {
    const details = [
      `[${r.languages.join(", ")}]`,
      m.items(r.items),
      ...(r.minutes === null ? [] : [m.minutes(r.minutes)]),
    ].join("  ");
    ctx.out(
      `${c.bold(ids[i]!.padEnd(idWidth))}  ${titles[i]!.padEnd(titleWidth)}  ${c.dim(details)}\n`,
    );
  });
  return EXIT.ok;
};
