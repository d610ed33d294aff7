// The table of commands. Specs are light; each action is imported only when it runs.

import { batch } from "../commands/batch/spec.ts";
import { checkin } from "../commands/checkin/spec.ts";
import { compare } from "../commands/compare/spec.ts";
import { completion } from "../commands/completion/spec.ts";
import { history } from "../commands/history/spec.ts";
import { journal } from "../commands/journal/spec.ts";
import { list } from "../commands/list/spec.ts";
import { norms } from "../commands/norms/spec.ts";
import { progress } from "../commands/progress/spec.ts";
import { run } from "../commands/run/spec.ts";
import { schema } from "../commands/schema/spec.ts";
import { score } from "../commands/score/spec.ts";
import { template } from "../commands/template/spec.ts";
import { test } from "../commands/test/spec.ts";
import { validate } from "../commands/validate/spec.ts";
import type { CommandSpec } from "./command.ts";

export const COMMANDS: CommandSpec[] = [
  run,
  list,
  score,
  batch,
  compare,
  norms,
  template,
  validate,
  test,
  schema,
  history,
  journal,
  checkin,
  progress,
  completion,
];
