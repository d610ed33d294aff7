// Each semantic check: what it rejects, and what it must let through.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkQuestionnaire } from "../../src/load/questionnaire.ts";
import type { QuestionnaireFile } from "../../src/model/types.ts";
import { root } from "../security/helpers.ts";

type Q = QuestionnaireFile;

const likert = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: "likert" as const,
  scale: "agree5",
  dimension: "calm",
  text: `Item ${id}`,
  ...extra,
});

/** A small valid questionnaire; each test changes one thing. */
function base(): Q {
  return {
    id: "t",
    version: 1,
    languages: ["en"],
    title: "T",
    scales: {
      agree5: { points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `${value}` })) },
    },
    dimensions: [
      {
        id: "calm",
        name: "Calm",
        bands: [
          { id: "low", range: "[0, 40)", label: "low" },
          { id: "middle", range: "[40, 70)", label: "middle" },
          { id: "high", range: "[70, 100]", label: "high" },
        ],
      },
    ],
    items: [likert("c1"), likert("c2", { reverse: true }), likert("c3")],
    advice: [{ id: "breathe", when: { band: { calm: "low" } }, text: "Breathe." }],
  } as Q;
}

function problems(q: Q, lang: "en" | "fr" = "en"): string[] {
  const outcome = checkQuestionnaire(stringify(q), "q.yaml", lang);
  return outcome.ok ? [] : outcome.problems.map((p) => `${p.line}:${p.col}: ${p.message}`);
}

const messages = (q: Q) => problems(q).map((p) => p.replace(/^\d+:\d+: /, ""));

function edit(change: (q: Q) => void): Q {
  const q = base();
  change(q);
  return q;
}

const calm = (q: Q) => q.dimensions[0]!;

it("the base questionnaire has no problem", () => {
  expect(problems(base())).toEqual([]);
});

describe("ids", () => {
  it("a language declared twice is reported", () => {
    expect(messages(edit((q) => (q.languages = ["en", "en"])))).toEqual([
      'language "en" is declared twice',
    ]);
  });

  it("a quality pair may not take the straight-lining flag's name", () => {
    const q = edit((q) => {
      q.quality = { pairs: [{ id: "straight-lining", items: ["c1", "c3"], maxGap: 1 }] };
    });
    expect(messages(q)).toEqual([
      'a pair cannot be called "straight-lining": that is the straight-lining flag',
    ]);
  });

  it("two test cases with the same name are reported", () => {
    const t = { name: "same", answers: {}, expect: {} };
    expect(messages(edit((q) => (q.tests = [t, { ...t }])))).toEqual([
      expect.stringMatching(/^duplicate test case id "same" \(first at line \d+\)$/),
    ]);
  });

  it("two bands of a band set with the same id are reported in the set", () => {
    const q = edit((q) => {
      q.bandSets = {
        two: [
          { id: "low", range: "[0, 50)", label: "low" },
          { id: "low", range: "[50, 100]", label: "high" },
        ],
      };
      calm(q).bands = "two";
      q.advice = [];
    });
    expect(problems(q)).toEqual([
      expect.stringMatching(/^\d+:\d+: duplicate band id "low" \(first at line \d+\)$/),
    ]);
    const [line] = problems(q)[0]!.split(":");
    expect(stringify(q).split("\n")[Number(line) - 1]).toMatch(/^bandSets:|^\s+- id: low/);
  });
});

