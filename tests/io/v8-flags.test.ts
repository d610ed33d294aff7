// The V8 flags a run sets: the optimising compiler is off exactly while a full check is under
// way, back on after it whatever the check did, and every flag goes back to V8's default
// before the compiled code is kept.
import { beforeEach, describe, expect, it, vi } from "vitest";

const set = vi.hoisted(() => [] as string[]);
vi.mock("node:v8", () => ({ setFlagsFromString: (f: string) => set.push(f) }));

const { restoreRunFlags, RUN_FLAGS, setRunFlags, withoutOptimising } = await import(
  "../../src/io/v8-flags.ts"
);

beforeEach(() => {
  set.length = 0;
});

describe("withoutOptimising", () => {
  it("turns TurboFan off for the check and on again after it", async () => {
    const during: string[][] = [];
    const got = await withoutOptimising(async () => {
      during.push([...set]);
      return 42;
    });
    expect(got).toBe(42);
    expect(during).toEqual([["--no-opt"]]);
    expect(set).toEqual(["--no-opt", "--opt"]);
  });

  it("turns it on again when the check throws", async () => {
    await expect(
      withoutOptimising(async () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(set).toEqual(["--no-opt", "--opt"]);
  });

  it("checks under way together: off at the first, on again only after the last", async () => {
    let release: () => void = () => {};
    const first = withoutOptimising(() => new Promise<void>((done) => (release = done)));
    await withoutOptimising(async () => {});
    expect(set).toEqual(["--no-opt"]);
    release();
    await first;
    expect(set).toEqual(["--no-opt", "--opt"]);
    await withoutOptimising(async () => {});
    expect(set).toEqual(["--no-opt", "--opt", "--no-opt", "--opt"]);
  });
});

describe("restoreRunFlags", () => {
  it("puts every flag a command may set back to V8's default", () => {
    setRunFlags(RUN_FLAGS.heapSmall);
    set.length = 0;
    restoreRunFlags();
    expect(set).toEqual(["--semi-space-growth-factor=2", "--heap-growing-percent=0", "--opt"]);
  });
});
