// The one schema of questionnaire files. It is the source of the TypeScript types
// (model/types.ts), of the runtime validation (load/) and of the published JSON Schema
// (`reflet schema`, schema/questionnaire.schema.json). Semantic checks that a schema
// cannot express (references, band coverage, reachability) live in load/semantic/.
import * as z from "zod";
import { ID_MAX, ID_PATTERN, LANG_PATTERN } from "./patterns.ts";
import { CONDITION_KEYS, hasAComparison, hasOneTest } from "./refinements.ts";
import { SIMULATION_MODELS } from "./simulation-models.ts";

const describe = <T extends z.ZodType>(schema: T, description: string): T =>
  schema.meta({ description });

/** Any identifier an author chooses: item ids may be UUIDs, codes from another instrument... */
export const Id = describe(
  z.string().min(1).max(ID_MAX).regex(ID_PATTERN),
  "An identifier: any text without control characters, at most 200 characters.",
);

export const LangCode = describe(
  z.string().regex(LANG_PATTERN),
  "A language code such as fr, en or fr-CA.",
);

/** A text is either one plain string (the same in every language) or one string per language. */
export const Text = describe(
  z.union([z.string().min(1), z.record(LangCode, z.string().min(1))]),
  "A text: a plain string, or one string per declared language ({fr: ..., en: ...}).",
);

const finite = z.number().finite();

// ---- Answer kinds: "does not apply", best–worst scenarios, item order -------------------
// docs/questionnaire-format.md ("Does not apply", "Best–worst scenarios", "Item order").

const NotApplicableField = describe(
  z
    .union([z.boolean(), z.strictObject({ label: describe(Text, "The choice's own words.") })])
    .optional(),
  'Allow a "does not apply" answer (written na): true, or {label: ...} for words of your own. It counts as answered and is left out of the scores. On an item, overrides its scale.',
);

const OptionPoints = z.record(Id, finite);

export const BestWorstOption = z.strictObject({
  value: describe(Id, "What the answers file records for this option."),
  label: Text,
  best: describe(
    OptionPoints.optional(),
    "Points this option gives to each dimension (or facet) when picked as the most likely.",
  ),
  worst: describe(
    OptionPoints.optional(),
    "Points when picked as the least likely (default: the opposite of best).",
  ),
});

/** Item order: a list of every item id, dimensions taken in turn, or shuffled per person. */
export const ItemOrder = describe(
  z.union([z.array(Id).min(1), z.enum(["file", "interleave", "shuffle"])]),
  "The order items are asked in: file (default), interleave (one item of each dimension in turn), shuffle (a new order per person, kept on resume), or the list of every item id.",
);

/** A best–worst answer: two different options of the item. */
export const BestWorstAnswer = z.strictObject({
  best: z.union([z.string(), finite]),
  worst: z.union([z.string(), finite]),
});
// ---- end of answer kinds -------------------------------------------------------------------

export const ScalePoint = z.strictObject({
  value: describe(finite, "The number this answer scores before keying."),
  label: Text,
});

export const Scale = z.strictObject({
  points: describe(
    z.array(ScalePoint).min(2).max(11),
    "The answer choices, in the order they are shown.",
  ),
  notApplicable: NotApplicableField,
});

/** Interval notation with explicit edges: "[0, 40)" includes 0 and excludes 40. */
export const Range = describe(
  z
    .string()
    .regex(/^\s*[[(]\s*-?\d+(\.\d+)?\s*,\s*-?\d+(\.\d+)?\s*[\])]\s*$/, 'a range such as "[0, 40)"'),
  'An interval: "[" or "(" for an inclusive or exclusive lower edge, "]" or ")" for the upper edge, e.g. "[0, 40)".',
);

export const Band = z.strictObject({
  id: Id,
  range: Range,
  label: Text,
  text: Text.optional(),
  side: describe(
    z.enum(["bright", "shadow"]).optional(),
    "Which side of the dimension this band shows in the profile: its strength (bright) or what to watch (shadow).",
  ),
  // Declared below with the other evidence fields: a condition is not defined yet here.
  get contradicts() {
    return Contradicts.optional();
  },
});

