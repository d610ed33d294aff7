// A file's bytes handed over in chunks cut where a test says, as a stream would.
export async function* chunks(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const to = Math.min(cut, bytes.length);
    if (to > from) yield bytes.subarray(from, to);
    from = Math.max(from, to);
  }
  if (from < bytes.length) yield bytes.subarray(from);
}
