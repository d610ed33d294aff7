// A simulation as a table on the terminal: one column per run, one row per profile, band,
// advice rule; fitted to the width (runs that do not fit go to a second table).
import type { Lang } from "../../i18n/lang.ts";
import type { Model } from "../../model/model.ts";
import type { RunReport, SimulationReport } from "../../simulate/types.ts";
import type { Colour } from "../../term/colour.ts";
import { sanitizeLine } from "../../term/sanitize.ts";
import { displayWidth, padEnd, padStart, wrap } from "../../term/wrap.ts";
import type { SimulationMessages } from "./messages.ts";

export interface TableOptions {
  lang: Lang;
  colour: Colour;
  width: number;
  words: SimulationMessages;
}

const MAX_WIDTH = 120;
const MIN_LABEL = 20;

type Row = { label: string; indent: number; value?: (r: RunReport) => number; heading?: boolean };

function rowsOf(model: Model, report: SimulationReport, w: SimulationMessages): Row[] {
  const rows: Row[] = [];
  const anyRun = (f: (r: RunReport) => number) => report.runs.some((r) => f(r) > 0);
  if (model.profiles.length > 0) {
    rows.push({ label: w.profiles, indent: 0, heading: true });
    for (const p of model.profiles) {
      const label = p.when === undefined ? `${p.id} (${w.fallback})` : p.id;
      rows.push({ label, indent: 2, value: (r) => r.profiles[p.id] ?? 0 });
    }
    if (anyRun((r) => r.noProfile))
      rows.push({ label: w.noProfile, indent: 2, value: (r) => r.noProfile });
  }
  rows.push({ label: w.bands, indent: 0, heading: true });
  for (const t of model.targets.values()) {
    const indent = t.kind === "facet" ? 4 : 2;
    const of = (r: RunReport) => r.targets.find((x) => x.id === t.id);
    rows.push({ label: t.id, indent, heading: true });
    for (const b of t.bands)
      rows.push({ label: b.id, indent: indent + 2, value: (r) => of(r)?.bands[b.id] ?? 0 });
    if (anyRun((r) => of(r)?.none ?? 0))
      rows.push({ label: w.none, indent: indent + 2, value: (r) => of(r)?.none ?? 0 });
  }
  if (model.advice.length > 0) {
    rows.push({ label: w.advice, indent: 0, heading: true });
    for (const a of model.advice)
      rows.push({
        label: `${a.id} (${a.kind ?? "action"})`,
        indent: 2,
        value: (r) => r.advice[a.id] ?? 0,
      });
  }
  rows.push({ label: w.noAction, indent: 0, value: (r) => r.noAction });
  rows.push({ label: w.lowInformation, indent: 0, value: (r) => r.lowInformation });
  const checks = [...new Set(report.runs.flatMap((r) => Object.keys(r.violations)))];
  if (checks.length > 0) {
    rows.push({ label: w.violations, indent: 0, heading: true });
    for (const id of checks)
      rows.push({
        label: id,
        indent: 2,
        value: (r) => (r.violations[id] ?? 0) / Math.max(1, r.respondents),
      });
  }
  return rows;
}

/** A run's header on as many lines as it needs: a context's question, then `=answer`. */
function headerLines(header: string, width: number): string[] {
  const at = header.indexOf("=");
  const parts =
    at > 0 && displayWidth(header) > width ? [header.slice(0, at), header.slice(at)] : [header];
  return parts.flatMap((part) => {
    const chunks: string[] = [];
    for (let rest = [...part]; rest.length > 0; rest = rest.slice(width))
      chunks.push(rest.slice(0, width).join(""));
    return chunks;
  });
}

/** Runs split into groups whose columns fit beside the labels. */
function groups(widths: number[], room: number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  let used = 0;
  widths.forEach((w, i) => {
    if (current.length > 0 && used + w + 2 > room) {
      out.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += w + 2;
  });
  if (current.length > 0) out.push(current);
  return out;
}

export function simulationText(model: Model, report: SimulationReport, o: TableOptions): string {
  const { words: w, colour: c } = o;
  const width = Math.max(40, Math.min(MAX_WIDTH, o.width));
  const pct = new Intl.NumberFormat(o.lang, {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const cell = (x: number) => (x === 0 ? "–" : pct.format(x));
  const headers = report.runs.map((r) =>
    sanitizeLine(r.context ? `${r.context.item}=${r.context.value}` : r.model),
  );
  const widths = headers.map((h) => Math.min(16, Math.max(7, displayWidth(h))));
  const rows = rowsOf(model, report, w);
  const longest = Math.max(...rows.map((r) => r.indent + displayWidth(sanitizeLine(r.label))));
  const out: string[] = [c.bold(sanitizeLine(w.title(model.id, report.respondents, report.seed)))];
  const context = report.runs.find((r) => r.context !== null);
  if (context) out.push(...wrap(sanitizeLine(w.contexts(context.model)), width));
  for (const group of groups(widths, width - MIN_LABEL)) {
    // A group holds indexes of runs, and widths has one entry per run.
    const columns = group.reduce((n, i) => n + widths[i]! + 2, 0);
    const labelWidth = Math.max(10, Math.min(longest, width - columns));
    const heads = group.map((i) => headerLines(headers[i] as string, widths[i]!));
    const tall = Math.max(...heads.map((h) => h.length));
    for (let line = 0; line < tall; line++) {
      const cells = group.map((i, k) => `  ${padStart(heads[k]![line] ?? "", widths[i]!)}`);
      out.push(c.dim(padEnd("", labelWidth) + cells.join("")));
    }
    for (const row of rows) {
      // A label longer than its column goes whole on a line of its own, its figures under it.
      const label = " ".repeat(row.indent) + sanitizeLine(row.label);
      const fits = displayWidth(label) <= labelWidth;
      const heading = row.indent === 0;
      if (!row.value || !fits) {
        const lines = wrap(sanitizeLine(row.label), width - row.indent - 2);
        for (const [k, l] of lines.entries()) {
          const line = " ".repeat(row.indent + (k > 0 ? 2 : 0)) + l;
          out.push(heading ? c.bold(line) : line);
        }
        if (!row.value) continue;
      }
      const value = row.value;
      const cells = group.map((i) => {
        const x = value(report.runs[i] as RunReport);
        const text = padStart(cell(x), widths[i]!);
        return `  ${x === 0 ? c.dim(text) : text}`;
      });
      out.push(padEnd(fits ? label : "", labelWidth) + cells.join(""));
    }
    out.push("");
  }
  const latent = report.runs.find((r) => r.alpha !== null);
  if (latent?.alpha) {
    const two = new Intl.NumberFormat(o.lang, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    const parts = Object.entries(latent.alpha).map(
      ([id, a]) => `${sanitizeLine(id)} ${a === null ? w.alphaNone : two.format(a)}`,
    );
    out.push(...wrap(`${w.alpha}${w.colon}${parts.join(" · ")}`, width));
  }
  const u = report.unreached;
  const never = [
    ...u.profiles.map(w.profile),
    ...u.advice.map(w.rule),
    ...u.bands.map((b) => w.band(b.target, b.band)),
  ].map(sanitizeLine);
  if (never.length === 0) out.push(w.reachedAll);
  else out.push(...wrap(`${w.unreached}${w.colon}${never.join(" · ")}`, width));
  return `${out.join("\n")}\n`;
}
