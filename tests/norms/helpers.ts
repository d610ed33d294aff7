// What the norms tests share: a team to build norms from.

/** 40 people, answers from a seeded generator, as a Forms export would give them. */
export function teamCsv(): string {
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const rows = Array.from({ length: 40 }, (_, i) => {
    const level = 1 + next() * 4;
    const values = Array.from({ length: 7 }, (_, k) => {
      const v = Math.max(1, Math.min(5, Math.round(level + next() * 1.4 - 0.7)));
      return [1, 3, 5].includes(k) ? 6 - v : v;
    });
    return `p${i},${values.join(",")},listen,talk,`;
  });
  return `participant,c1,c2,c3,c4,a1,a2,a3,s1,m1,n1\n${rows.join("\n")}\n`;
}
