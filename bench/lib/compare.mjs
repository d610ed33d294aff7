// reflet's batch output against a peer's (pandas, DuckDB, or the reference arithmetic), in
// CSV (plain or --excel), JSON Lines or JSON: every respondent's domain and facet sums and
// levels, in the same order, and Cronbach's alpha of every domain.
import { createReadStream, readFileSync } from "node:fs";
import { createInterface } from "node:readline";

const lines = (file) => createInterface({ input: createReadStream(file), crlfDelay: Infinity });

/** Relative difference allowed between two alphas: one-pass and two-pass variances differ in the last bits. */
const ALPHA_TOLERANCE = 1e-9;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACKET = 0x5d;
const CLOSE_BRACE = 0x7d;

/**
 * The records of a JSON array, parsed one at a time: its bytes are cut where each element
 * ends, so that no output is ever one string (reflet's JSON is some 3.6 kB a respondent,
 * pandas writes the whole array on one line).
 */
async function* jsonArrayItems(file) {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts = [];
  for await (const chunk of createReadStream(file)) {
    let from = depth >= 2 ? 0 : -1;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (++depth === 2) from = i;
      } else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && --depth === 1) {
        parts.push(chunk.subarray(from, i + 1));
        yield JSON.parse(Buffer.concat(parts).toString("utf8"));
        parts = [];
        from = -1;
      }
    }
    if (from >= 0) parts.push(chunk.subarray(from));
  }
}

/** A parsed record as { participant, get(id) → [score, level] }. */
function recordRow(r, side) {
  if (side === "reflet") {
    const byId = new Map(r.targets.map((t) => [t.id, [t.score, t.band]]));
    return { participant: r.participant, get: (id) => byId.get(id) };
  }
  return { participant: r.participant, get: (id) => [r[id], r[`${id}_level`]] };
}

/**
 * Each output's rows as { participant, get(id) → [score, level] }. reflet writes its documented
 * record (JSON: a `targets` list; CSV: `ID.score` and `ID.band` columns, with --excel after a
 * byte order mark and between semicolons), a peer a flat row of `ID` and `ID_level`. The
 * bench's data has no quoted CSV cell.
 */
async function* rowsOf(file, format, side) {
  if (format === "json") {
    for await (const r of jsonArrayItems(file)) yield recordRow(r, side);
    return;
  }
  const separator = format === "excel" ? ";" : ",";
  let header = null;
  for await (const line of lines(file)) {
    if (line === "") continue;
    if (format === "jsonl") {
      yield recordRow(JSON.parse(line), side);
      continue;
    }
    const cells = line.split(separator);
    if (!header) {
      header = new Map(cells.map((c, i) => [c.replace(/^\uFEFF/, ""), i]));
      continue;
    }
    const cell = (name) => cells[header.get(name)];
    const get =
      side === "reflet"
        ? (id) => [Number(cell(`${id}.score`)), cell(`${id}.band`)]
        : (id) => [Number(cell(id)), cell(`${id}_level`)];
    yield { participant: cell("participant"), get };
  }
}

function rowDifference(mine, theirs, targets, peer) {
  if (mine.participant !== theirs.participant) {
    return `participant ${mine.participant} where ${peer} has ${theirs.participant}`;
  }
  for (const id of targets) {
    const a = mine.get(id);
    const b = theirs.get(id);
    if (!a) return `${mine.participant}: no score for ${id}`;
    if (a[0] !== b[0] || a[1] !== b[1]) {
      return `${mine.participant} ${id}: reflet ${a.join(" ")}, ${peer} ${b.join(" ")}`;
    }
  }
  return null;
}

/** `reflet` and `theirs`: { results, summary } files; `format`: csv, excel, jsonl or json (the peer's may differ). */
export async function compareOutputs({
  key,
  reflet,
  theirs,
  format = "jsonl",
  theirFormat = format,
  peer = "the peer",
}) {
  const targets = [...key.domains, ...key.facets];
  const a = rowsOf(reflet.results, format, "reflet");
  const b = rowsOf(theirs.results, theirFormat, "peer");
  let rows = 0;
  let difference = null;
  for (;;) {
    const [x, y] = await Promise.all([a.next(), b.next()]);
    if (x.done || y.done) {
      if (x.done !== y.done)
        difference = `reflet wrote ${x.done ? "fewer" : "more"} rows than ${peer}`;
      break;
    }
    rows++;
    difference = rowDifference(x.value, y.value, targets, peer);
    if (difference) break;
  }
  await Promise.all([a.return(), b.return()]);
  if (!difference) difference = alphaDifference(key, reflet.summary, theirs.summary, peer);
  return difference
    ? { ok: false, summary: `different: ${difference}` }
    : {
        ok: true,
        summary: `${rows.toLocaleString("en")} rows × ${targets.length} scores and levels, ${key.domains.length} alphas`,
      };
}

function alphaDifference(key, mineFile, theirsFile, peer) {
  const mine = JSON.parse(readFileSync(mineFile, "utf8"));
  const theirs = JSON.parse(readFileSync(theirsFile, "utf8")).alpha;
  for (const d of key.domains) {
    const t = mine.targets.find((x) => x.id === d);
    const alpha = t?.reliability?.alpha;
    if (
      typeof alpha !== "number" ||
      Math.abs(alpha - theirs[d]) > ALPHA_TOLERANCE * Math.abs(theirs[d])
    ) {
      return `alpha of ${d}: reflet ${alpha}, ${peer} ${theirs[d]}`;
    }
  }
  return null;
}
