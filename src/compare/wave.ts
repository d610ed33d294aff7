// One wave of a team as compare reads it: the people of a batch result file, each with the
// 0-100 percent and band of every dimension and facet. Only what a comparison needs is kept.

export interface TargetValue {
  /** The 0-100 percent; null when the person did not answer enough (status insufficient). */
  percent: number | null;
  band: string | null;
}

export interface Person {
  participant: string;
  /** The value of the --group-by field; null without --group-by or when empty. */
  group: string | null;
  /** The record's line in its file (1 for the whole array of a JSON file). */
  line: number;
  /** The sheet said too little for a profile: scored, but not counted toward --min-group. */
  lowInformation: boolean;
  targets: Map<string, TargetValue>;
}

export interface Wave {
  /** As the user gave it, for messages. */
  file: string;
  questionnaire: { id: string; version: string };
  people: Person[];
}
