// The name the questionnaire cache (load/cache.ts) files a text's entry under: its length and a
// sample of its characters, not a hash of all of it. Hashing a whole questionnaire would load
// node:crypto, which costs a start more here (some 7 ms) than `score` spends on its own work;
// and the name need not tell every text apart, since an entry holds the text it was checked
// for and is used only for that very text. Two texts under one name replace each other's
// entry, and each is checked again when it comes back: never the wrong one taken for it.

/** Characters looked at, spread evenly over the text. */
const SAMPLES = 1024;

export function textKey(text: string): string {
  const n = text.length;
  const step = Math.max(1, Math.floor(n / SAMPLES));
  // Two 32-bit FNV-1a-style hashes with different multipliers: 64 bits of name.
  let a = 0x811c9dc5 ^ n;
  let b = 0x9e3779b9 ^ n;
  for (let i = 0; i < n; i += step) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  if (n > 0) b = Math.imul(b ^ text.charCodeAt(n - 1), 0x5bd1e995);
  const hex = (x: number) => (x >>> 0).toString(16).padStart(8, "0");
  return `${n.toString(16)}-${hex(a)}${hex(b)}`;
}
