// "Did you mean": the known word closest to what was typed, ignoring case and accents
// (« réclamations » is reclamations), close enough to be a slip or the French for it
// (historique is history).

/** Lower case, without accents. */
const folded = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Edits (insert, delete, substitute, swap two neighbours) from `a` to `b`. */
export function distance(a: string, b: string): number {
  // Three rows of the table at a time: the one being filled, the one above, and the one
  // above that (for a swap). Each is b.length + 1 long, so every j read is in range.
  let twoUp: number[] = [];
  let up = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, twoUp[j - 2]! + 1);
      row.push(best);
    }
    twoUp = up;
    up = row;
  }
  return up[b.length]!;
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
