// Where personal data goes: REFLET_HOME, else XDG; never the current folder.
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/store/errors.ts";
import { dataPaths } from "../../src/store/paths.ts";

const onLinux = process.platform !== "darwin" && process.platform !== "win32";

describe("the data folder", () => {
  it("is REFLET_HOME when it is set", () => {
    const p = dataPaths({ REFLET_HOME: "/data/me", HOME: "/home/me" }, "/work");
    expect(p.dir).toBe("/data/me");
    expect(p.history).toBe("/data/me/history.jsonl");
    expect(p.sessions).toBe("/data/me/sessions");
  });

  it.runIf(onLinux)("is XDG_DATA_HOME/reflet when XDG_DATA_HOME is absolute", () => {
    expect(dataPaths({ XDG_DATA_HOME: "/x/share", HOME: "/home/me" }, "/work").dir).toBe(
      "/x/share/reflet",
    );
  });

  it.runIf(onLinux)(
    "ignores a relative XDG_DATA_HOME rather than writing in the current folder",
    () => {
      const p = dataPaths({ XDG_DATA_HOME: "share", HOME: "/home/me" }, "/work");
      expect(p.dir).toBe("/home/me/.local/share/reflet");
    },
  );

  it.runIf(onLinux)("refuses an empty HOME with no other safe place", () => {
    expect(() => dataPaths({ HOME: "" }, "/work")).toThrow(StoreError);
    expect(() => dataPaths({ HOME: "relative" }, "/work")).toThrow(StoreError);
  });
});
