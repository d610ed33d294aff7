// The one sanitising module: what it lets through and what it shows instead.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeJson, sanitizeLine, sanitizeText } from "../../src/term/sanitize.ts";
import { UNSAFE_FOR_BLOCKS, UNSAFE_IN_A_LINE } from "./helpers.ts";

const hostile = {
  "CSI clear screen": ["\x1b[2J", "\\u001B[2J"],
  "CSI colour": ["\x1b[31mred\x1b[0m", "\\u001B[31mred\\u001B[0m"],
  "OSC window title": ["\x1b]0;owned\x07", "\\u001B]0;owned\\u0007"],
  "OSC 8 hyperlink": [
    "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "\\u001B]8;;https://evil.example\\u001B\\click\\u001B]8;;\\u001B\\",
  ],
  "carriage return": ["safe\rEVIL", "safe\\u000DEVIL"],
  backspace: ["abc\b\b\bxyz", "abc\\u0008\\u0008\\u0008xyz"],
  "C1 CSI": ["\x9b2J", "\\u009B2J"],
  "C1 OSC": ["\x9d0;t\x9c", "\\u009D0;t\\u009C"],
  "next line (C1)": ["a\x85b", "a\\u0085b"],
  "right-to-left override": ["file\u202Etxt.exe", "file\\u202Etxt.exe"],
  "bidi isolate": ["a\u2067b\u2069", "a\\u2067b\\u2069"],
  "line separator": ["a\u2028b", "a\\u2028b"],
  "DEL and NUL": ["a\x7fb\x00c", "a\\u007Fb\\u0000c"],
  bell: ["ding\x07", "ding\\u0007"],
} as const;

describe("sanitizeText and sanitizeLine", () => {
  for (const [name, [raw, shown]] of Object.entries(hostile)) {
    it(`a ${name} is shown as \\uXXXX, not sent raw`, () => {
      expect(sanitizeText(raw)).toBe(shown);
      expect(sanitizeLine(raw)).toBe(shown);
    });
  }

  it("a block keeps its line breaks and tabs; a line shows them as \\n and \\t", () => {
    expect(sanitizeText("one\n\ttwo")).toBe("one\n\ttwo");
    expect(sanitizeLine("one\n\ttwo")).toBe("one\\n\\ttwo");
  });

  it("accents, emoji, Arabic and Hebrew letters and joiners are left as they are", () => {
    const text = "Élodie — café, 👩‍💻, مرحبا, שלום, naïve";
    expect(sanitizeText(text)).toBe(text);
    expect(sanitizeLine(text)).toBe(text);
  });

  it("no unsafe character survives, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        expect(sanitizeText(s)).not.toMatch(UNSAFE_FOR_BLOCKS);
        expect(sanitizeLine(s)).not.toMatch(UNSAFE_IN_A_LINE);
      }),
      { numRuns: 2000 },
    );
  });

  it("text without unsafe characters is unchanged, and sanitising twice changes nothing more", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        if (!UNSAFE_IN_A_LINE.test(s)) expect(sanitizeLine(s)).toBe(s);
        expect(sanitizeLine(sanitizeLine(s))).toBe(sanitizeLine(s));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("sanitizeJson", () => {
  it("escapes C1 controls, DEL and bidi characters and the JSON reads back the same", () => {
    const value = { name: "a\x9b2J\u202Eb\x7f\u2028", esc: "\x1b[2J" };
    const json = sanitizeJson(JSON.stringify(value));
    expect(json).not.toMatch(UNSAFE_IN_A_LINE);
    expect(JSON.parse(json)).toEqual(value);
  });

  it("any value's JSON stays free of unsafe characters and reads back the same", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: "binary" }), (v, s) => {
        const value = { v, s };
        const json = sanitizeJson(JSON.stringify(value, null, 2));
        expect(json).not.toMatch(UNSAFE_FOR_BLOCKS);
        expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
      { numRuns: 1000 },
    );
  });
});
