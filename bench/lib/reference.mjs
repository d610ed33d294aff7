// The pandas script's arithmetic in plain JavaScript (two passes, whole table in memory), for
// checking reflet's batch on a few rows where pandas is not installed. Same output files.
import { readFileSync, writeFileSync } from "node:fs";

export function referenceScore(key, csvFile, outFile, summaryFile) {
  const [header, ...lines] = readFileSync(csvFile, "utf8").trim().split("\n");
  const columns = header.split(",");
  const { min, max } = key.scale;
  const rows = lines.map((line) => {
    const cells = line.split(",");
    const keyed = key.items.map((it) => {
      const v = Number(cells[columns.indexOf(it.id)]);
      return it.reverse ? min + max - v : v;
    });
    return { participant: cells[columns.indexOf("participant")], keyed };
  });
  const groups = [
    ...key.domains.map((d) => [d, "domain"]),
    ...key.facets.map((f) => [f, "facet"]),
  ].map(([id, kind]) => [id, key.items.flatMap((it, i) => (it[kind] === id ? [i] : []))]);
  const level = (mean) =>
    mean < key.levels.lowBelow ? "low" : mean > key.levels.highAbove ? "high" : "neutral";
  const out = rows.map((r) => {
    const record = { participant: r.participant };
    for (const [id, items] of groups) {
      const total = items.reduce((s, i) => s + r.keyed[i], 0);
      record[id] = total;
      record[`${id}_level`] = level(total / items.length);
    }
    return JSON.stringify(record);
  });
  writeFileSync(outFile, `${out.join("\n")}\n`);
  const variance = (xs) => {
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    return xs.reduce((a, x) => a + (x - m) ** 2, 0) / (xs.length - 1);
  };
  const alpha = {};
  for (const [id, items] of groups.slice(0, key.domains.length)) {
    const k = items.length;
    const itemVar = items.reduce((s, i) => s + variance(rows.map((r) => r.keyed[i])), 0);
    const totalVar = variance(rows.map((r) => items.reduce((s, i) => s + r.keyed[i], 0)));
    alpha[id] = (k / (k - 1)) * (1 - itemVar / totalVar);
  }
  writeFileSync(summaryFile, JSON.stringify({ respondents: rows.length, alpha }));
}
