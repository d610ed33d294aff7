// "Did you mean": the known word closest to what was typed, ignoring case and accents
// (« réclamations » is reclamations), close enough to be a slip or the French for it
// (historique is history).

/** Lower case, without accents. */
const folded = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const up = d[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(
        (up[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (up[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
    }
  return (d[a.length] as number[])[b.length] as number;
}

const sharedStart = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
};

/**
 * The candidate `typed` most likely meant, or undefined when none is close: a third of the
 * letters wrong at most, or the same first five letters and more than half of the word.
 */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  const t = folded(typed);
  if (t === "") return undefined;
  let best: { word: string; score: number } | undefined;
  for (const word of candidates) {
    const w = folded(word);
    const edits = distance(t, w);
    const start = sharedStart(t, w);
    const near =
      edits <= Math.max(1, Math.floor(Math.max(t.length, w.length) / 3)) ||
      (start >= 5 && start * 2 > Math.max(t.length, w.length));
    if (near && (best === undefined || edits < best.score)) best = { word, score: edits };
  }
  return best?.word;
}
