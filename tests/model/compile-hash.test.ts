// A model's hash may be given as a function (src/model/compile.ts): worked out the first time
// it is read, once, so that a run that never reads it (validate) never loads node:crypto.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import { textHash } from "../../src/load/text-hash.ts";
import { compile } from "../../src/model/compile.ts";

const file = join(import.meta.dirname, "..", "fixtures", "mini.yaml");
const text = readFileSync(file, "utf8");

describe("a model's hash", () => {
  it("is worked out when first read, once, and is the text's", () => {
    const outcome = checkQuestionnaire(text, file, "en");
    if (!outcome.ok) throw new Error("mini.yaml is not valid");
    const hash = vi.fn(() => textHash(text));
    const model = compile(outcome.model.file, hash, file);
    expect(hash).not.toHaveBeenCalled();
    expect(model.hash).toBe(textHash(text));
    expect(model.hash).toBe(outcome.model.hash);
    expect(hash).toHaveBeenCalledTimes(1);
    expect(compile(outcome.model.file, model.hash, file)).toStrictEqual(model);
  });
});