export const Bands = describe(
  z.union([Id, z.array(Band).min(1)]),
  "Either the name of a band set (bandSets) or a list of bands.",
);

const Comparison = describe(
  z
    .strictObject({
      eq: finite.optional(),
      ne: finite.optional(),
      gt: finite.optional(),
      gte: finite.optional(),
      lt: finite.optional(),
      lte: finite.optional(),
    })
    .refine(hasAComparison, "a comparison needs at least one of eq, ne, gt, gte, lt, lte"),
  "A numeric comparison: any of eq, ne, gt, gte, lt, lte (all must hold).",
);

const AnswerTest = describe(
  z.union([
    finite,
    z.string(),
    z.strictObject({ in: z.array(z.union([finite, z.string()])).min(1) }),
    z.strictObject({ has: z.string() }),
    Comparison,
  ]),
  "An expected answer: a value, {in: [values]}, {has: option} for multiple choice, or a numeric comparison.",
);

export interface ConditionShape {
  all?: ConditionShape[];
  any?: ConditionShape[];
  not?: ConditionShape;
  band?: Record<string, string | string[]>;
  percent?: Record<string, z.infer<typeof Comparison>>;
  score?: Record<string, z.infer<typeof Comparison>>;
  answer?: Record<string, z.infer<typeof AnswerTest>>;
  answered?: string | string[];
  flag?: string;
}

/** A small declarative condition language, evaluated by engine/conditions.ts (never eval). */
export const Condition: z.ZodType<ConditionShape> = describe(
  z
    .strictObject({
      get all() {
        return z.array(Condition).min(1).optional();
      },
      get any() {
        return z.array(Condition).min(1).optional();
      },
      get not() {
        return Condition.optional();
      },
      band: describe(
        z.record(Id, z.union([Id, z.array(Id).min(1)])).optional(),
        "The dimension (or facet) is in this band, or in one of these bands.",
      ),
      percent: describe(
        z.record(Id, Comparison).optional(),
        "The dimension's 0-100 score compares as given.",
      ),
      score: describe(
        z.record(Id, Comparison).optional(),
        "The dimension's score (sum or mean, as it aggregates) compares as given.",
      ),
      answer: describe(z.record(Id, AnswerTest).optional(), "The item's answer matches."),
      answered: describe(
        z.union([Id, z.array(Id).min(1)]).optional(),
        "The item (or all these items) was answered.",
      ),
      flag: describe(Id.optional(), "This response-quality flag was raised."),
    })
    .refine(
      hasOneTest,
      `a condition has exactly one of: ${CONDITION_KEYS.join(", ")} (combine several with all or any)`,
    ) as z.ZodType<ConditionShape>,
  "A condition: exactly one of all, any, not, band, percent, score, answer, answered, flag.",
);

// --- Evidence, low-information sheets and published instruments -------------------------
// Fields an author adds so that what a profile says can be checked against the answers
// (contradicts), a sheet that says too little is recognised (quality.lowInformation), and
// a published instrument shows and scores as its authors define it (display, missing,
// facet band texts). The engine's side is in engine/evidence.ts and engine/information.ts.

export const Contradicts = describe(
  Condition,
  "Answers this text must not contradict: when the condition holds for the person, the text is never shown (a profile gives way to the next one that holds).",
);

const textChecks = {
  contradicts: Contradicts.optional(),
};

export const Missing = describe(
  z.union([
    z.enum(["prorate", "sum"]),
    z.strictObject({ insufficientBelow: z.number().int().min(1) }),
  ]),
  "The missing-answer rule: prorate (default) scales the sum up to every expected item; sum keeps the plain sum of what was answered; {insufficientBelow: N} gives no score under N answered items (instead of minAnswered) and prorates above.",
);

const dimensionFigures = {
  display: describe(
    z.enum(["percent", "sum", "mean"]).optional(),
    "The figure a person sees in profiles, reports and the summary (default percent, 0-100).",
  ),
  missing: Missing.optional(),
};

const facetTexts = {
  bandTexts: describe(
    z.record(Id, Text).optional(),
    "The facet's own texts per band id, instead of its dimension's.",
  ),
};

