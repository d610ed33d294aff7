import { describe, expect, it } from "vitest";
import { typeset } from "../../src/i18n/typography.ts";

const N = "\u202f";

describe("French typography", () => {
  it("puts a narrow no-break space before ; : ! ? and inside « »", () => {
    expect(typeset("Attention : « vite » ; oui ! non ?", "fr")).toBe(
      `Attention${N}: «${N}vite${N}»${N}; oui${N}! non${N}?`,
    );
  });

  it("replaces only spaces the author wrote: URLs, times and glued signs stay", () => {
    expect(typeset("http://x.fr à 10:30, déjà!", "fr")).toBe("http://x.fr à 10:30, déjà!");
  });

  it("folds several spaces into one narrow no-break space", () => {
    expect(typeset("Oui   ?", "fr")).toBe(`Oui${N}?`);
  });

  it("leaves English untouched", () => {
    expect(typeset("Careful : « this » !", "en")).toBe("Careful : « this » !");
  });

  it("is linear on long runs of spaces", () => {
    const text = `${" ".repeat(200_000)}x`;
    expect(typeset(text, "fr")).toBe(text);
  });
});