describe("references", () => {
  it("a facet of another dimension says which dimension it belongs to", () => {
    const q = edit((q) => {
      q.dimensions.push({
        id: "tact",
        name: "Tact",
        bands: calm(q).bands,
        facets: [{ id: "words", name: "Words" }],
      });
      q.items.push(
        ...["t1", "t2", "t3"].map((id) => likert(id, { dimension: "tact", facet: "words" })),
      );
      q.items[0] = likert("c1", { facet: "words" });
    });
    expect(messages(q)).toEqual(['facet "words" belongs to dimension "tact", not "calm"']);
  });

  it("a quality pair of one item with itself is reported", () => {
    const q = edit((q) => (q.quality = { pairs: [{ id: "p", items: ["c1", "c1"], maxGap: 1 }] }));
    expect(messages(q)).toEqual(['a pair compares two different items, not "c1" with itself']);
  });

  it("band texts for the bands of a band set are accepted", () => {
    const q = edit((q) => {
      q.bandSets = { levels: calm(q).bands as never };
      calm(q).bands = "levels";
      calm(q).bandTexts = { low: "Low.", high: "High." };
    });
    expect(problems(q)).toEqual([]);
  });

  it("an unknown name gets a suggestion list of the known ones", () => {
    const outcome = checkQuestionnaire(
      stringify(edit((q) => (q.items[0] = likert("c1", { scale: "agree7" })))),
      "q.yaml",
      "en",
    );
    expect(outcome.ok ? [] : outcome.problems.map((p) => p.hint)).toEqual(["known: agree5"]);
  });
});

describe("band coverage", () => {
  it("bands on the mean are checked over the scale's range", () => {
    const q = edit((q) => {
      calm(q).bandsOn = "mean";
      calm(q).bands = [
        { id: "low", range: "[1, 3)", label: "low" },
        { id: "high", range: "[3, 5]", label: "high" },
      ];
    });
    expect(problems(q)).toEqual([]);
  });

  it("a mean's range is computed exactly: weights of 0.1 still start it at the scale's minimum", () => {
    const q = edit((q) => {
      calm(q).bandsOn = "mean";
      calm(q).bands = [
        { id: "low", range: "[1, 3)", label: "low" },
        { id: "high", range: "[3, 5]", label: "high" },
      ];
      q.items = q.items.map((item) => ({ ...item, weight: 0.1 }));
    });
    expect(problems(q)).toEqual([]);
  });

  it("bands on the sum reach down to what remains when a conditional item is hidden", () => {
    const q = edit((q) => {
      calm(q).aggregate = "sum";
      calm(q).bandsOn = "sum";
      calm(q).bands = [
        { id: "low", range: "[3, 9)", label: "low" },
        { id: "high", range: "[9, 15]", label: "high" },
      ];
      q.items[2] = likert("c3", { when: { answer: { c1: 5 } } });
    });
    expect(messages(q)).toEqual(['no band of "calm" covers [2, 3) (its values run over [2, 15])']);
  });

  it("bands on the mean of option scores are checked over those scores", () => {
    const q = edit((q) => {
      calm(q).bandsOn = "mean";
      calm(q).bands = [
        { id: "low", range: "[0, 1)", label: "low" },
        { id: "high", range: "[1, 2]", label: "high" },
      ];
      q.items = ["s1", "s2", "s3"].map((id) => ({
        id,
        type: "choice" as const,
        text: id,
        options: [
          { value: "a", label: "a", scores: { calm: 0 } },
          { value: "b", label: "b", scores: { calm: 2 } },
        ],
      }));
    });
    expect(problems(q)).toEqual([]);
  });

  it("a band set shared by two dimensions reports its own overlap once", () => {
    const q = edit((q) => {
      q.bandSets = {
        levels: [
          { id: "low", range: "[0, 50]", label: "low" },
          { id: "high", range: "[50, 100]", label: "high" },
        ],
      };
      calm(q).bands = "levels";
      q.dimensions.push({ id: "tact", name: "Tact", bands: "levels" });
      q.items.push(...["t1", "t2", "t3"].map((id) => likert(id, { dimension: "tact" })));
      q.advice = [];
    });
    expect(messages(q)).toEqual(['bands "low" and "high" overlap on 50']);
  });

  it("a facet's own bands are checked, bands it shares with its dimension are not checked twice", () => {
    const q = edit((q) => {
      calm(q).facets = [
        { id: "breath", name: "Breath", bands: [{ id: "all", range: "(0, 100]", label: "all" }] },
        { id: "pause", name: "Pause" },
      ];
      q.items = [
        likert("c1", { facet: "breath" }),
        likert("c2", { facet: "breath" }),
        likert("c3", { facet: "pause" }),
        likert("c4", { facet: "pause" }),
      ];
    });
    expect(messages(q)).toEqual(['no band of "breath" covers 0 (its values run over [0, 100])']);
  });
});

