// The DuckDB peer of `reflet batch`: the same scoring in SQL, through DuckDB's npm package
// (@duckdb/node-api), as a coach fluent in SQL would write it: read_csv, one SELECT of sums
// and CASE levels, COPY … TO CSV, JSON Lines or a JSON array, and Cronbach's alpha with var_samp.
//
//   node bench/peers/duckdb.mjs csv|jsonl|json KEY.json ANSWERS.csv RESULTS SUMMARY.json
//
// With REFLET_BENCH_RSS set, prints the peak resident memory in kilobytes on stderr.
import { readFileSync, writeFileSync } from "node:fs";

const [format, keyFile, csvFile, outFile, summaryFile] = process.argv.slice(2);
if (!["csv", "jsonl", "json"].includes(format) || !summaryFile) {
  console.error("usage: duckdb.mjs csv|jsonl|json KEY.json ANSWERS.csv RESULTS SUMMARY.json");
  process.exit(2);
}
const { DuckDBInstance } = await import("@duckdb/node-api");
const key = JSON.parse(readFileSync(keyFile, "utf8"));
const quote = (s) => `'${s.replaceAll("'", "''")}'`;
const name = (s) => `"${s.replaceAll('"', '""')}"`;
const { min, max } = key.scale;

/** A keyed item: the answer, or min + max - answer for a reverse-keyed item. */
const keyed = (it) => (it.reverse ? `(${min + max} - ${name(it.id)})` : name(it.id));
const targets = [
  ...key.domains.map((id) => ({ id, items: key.items.filter((it) => it.domain === id) })),
  ...key.facets.map((id) => ({ id, items: key.items.filter((it) => it.facet === id) })),
];
const sum = (t) => t.items.map(keyed).join(" + ");
const sums = targets.map((t) => `${sum(t)} AS ${name(t.id)}`);
const levels = targets.flatMap((t) => [
  name(t.id),
  `CASE WHEN ${name(t.id)} / ${t.items.length} < ${key.levels.lowBelow} THEN 'low' ` +
    `WHEN ${name(t.id)} / ${t.items.length} > ${key.levels.highAbove} THEN 'high' ` +
    `ELSE 'neutral' END AS ${name(`${t.id}_level`)}`,
]);
const source = `read_csv(${quote(csvFile)}, header = true, types = {'participant': 'VARCHAR'})`;
const options = {
  csv: "FORMAT CSV, HEADER",
  jsonl: "FORMAT JSON",
  json: "FORMAT JSON, ARRAY true",
}[format];

const db = await DuckDBInstance.create(":memory:");
const con = await db.connect();
await con.run(`CREATE TEMP TABLE answers AS SELECT * FROM ${source}`);
await con.run(
  `COPY (SELECT participant, ${levels.join(", ")} FROM (SELECT participant, ${sums.join(", ")} FROM answers)) ` +
    `TO ${quote(outFile)} (${options})`,
);
const alphas = targets.slice(0, key.domains.length).map((t) => {
  const k = t.items.length;
  const itemVar = t.items.map((it) => `var_samp(${keyed(it)})`).join(" + ");
  return `${k / (k - 1)} * (1 - (${itemVar}) / var_samp(${sum(t)})) AS ${name(t.id)}`;
});
const reader = await con.runAndReadAll(
  `SELECT count(*)::INTEGER AS respondents, ${alphas.join(", ")} FROM answers`,
);
const [row] = reader.getRowObjectsJS();
const { respondents, ...alpha } = row;
writeFileSync(summaryFile, JSON.stringify({ respondents, alpha }));
if (process.env.REFLET_BENCH_RSS) {
  console.error(`maxrss_kb=${process.resourceUsage().maxRSS}`);
}
