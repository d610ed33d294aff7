// A batch's young generation grows once, then is held (src/batch/heap.ts): the growth factor is
// set back to 1 as soon as V8's new space has reached its bound, once, and never before.
import { afterEach, describe, expect, it, vi } from "vitest";

const v8 = vi.hoisted(() => ({ set: [] as string[], young: 1024 * 1024 }));
vi.mock("node:v8", () => ({
  setFlagsFromString: (f: string) => v8.set.push(f),
  getHeapSpaceStatistics: () => [
    { space_name: "old_space", space_size: 64 << 20 },
    { space_name: "new_space", space_size: v8.young },
  ],
}));

const { keepHeapSmall, YOUNG_HELD_AT } = await import("../../src/batch/heap.ts");

afterEach(() => vi.useRealTimers());

describe("a batch's heap", () => {
  it("lets the young generation grow, then holds it once it reaches its bound", () => {
    vi.useFakeTimers();
    keepHeapSmall();
    expect(v8.set).toEqual(["--semi-space-growth-factor=4", "--heap-growing-percent=30"]);
    vi.advanceTimersByTime(1000);
    // Still at its first size: nothing more is set.
    expect(v8.set).toHaveLength(2);
    v8.young = YOUNG_HELD_AT / 4;
    vi.advanceTimersByTime(1000);
    expect(v8.set).toHaveLength(2);
    v8.young = YOUNG_HELD_AT;
    vi.advanceTimersByTime(1000);
    expect(v8.set.slice(2)).toEqual(["--semi-space-growth-factor=1"]);
    // Held once: the watch has stopped.
    v8.young = YOUNG_HELD_AT * 4;
    vi.advanceTimersByTime(1000);
    expect(v8.set).toHaveLength(3);
    expect(vi.getTimerCount()).toBe(0);
  });
});
