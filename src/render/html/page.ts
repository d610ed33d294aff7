// A self-contained HTML page: inline style, inline SVG, nothing fetched. The content
// security policy says so to the browser too, so even a crafted text cannot load anything.
import { escapeHtml } from "./escape.ts";

const STYLE = `
:root { color-scheme: light; --ink: #1d2430; --muted: #5b6473; --line: #d9dee7; --bright: #2f855a; --shadow: #c05621; --neutral: #3b6ea8; --bg: #ffffff; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
.meta { color: var(--muted); margin: 0 0 1rem; }
.note { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
ul { padding-left: 1.25rem; }
li { margin: .25rem 0; }
svg { display: block; max-width: 100%; height: auto; margin: .5rem 0 1rem; }
svg text { font: 13px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
svg .axis { stroke: var(--line); }
svg .track { fill: #eef1f5; }
svg .bright { fill: var(--bright); }
svg .shadow { fill: var(--shadow); }
svg .neutral { fill: var(--neutral); }
svg .muted { fill: var(--muted); }
.tag { display: inline-block; padding: 0 .4rem; border-radius: .25rem; background: #eef1f5; font-size: .85rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print { main { padding: 0; } h2 { break-after: avoid; } svg, table { break-inside: avoid; } }
`;

export function htmlPage(o: {
  lang: string;
  title: string;
  body: string;
  footer?: string;
}): string {
  return `<!doctype html>
<html lang="${escapeHtml(o.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="reflet">
<title>${escapeHtml(o.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${o.body}
${o.footer ? `<footer>${escapeHtml(o.footer)}</footer>\n` : ""}</main>
</body>
</html>
`;
}
