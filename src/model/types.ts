// Types of questionnaire and answers files, inferred from the one schema.
import type { z } from "zod";
import type * as S from "./schema.ts";

export type Text = z.infer<typeof S.Text>;
export type Scale = z.infer<typeof S.Scale>;
export type BandSpec = z.infer<typeof S.Band>;
export type Condition = S.ConditionShape;
export type Option = z.infer<typeof S.Option>;
export type LikertItem = z.infer<typeof S.LikertItem>;
export type ChoiceItem = z.infer<typeof S.ChoiceItem>;
export type ScenarioItem = z.infer<typeof S.ScenarioItem>;
export type MultiItem = z.infer<typeof S.MultiItem>;
export type TextItem = z.infer<typeof S.TextItem>;
export type BestWorstItem = z.infer<typeof S.BestWorstItem>;
export type BestWorstOption = z.infer<typeof S.BestWorstOption>;
export type ItemOrder = z.infer<typeof S.ItemOrder>;
export type Item = z.infer<typeof S.Item>;
export type OptionItem = ChoiceItem | ScenarioItem | MultiItem;
export type Facet = z.infer<typeof S.Facet>;
export type Dimension = z.infer<typeof S.Dimension>;
export type Profile = z.infer<typeof S.Profile>;
export type Advice = z.infer<typeof S.Advice>;
export type AdviceKind = NonNullable<Advice["kind"]>;
export type Quality = z.infer<typeof S.Quality>;
export type TestCase = z.infer<typeof S.TestCase>;
export type QuestionnaireFile = z.infer<typeof S.Questionnaire>;
export type AnswersFileData = z.infer<typeof S.AnswersFile>;

/** The two picks of a best–worst item. */
export type BestWorst = { best: string | number; worst: string | number };
/**
 * One answer: a scale value (Likert), an option value (choice, scenario), option values (multi),
 * free text, two picks (best–worst), or "na" where "does not apply" is allowed.
 */
export type AnswerValue = number | string | string[] | BestWorst;
/** Answers by item id. A missing key is an unanswered item. */
export type Answers = Readonly<Record<string, AnswerValue>>;

// Simulated respondents, expectations and pinned figures.
export type SimulationModelName = z.infer<typeof S.SimulationModel>;
export type Expectations = z.infer<typeof S.Expectations>;
export type ExpectedFigures = z.infer<typeof S.ExpectedFigures>;
