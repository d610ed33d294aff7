// A data folder that cannot be used is said in one line, in the person's language.
import { describe, expect, it } from "vitest";
import { describeStoreError, storeError } from "../../src/store/errors.ts";

const failure = (code: string) => Object.assign(new Error(code), { code });

describe("store errors", () => {
  it.each([
    ["EACCES", "cannot write here (set REFLET_HOME to a folder you can write to)"],
    ["EROFS", "cannot write here"],
    ["ENOSPC", "the disk is full"],
    ["ENOTDIR", "something that is not a folder is in the way"],
    ["ENOENT", "its folder does not exist"],
  ])("%s says what to do", (code, said) => {
    const line = describeStoreError(storeError(failure(code), "/data/reflet"), "en");
    expect(line).toContain("/data/reflet");
    expect(line).toContain(said);
    expect(line.split("\n")).toHaveLength(1);
  });

  it("speaks French too", () => {
    const line = describeStoreError(storeError(failure("EACCES"), "/data"), "fr");
    expect(line).toContain("écriture impossible ici");
  });

  it("keeps control characters of a path off the terminal", () => {
    const line = describeStoreError(storeError(failure("EACCES"), "/data/\u001b[31mred"), "en");
    expect(line).not.toContain("\u001b");
  });
});
