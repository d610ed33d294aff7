// The V8 flags a run sets: a full check's flags hold exactly while a check is under way, and
// each goes back after it to what it was before, whatever the check did; every flag goes back
// to V8's default before the compiled code is kept.
import { beforeEach, describe, expect, it, vi } from "vitest";

const set = vi.hoisted(() => [] as string[]);
vi.mock("node:v8", () => ({ setFlagsFromString: (f: string) => set.push(f) }));

const { restoreRunFlags, RUN_FLAGS, setRunFlags, withFullCheckFlags } = await import(
  "../../src/io/v8-flags.ts"
);

const CHECK = ["--no-opt", "--semi-space-growth-factor=1"];
const DEFAULTS = ["--opt", "--semi-space-growth-factor=2"];

beforeEach(() => {
  restoreRunFlags();
  set.length = 0;
});

describe("withFullCheckFlags", () => {
  it("sets TurboFan off and the young generation's size for the check, then V8's defaults", async () => {
    const during: string[][] = [];
    const got = await withFullCheckFlags(async () => {
      during.push([...set]);
      return 42;
    });
    expect(got).toBe(42);
    expect(during).toEqual([CHECK]);
    expect(set).toEqual([...CHECK, ...DEFAULTS]);
  });

  it("puts the flags back when the check throws", async () => {
    await expect(
      withFullCheckFlags(async () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(set).toEqual([...CHECK, ...DEFAULTS]);
  });

  it("checks under way together: set at the first, put back only after the last", async () => {
    let release: () => void = () => {};
    const first = withFullCheckFlags(() => new Promise<void>((done) => (release = done)));
    await withFullCheckFlags(async () => {});
    expect(set).toEqual(CHECK);
    release();
    await first;
    expect(set).toEqual([...CHECK, ...DEFAULTS]);
    await withFullCheckFlags(async () => {});
    expect(set).toEqual([...CHECK, ...DEFAULTS, ...CHECK, ...DEFAULTS]);
  });

  it("a flag the command set before the check (a batch's heap) gets its value back, not V8's default", async () => {
    setRunFlags(RUN_FLAGS.heapSmall);
    set.length = 0;
    await withFullCheckFlags(async () => {});
    expect(set).toEqual([...CHECK, "--opt", "--semi-space-growth-factor=4"]);
  });
});

describe("restoreRunFlags", () => {
  it("puts every flag a command may set back to V8's default", () => {
    setRunFlags(RUN_FLAGS.heapSmall);
    set.length = 0;
    restoreRunFlags();
    expect(set).toEqual([
      "--semi-space-growth-factor=2",
      "--heap-growing-percent=0",
      "--semi-space-growth-factor=2",
      "--opt",
      "--semi-space-growth-factor=2",
    ]);
  });
});
