// The cache keeps a bounded number of files (src/load/cache-place.ts keepNewest): never more
// than its room, the newest kept, and room made ahead so that a full folder is not sorted
// again at every write.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { keepNewest } from "../../src/load/cache-place.ts";

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "reflet-keep-"));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Writes file `n` dated `n` seconds after an arbitrary start. */
function write(n: number): void {
  const file = join(folder, `f${n}`);
  writeFileSync(file, "x");
  utimesSync(file, 1_000_000 + n, 1_000_000 + n);
}

const names = () => readdirSync(folder).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));

describe("keepNewest", () => {
  it("leaves a folder that is not over its room as it is", () => {
    for (let n = 0; n < 8; n++) write(n);
    keepNewest(folder, 8);
    expect(names()).toHaveLength(8);
  });

  it("past its room, removes the oldest until a quarter of the room is free", () => {
    for (let n = 0; n < 9; n++) write(n);
    keepNewest(folder, 8);
    expect(names()).toEqual(["f3", "f4", "f5", "f6", "f7", "f8"]);
  });

  it("never holds more than its room when written to again and again", () => {
    for (let n = 0; n < 50; n++) {
      write(n);
      keepNewest(folder, 8);
      expect(names().length).toBeLessThanOrEqual(8);
      expect(names().at(-1)).toBe(`f${n}`);
    }
  });
});
