// The table of commands. Specs are light; each action is imported only when it runs.

import { batch } from "../commands/batch/command.ts";
import { checkin } from "../commands/checkin/command.ts";
import { compare } from "../commands/compare/command.ts";
import { completion } from "../commands/completion/command.ts";
import { history } from "../commands/history/command.ts";
import { journal } from "../commands/journal/command.ts";
import { list } from "../commands/list/command.ts";
import { norms } from "../commands/norms/command.ts";
import { progress } from "../commands/progress/command.ts";
import { run } from "../commands/run/command.ts";
import { schema } from "../commands/schema/command.ts";
import { score } from "../commands/score/command.ts";
import { selftest } from "../commands/selftest/command.ts";
import { share } from "../commands/share/command.ts";
import { template } from "../commands/template/command.ts";
import { validate } from "../commands/validate/command.ts";
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
  selftest,
  schema,
  history,
  journal,
  checkin,
  progress,
  share,
  completion,
];