describe("languages", () => {
  const bilingual = () =>
    edit((q) => {
      q.languages = ["fr", "en"];
    });

  it("plain strings are the same text in every language", () => {
    expect(problems(bilingual())).toEqual([]);
  });

  it("names each text and each language it lacks, wherever the text is", () => {
    const q = bilingual();
    q.title = { fr: "Titre" };
    q.credits = [{ en: "Someone" }];
    (q.scales.agree5!.points[0] as { label: unknown }).label = { fr: "un" };
    q.items[1] = likert("c2", { help: { en: "help" } });
    // In file order: credits were added last, so they come last.
    expect(messages(q)).toEqual([
      'title: no "en" text',
      'scales.agree5.points.0.label: no "en" text',
      'items.1.help: no "fr" text',
      'credits.0: no "fr" text',
    ]);
  });

  it("a language the file does not declare is reported at its key", () => {
    const q = bilingual();
    q.advice![0]!.text = { fr: "Respirez.", en: "Breathe.", de: "Atmen." };
    expect(problems(q)).toEqual([
      expect.stringMatching(/^\d+:\d+: "de" is not one of the declared languages \(fr, en\)$/),
    ]);
  });
});

describe("sizes", () => {
  it("settings.minItemsPerDimension lowers the number of items a dimension needs", () => {
    const q = edit((q) => {
      q.items.pop();
      q.settings = { minItemsPerDimension: 2 };
    });
    expect(problems(q)).toEqual([]);
  });

  it("an option scoring a facet counts for its dimension too", () => {
    const q = edit((q) => {
      calm(q).facets = [{ id: "breath", name: "Breath" }];
      q.items = [
        likert("c1"),
        {
          id: "s1",
          type: "scenario",
          scene: "A client shouts.",
          text: "Then?",
          options: [
            { value: "a", label: "a", scores: { breath: 1 } },
            { value: "b", label: "b", scores: { breath: 0 } },
          ],
        },
        {
          id: "s2",
          type: "choice",
          text: "Now?",
          options: [
            { value: "a", label: "a", scores: { breath: 1 } },
            { value: "b", label: "b", scores: { calm: 0 } },
          ],
        },
      ];
    });
    expect(problems(q)).toEqual([]);
  });
});

