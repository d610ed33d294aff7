// French typography, set once at display time so that authors write ordinary spaces.
// A narrow no-break space (U+202F) replaces the spaces before ; : ! ? » and after «, so
// that no line of a terminal, Markdown or HTML page starts with a lone « : » or ends with
// « «. Only existing spaces are replaced: nothing is inserted, so `http://` or `10:30` stay
// as they are. Machine outputs (CSV cells, JSON) keep the author's text unchanged.
// A loop rather than a regular expression: a run of spaces is looked at once, so a
// hostile text of spaces costs linear time.

const NARROW_NBSP = "\u202f";
const CLOSING = new Set([";", ":", "!", "?", "»"]);

/** `text` with French spacing when `lang` is French; unchanged otherwise. */
export function typeset(text: string, lang: string): string {
  if (!lang.startsWith("fr") || !text.includes(" ")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch !== " ") {
      out += ch;
      i++;
      continue;
    }
    let end = i;
    while (text[end] === " ") end++;
    const before = text[i - 1];
    const after = text[end];
    const glue = before === "«" || (after !== undefined && CLOSING.has(after));
    out += glue ? NARROW_NBSP : text.slice(i, end);
    i = end;
  }
  return out;
}
