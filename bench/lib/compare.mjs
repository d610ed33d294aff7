// reflet's batch output against the pandas script's: every respondent's domain and facet
// sums and levels, in the same order, and Cronbach's alpha of every domain.
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";

const lines = (file) => createInterface({ input: createReadStream(file), crlfDelay: Infinity });

/** Relative difference allowed between two alphas: one-pass and two-pass variances differ in the last bits. */
const ALPHA_TOLERANCE = 1e-9;

function rowDifference(mine, theirs, targets) {
  if (mine.participant !== theirs.participant) {
    return `participant ${mine.participant} where pandas has ${theirs.participant}`;
  }
  const byId = new Map(mine.targets.map((t) => [t.id, t]));
  for (const id of targets) {
    const t = byId.get(id);
    if (!t) return `${mine.participant}: no score for ${id}`;
    if (t.score !== theirs[id] || t.band !== theirs[`${id}_level`]) {
      return `${mine.participant} ${id}: reflet ${t.score} ${t.band}, pandas ${theirs[id]} ${theirs[`${id}_level`]}`;
    }
  }
  return null;
}

export async function compareOutputs({ key, reflet, pandas }) {
  const targets = [...key.domains, ...key.facets];
  const a = lines(reflet.results)[Symbol.asyncIterator]();
  const b = lines(pandas.results)[Symbol.asyncIterator]();
  let rows = 0;
  let difference = null;
  for (;;) {
    const [x, y] = await Promise.all([a.next(), b.next()]);
    if (x.done || y.done) {
      if (x.done !== y.done)
        difference = `reflet wrote ${x.done ? "fewer" : "more"} rows than pandas`;
      break;
    }
    rows++;
    difference = rowDifference(JSON.parse(x.value), JSON.parse(y.value), targets);
    if (difference) break;
  }
  await Promise.all([a.return?.(), b.return?.()]);
  if (!difference) difference = alphaDifference(key, reflet.summary, pandas.summary);
  return difference
    ? { ok: false, summary: `different: ${difference}` }
    : {
        ok: true,
        summary: `${rows.toLocaleString("en")} rows × ${targets.length} scores and levels, ${key.domains.length} alphas`,
      };
}

function alphaDifference(key, mineFile, theirsFile) {
  const mine = JSON.parse(readFileSync(mineFile, "utf8"));
  const theirs = JSON.parse(readFileSync(theirsFile, "utf8")).alpha;
  for (const d of key.domains) {
    const t = mine.targets.find((x) => x.id === d);
    const alpha = t?.reliability?.alpha;
    if (
      typeof alpha !== "number" ||
      Math.abs(alpha - theirs[d]) > ALPHA_TOLERANCE * Math.abs(theirs[d])
    ) {
      return `alpha of ${d}: reflet ${alpha}, pandas ${theirs[d]}`;
    }
  }
  return null;
}