export const LowInformation = describe(
  z.strictObject({
    maxMiddleShare: describe(
      z.number().min(0).max(1).exactOptional(),
      "Too little to go on when at least this share of the Likert answers are the scale's middle point (default 0.8).",
    ),
    minItems: describe(
      z.number().int().min(1).exactOptional(),
      "The middle-answer test applies from this many Likert answers (default 8).",
    ),
    maxNotApplicableShare: describe(
      z.number().min(0).max(1).exactOptional(),
      "Too little to go on when at least this share of the answers are 'does not apply' (default 0.5).",
    ),
    minCompleteness: describe(
      z.number().min(0).max(1).exactOptional(),
      "Too little to go on when fewer than this share of the shown items are answered (default 0: no test).",
    ),
    straightLining: describe(
      z.boolean().exactOptional(),
      "A straight-lined sheet (the straight-lining flag) has too little to go on (default true).",
    ),
    text: describe(
      Text.exactOptional(),
      "What the person reads instead of a profile and strengths (default: reflet's own words).",
    ),
  }),
  "When a sheet says too little for a profile: its archetype and strengths are withheld.",
);

const qualityInformation = {
  lowInformation: LowInformation.optional(),
};

// --- End of evidence fields ---------------------------------------------------------------

const itemBase = {
  id: Id,
  text: Text,
  help: describe(Text.optional(), "An optional hint shown under the question."),
  when: describe(
    Condition.optional(),
    "Show the item only when this condition holds on earlier answers.",
  ),
};

export const Option = z.strictObject({
  value: describe(Id, "What the answers file records for this option."),
  label: Text,
  scores: describe(
    z.record(Id, finite).optional(),
    "Points this option gives to each dimension (or facet) it touches.",
  ),
});

export const LikertItem = z.strictObject({
  ...itemBase,
  type: z.literal("likert"),
  scale: describe(Id, "The name of a scale in scales."),
  dimension: Id,
  facet: describe(Id.optional(), "A facet of that dimension."),
  reverse: describe(
    z.boolean().optional(),
    "Reverse-keyed: an answer v scores (min + max - v) of the scale.",
  ),
  weight: describe(finite.positive().optional(), "Multiplies the item's keyed value (default 1)."),
  notApplicable: NotApplicableField,
});

export const ChoiceItem = z.strictObject({
  ...itemBase,
  type: z.literal("choice"),
  options: z.array(Option).min(2).max(12),
  notApplicable: NotApplicableField,
});

export const ScenarioItem = z.strictObject({
  ...itemBase,
  type: z.literal("scenario"),
  scene: describe(Text, "The short scene shown before the question."),
  options: z.array(Option).min(2).max(12),
  notApplicable: NotApplicableField,
});

/** A scenario where the person picks the most likely option, then the least likely. */
export const BestWorstItem = z.strictObject({
  ...itemBase,
  type: z.literal("best-worst"),
  scene: describe(Text, "The short scene shown before the question."),
  options: z.array(BestWorstOption).min(3).max(12),
  notApplicable: NotApplicableField,
});

export const MultiItem = z.strictObject({
  ...itemBase,
  type: z.literal("multi"),
  options: z.array(Option).min(2).max(20),
  min: z.number().int().nonnegative().optional(),
  max: z.number().int().positive().optional(),
  notApplicable: NotApplicableField,
});

export const TextItem = z.strictObject({
  ...itemBase,
  type: z.literal("text"),
  journal: describe(
    z.boolean().optional(),
    "Keep the answer in the person's reflection journal (default true).",
  ),
});

export const Item = z.discriminatedUnion("type", [
  LikertItem,
  ChoiceItem,
  ScenarioItem,
  MultiItem,
  TextItem,
  BestWorstItem,
]);

export const Facet = z.strictObject({
  id: Id,
  name: Text,
  description: Text.optional(),
  bands: Bands.optional(),
  ...facetTexts,
});