describe("conditions", () => {
  const withMulti = (when: unknown) =>
    edit((q) => {
      q.items.push({
        id: "m1",
        type: "multi",
        text: "Which?",
        options: ["x", "y"].map((value) => ({ value, label: value })),
      });
      q.advice![0]!.when = when as never;
    });

  it("an option of a multiple choice can be tested, one it does not have cannot", () => {
    expect(problems(withMulti({ answer: { m1: { has: "x" } } }))).toEqual([]);
    expect(messages(withMulti({ answer: { m1: { has: "w" } } }))).toEqual([
      'item "m1" has no answer "w"',
    ]);
  });

  it("an option may be named by a number, a scale value by a string, as the engine reads them", () => {
    const q = edit((q) => {
      q.items.push({
        id: "s1",
        type: "choice",
        text: "How many?",
        options: ["1", "2"].map((value) => ({ value, label: value })),
      });
      q.advice![0]!.when = { all: [{ answer: { s1: 1 } }, { answer: { c1: "3" } }] };
    });
    expect(problems(q)).toEqual([]);
  });

  it("each value of an in-list is checked where it is written", () => {
    const q = edit((q) => (q.advice![0]!.when = { answer: { c1: { in: [1, 9] } } }));
    const outcome = checkQuestionnaire(stringify(q), "q.yaml", "en");
    if (outcome.ok) throw new Error("expected a problem");
    expect(outcome.problems).toHaveLength(1);
    const line = stringify(q).split("\n")[(outcome.problems[0]!.line ?? 0) - 1]!;
    expect(line.slice((outcome.problems[0]!.col ?? 1) - 1)).toMatch(/^9/);
  });

  it("an item may be shown on an earlier answer", () => {
    const q = edit((q) => (q.items[2] = likert("c3", { when: { not: { answer: { c1: 1 } } } })));
    expect(problems(q)).toEqual([]);
  });

  it("a quality pair's id is a flag conditions can test", () => {
    const q = edit((q) => {
      q.quality = { pairs: [{ id: "p1", items: ["c1", "c3"], maxGap: 2 }] };
      q.advice![0]!.when = { flag: "p1" };
    });
    expect(problems(q)).toEqual([]);
  });

  it("a score on a sum is compared over the sum's range", () => {
    const q = edit((q) => {
      calm(q).aggregate = "sum";
      q.advice![0]!.when = { score: { calm: { gt: 12 } } };
    });
    expect(problems(q)).toEqual([]);
    q.advice![0]!.when = { score: { calm: { gt: 15 } } };
    expect(messages(q)).toEqual([
      'advice "breathe" can never fire: score(calm) > 15 never holds (the value runs over [3, 15])',
    ]);
  });

  it("a profile of higher priority after the fallback in the file is still tried first", () => {
    const q = edit((q) => {
      q.profiles = [
        { id: "everyone", name: "Everyone", text: "All." },
        {
          id: "steady",
          name: "Steady",
          text: "Calm.",
          when: { band: { calm: "high" } },
          priority: 1,
        },
      ];
    });
    expect(problems(q)).toEqual([]);
  });

  it("every profile after the fallback in the order they are tried is reported", () => {
    const q = edit((q) => {
      q.profiles = [
        { id: "first", name: "First", text: "1.", priority: 2 },
        { id: "second", name: "Second", text: "2.", when: { band: { calm: "high" } }, priority: 2 },
        { id: "third", name: "Third", text: "3.", when: { band: { calm: "low" } } },
      ];
    });
    expect(messages(q).map((m) => m.split(":")[0])).toEqual([
      'profile "second" can never be chosen',
      'profile "third" can never be chosen',
    ]);
  });

  it("a condition that is wrong in one leaf is not also reported as never holding", () => {
    const q = edit(
      (q) =>
        (q.advice![0]!.when = { all: [{ band: { calm: "lowest" } }, { band: { calm: "high" } }] }),
    );
    expect(messages(q)).toEqual(['"calm" has no band "lowest"']);
  });
});

describe("test cases", () => {
  it("a case may expect no band (not enough answers) and any known flag", () => {
    const q = edit((q) => {
      q.tests = [{ name: "empty", answers: {}, expect: { bands: { calm: null }, flags: [] } }];
    });
    expect(problems(q)).toEqual([]);
  });
});

describe("in French", () => {
  it("says what is wrong and what to do in French", () => {
    const q = edit((q) => (q.items[0] = likert("c1", { scale: "agree7" })));
    const outcome = checkQuestionnaire(stringify(q), "q.yaml", "fr");
    if (outcome.ok) throw new Error("expected a problem");
    expect(outcome.problems[0]).toMatchObject({
      message: "échelle inconnue « agree7 »",
      hint: "connus : agree5",
    });
  });
});

describe("questionnaires that ship", () => {
  const files = [
    ...readdirSync(join(root, "questionnaires"))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => join(root, "questionnaires", f)),
    join(root, "tests/fixtures/mini.yaml"),
    join(root, "tests/fixtures/ipip/big-five.yaml"),
  ];
  it.each(files)("%s passes every check", (file) => {
    const outcome = checkQuestionnaire(readFileSync(file, "utf8"), file, "en");
    expect(outcome.ok ? [] : outcome.problems).toEqual([]);
  });
});
