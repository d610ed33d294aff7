// Seeded respondents for the benchmark: each person has a level on every domain and facet,
// and answers each item near that level (reversed for reverse-keyed items), so that the
// scores spread over the three levels and Cronbach's alphas look like a real inventory's.
import { closeSync, openSync, renameSync, writeSync } from "node:fs";
import { normal, rng } from "./rng.mjs";

const CHUNK = 1 << 20;

/** One CSV row per respondent: participant, then one column per item, in the key's order. */
export function* respondentRows(key, count, seed) {
  const gauss = normal(rng(seed));
  const domainIndex = new Map(key.domains.map((d, i) => [d, i]));
  const facetIndex = new Map(key.facets.map((f, i) => [f, i]));
  const items = key.items.map((it) => ({
    domain: domainIndex.get(it.domain),
    facet: facetIndex.get(it.facet),
    reverse: it.reverse,
  }));
  const { min, max } = key.scale;
  const mid = (min + max) / 2;
  const domains = new Float64Array(key.domains.length);
  const facets = new Float64Array(key.facets.length);
  const cells = new Array(items.length + 1);
  const width = String(count).length;
  for (let r = 1; r <= count; r++) {
    for (let d = 0; d < domains.length; d++) domains[d] = gauss();
    for (let f = 0; f < facets.length; f++) facets[f] = gauss();
    cells[0] = `p${String(r).padStart(width, "0")}`;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const level = 0.8 * domains[it.domain] + 0.45 * facets[it.facet] + 0.8 * gauss();
      const value = Math.round(mid + (it.reverse ? -level : level));
      cells[i + 1] = Math.min(max, Math.max(min, value));
    }
    yield cells.join(",");
  }
}

/** Writes the CSV of `count` respondents to `path` (through a temporary file, renamed at the end). */
export function writeRespondentsCsv(path, key, count, seed) {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, "w");
  try {
    let buf = `participant,${key.items.map((it) => it.id).join(",")}\n`;
    for (const row of respondentRows(key, count, seed)) {
      buf += `${row}\n`;
      if (buf.length >= CHUNK) {
        writeSync(fd, buf);
        buf = "";
      }
    }
    writeSync(fd, buf);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