export const Dimension = z.strictObject({
  id: Id,
  name: Text,
  description: Text.optional(),
  bright: describe(Text.optional(), "The bright side: what this trait gives at its best."),
  shadow: describe(Text.optional(), "The shadow side: what it turns into when unchecked."),
  aggregate: describe(
    z.enum(["sum", "mean"]).optional(),
    "How item values combine into the dimension's score (default mean).",
  ),
  bandsOn: describe(
    z.enum(["percent", "mean", "sum"]).optional(),
    "Which value the band ranges apply to (default percent).",
  ),
  bands: Bands,
  bandTexts: describe(
    z.record(Id, Text).optional(),
    "Texts per band id, for bands taken from a band set.",
  ),
  minAnswered: describe(
    z.number().min(0).max(1).optional(),
    "Share of the dimension's items that must be answered for a score (default settings.minAnswered).",
  ),
  facets: z.array(Facet).optional(),
  reliability: describe(
    z
      .strictObject({
        alpha: describe(
          z.number().gt(0).lt(1),
          "Internal consistency (Cronbach's alpha) of the dimension, measured on a reference group.",
        ),
        sd: describe(
          z.number().gt(0).max(100),
          "Standard deviation of the dimension's 0-100 percent in that group.",
        ),
      })
      .optional(),
    "What reflet progress needs to tell a reliable change from measurement noise; without it, reliability is unknown.",
  ),
  ...dimensionFigures,
});

export const Profile = z.strictObject({
  id: Id,
  name: Text,
  text: Text,
  when: describe(Condition.optional(), "Without a condition the profile is the fallback."),
  priority: describe(finite.optional(), "Higher is tried first (default 0)."),
  ...textChecks,
});

export const Advice = z.strictObject({
  id: Id,
  kind: describe(
    z.enum(["action", "watch", "strength", "reflect", "support"]).optional(),
    "Where the advice appears in the profile (default action).",
  ),
  when: Condition,
  priority: describe(finite.optional(), "Higher comes first (default 0)."),
  text: Text,
  plan: describe(
    z.strictObject({ situation: Text, action: Text }).optional(),
    'An if-then plan offered, for the person to edit, when they choose this advice to try: the situation ("When a client raises their voice") and the action ("I let them finish").',
  ),
  ...textChecks,
});

export const Quality = z.strictObject({
  straightLining: describe(
    z
      .strictObject({
        minItems: z.number().int().min(2).exactOptional(),
        maxShare: z.number().min(0).max(1).exactOptional(),
      })
      .optional(),
    "Flag when at least maxShare (default 0.9) of the Likert answers are the same value, over at least minItems (default 8) answers.",
  ),
  pairs: describe(
    z
      .array(
        z.strictObject({
          id: Id,
          items: z.tuple([Id, Id]),
          maxGap: z.number().nonnegative(),
        }),
      )
      .optional(),
    "Pairs of Likert items that measure the same thing: flag when their keyed answers differ by more than maxGap points.",
  ),
  ...qualityInformation,
});

export const AnswerValue = z.union([finite, z.string(), z.array(z.string()), BestWorstAnswer]);

// ── Simulated respondents, expectations and pinned figures ──────────────────
// What `reflet test --simulate` draws and checks (src/simulate), and the figures a test
// case may pin. Kept together so that other additions to the format stay apart.

export const SimulationModel = describe(
  z.enum(SIMULATION_MODELS),
  "A model of simulated respondents: uniform, latent, acquiescent, desirable, middle or straight.",
);

const Share = z.number().min(0).max(1);

const ShareLimit = describe(
  z.union([
    Share,
    z.strictObject({
      share: describe(Share, "The limit, as a share from 0 to 1."),
      models: describe(
        z.array(SimulationModel).min(1),
        "The models it applies to (default: uniform).",
      ),
    }),
  ]),
  "A share from 0 to 1 under uniform answers, or {share, models} for other models.",
);

export const Expectation = z.union([
  z.strictObject({
    model: SimulationModel,
    profile: describe(Id, "Every simulated respondent of that model gets this profile."),
  }),
  z.strictObject({
    model: SimulationModel,
    lowInformation: describe(
      z.literal(true),
      "Every simulated respondent of that model is told their answers say too little for a portrait.",
    ),
  }),
]);

