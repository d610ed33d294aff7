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
import { displayWidth, padEnd, wrap } from "../../term/wrap.ts";
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
  const idWidth = Math.max(0, ...ids.map(displayWidth));
  const titleWidth = Math.max(0, ...titles.map(displayWidth));
  const details = rows.map((r) =>
    [
      `[${r.languages.join(", ")}]`,
      m.items(r.items),
      ...(r.minutes === null ? [] : [m.minutes(r.minutes)]),
    ].join("  "),
  );
  const columns = ctx.outColumns;
  const rowWidth = idWidth + titleWidth + 4 + Math.max(0, ...details.map(displayWidth));
  // A terminal too narrow for one row each: the id, then its title and details under it.
  const stacked = columns !== undefined && columns > 0 && rowWidth > columns - 1;
  rows.forEach((_, i) => {
    if (stacked && columns !== undefined) {
      const under = { first: "  ", rest: "  " };
      const lines = [
        c.bold(ids[i]!),
        ...wrap(titles[i]!, columns - 1, under),
        ...wrap(details[i]!, columns - 1, under).map((l) => c.dim(l)),
      ];
      ctx.out(`${lines.join("\n")}\n`);
    } else
      ctx.out(
        `${c.bold(padEnd(ids[i]!, idWidth))}  ${padEnd(titles[i]!, titleWidth)}  ${c.dim(details[i]!)}\n`,
      );
  });
  return EXIT.ok;
};
