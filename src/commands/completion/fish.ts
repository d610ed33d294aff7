// The fish completion script, with descriptions in the user's language.
import { header, type OptionShape, type ProgramShape } from "./shape.ts";

const quoted = (s: string) => `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;

function optionLine(name: string, o: OptionShape, condition: string): string {
  const parts = [`complete -c ${name}`, condition];
  if (o.long) parts.push(`-l ${o.long.replace(/^--/, "")}`);
  if (o.short) parts.push(`-s ${o.short.replace(/^-/, "")}`);
  if (o.value) parts.push(o.choices.length ? `-xa ${quoted(o.choices.join(" "))}` : "-rF");
  parts.push(`-d ${quoted(o.description)}`);
  return parts.join(" ");
}

export function fishScript(p: ProgramShape): string {
  const n = p.name;
  const lines = [
    ...header(
      p,
      "fish",
      "RUN completion fish | source",
      `RUN completion fish > ~/.config/fish/completions/${n}.fish`,
    ),
    `complete -c ${n} -e`,
  ];
  for (const o of p.globals) lines.push(optionLine(n, o, ""));
  for (const c of p.commands) {
    lines.push(
      `complete -c ${n} -n __fish_use_subcommand -f -a ${quoted(c.name)} -d ${quoted(c.description)}`,
    );
  }
  for (const c of p.commands) {
    const when = `-n ${quoted(`__fish_seen_subcommand_from ${c.name}`)}`;
    for (const o of c.options) lines.push(optionLine(n, o, when));
    // A fixed word (`history forget`) is offered only until one of them is on the line.
    const first = c.words.length
      ? `-n ${quoted(`__fish_seen_subcommand_from ${c.name}; and not __fish_seen_subcommand_from ${c.words.join(" ")}`)}`
      : "";
    for (const w of c.words) lines.push(`complete -c ${n} ${first} -f -a ${quoted(w)}`);
    // Ids are asked for at each TAB; files stay offered (no -f), a path is as good as an id.
    if (c.ids)
      lines.push(`complete -c ${n} ${when} -a ${quoted(`(${n} completion fish --ids ${c.ids})`)}`);
  }
  return `${lines.map((l) => l.replace(/ {2,}/g, " ")).join("\n")}\n`;
}