export const Expectations = describe(
  z.strictObject({
    maxProfileShare: describe(
      ShareLimit.optional(),
      "No profile is given to more than this share of simulated respondents.",
    ),
    maxFallbackShare: describe(
      ShareLimit.optional(),
      "The fallback profile (the one without a condition) goes to at most this share.",
    ),
    minActionShare: describe(
      ShareLimit.optional(),
      "At least this share gets one advice of kind action (1 means everyone).",
    ),
    reachable: describe(
      z.literal("all").optional(),
      "Every band, advice rule and profile is reached by some simulated respondent.",
    ),
    models: describe(
      z.array(Expectation).min(1).optional(),
      "Per model: everyone answering the way of that model gets the profile given.",
    ),
  }),
  "What `reflet test --simulate` checks on simulated respondents.",
);

const Figure = describe(
  z.union([
    finite,
    z.strictObject({
      value: finite,
      tolerance: describe(finite.nonnegative(), "The largest difference accepted."),
    }),
  ]),
  "An exact number, or {value, tolerance}.",
);

export const ExpectedFigures = describe(
  z.record(
    Id,
    z.strictObject({
      score: Figure.optional(),
      sum: Figure.optional(),
      mean: Figure.optional(),
      percent: Figure.optional(),
    }),
  ),
  "Expected figures per dimension or facet: score, sum, mean or percent.",
);

// ── End of simulated respondents, expectations and pinned figures ───────────

export const TestCase = z.strictObject({
  name: z.string().min(1),
  answers: z.record(Id, AnswerValue),
  fill: describe(finite.optional(), "A value given to every Likert item the case does not answer."),
  expect: z.strictObject({
    bands: describe(
      z.record(Id, z.union([Id, z.null()])).optional(),
      "Expected band per dimension or facet; null means not enough answers.",
    ),
    profile: z.union([Id, z.null()]).optional(),
    advice: describe(z.array(Id).optional(), "Advice that must fire."),
    noAdvice: describe(z.array(Id).optional(), "Advice that must not fire."),
    flags: describe(z.array(Id).optional(), "The exact response-quality flags raised."),
    scores: ExpectedFigures.optional(),
  }),
});

export const Questionnaire = z.strictObject({
  id: Id,
  version: describe(z.union([z.string().min(1), finite]), "The questionnaire's own version."),
  languages: z.array(LangCode).min(1),
  title: Text,
  description: Text.optional(),
  minutes: describe(finite.positive().optional(), "Estimated minutes to answer."),
  retakeAfterDays: describe(
    z.number().int().min(1).max(3650).optional(),
    "Days after a result before reflet suggests taking it again, to someone who chose plans from it (default 28).",
  ),
  credits: describe(z.array(Text).optional(), "Sources of the ideas and authors."),
  settings: z
    .strictObject({
      minAnswered: describe(
        z.number().min(0).max(1).optional(),
        "Share of a dimension's items that must be answered for a score (default 0.75).",
      ),
      minItemsPerDimension: describe(
        z.number().int().min(1).optional(),
        "The fewest items a dimension may have (default 3; facets need 2).",
      ),
      optionLengthRatio: describe(
        z.number().min(1).optional(),
        "validate warns when an item's longest option is more than this many times its shortest (default 1.5).",
      ),
    })
    .optional(),
  scales: z.record(Id, Scale),
  bandSets: describe(z.record(Id, z.array(Band).min(1)).optional(), "Named, reusable band lists."),
  dimensions: z.array(Dimension).min(1),
  items: z.array(Item).min(1),
  profiles: describe(z.array(Profile).optional(), "Archetypes: the first that holds, by priority."),
  advice: z.array(Advice).optional(),
  quality: Quality.optional(),
  tests: z.array(TestCase).optional(),
  expectations: Expectations.optional(),
  order: ItemOrder.optional(),
});

/** An answers file: what `run --answers-out` writes and `score`/`batch` read. */
export const AnswersFile = z.strictObject({
  questionnaire: Id,
  version: z.union([z.string(), finite]).optional(),
  participant: Id.optional(),
  lang: LangCode.optional(),
  answers: z.record(Id, z.union([AnswerValue, z.null()])),
});

export function questionnaireJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(Questionnaire, { target: "draft-7", io: "input" });
  return { ...schema, title: "reflet questionnaire" };
}
