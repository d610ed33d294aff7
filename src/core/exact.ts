// Exact rational arithmetic. Scores are sums and ratios of the decimals an author wrote
// (scale values, weights, option points, band edges, thresholds); binary floating point
// would turn 0.1 + 0.2 into 0.30000000000000004 and let a mean of exactly 3 fall out of
// "[3, 3]". Every number is read as the decimal it was written as, computed exactly,
// and turned back into a float only for output.

/** n / d in lowest terms, d > 0. */
export interface Exact {
  readonly n: bigint;
  readonly d: bigint;
}

const make = (n: bigint, d: bigint): Exact => {
  if (d < 0n) return make(-n, -d);
  const g = gcd(n < 0n ? -n : n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
};

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

export const ZERO: Exact = { n: 0n, d: 1n };
export const ONE: Exact = { n: 1n, d: 1n };
export const HUNDRED: Exact = { n: 100n, d: 1n };

const decimals = new Map<number, Exact>();

/** The decimal a number was written as: 0.1 is exactly 1/10. */
export function exact(x: number): Exact {
  if (Number.isSafeInteger(x)) return { n: BigInt(x), d: 1n };
  const known = decimals.get(x);
  if (known) return known;
  if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
  // The shortest text that reads back as x, e.g. "0.1", "1.5e-7".
  const [mantissa = "0", exponent = "0"] = String(x).split("e");
  const [whole = "0", fraction = ""] = mantissa.split(".");
  const shift = Number(exponent) - fraction.length;
  const digits = BigInt(whole + fraction);
  const value =
    shift >= 0 ? { n: digits * 10n ** BigInt(shift), d: 1n } : make(digits, 10n ** BigInt(-shift));
  if (decimals.size < 10_000) decimals.set(x, value);
  return value;
}

export function add(a: Exact, b: Exact): Exact {
  if (a.d === b.d) return a.d === 1n ? { n: a.n + b.n, d: 1n } : make(a.n + b.n, a.d);
  return make(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Exact, b: Exact): Exact {
  return add(a, { n: -b.n, d: b.d });
}

export function mul(a: Exact, b: Exact): Exact {
  if (a.d === 1n && b.d === 1n) return { n: a.n * b.n, d: 1n };
  return make(a.n * b.n, a.d * b.d);
}

export function div(a: Exact, b: Exact): Exact {
  if (b.n === 0n) throw new RangeError("division by zero");
  return make(a.n * b.d, a.d * b.n);
}

/** -1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Exact, b: Exact): -1 | 0 | 1 {
  const l = a.n * b.d;
  const r = b.n * a.d;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function sum(values: Iterable<Exact>): Exact {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The nearest float. When numerator and denominator are safe integers one division
 * rounds correctly, so a value equal to a written decimal becomes that very float.
 */
export function toNumber(x: Exact): number {
  const abs = x.n < 0n ? -x.n : x.n;
  if (abs <= SAFE && x.d <= SAFE) return Number(x.n) / Number(x.d);
  const scale = 10n ** 30n;
  return Number((x.n * scale) / x.d) / 1e30;
}
