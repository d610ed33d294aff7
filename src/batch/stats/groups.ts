// The team summary per group (--group-by): one accumulator per group, and the withholding
// rule of compare's groups (groupsToWithhold): a group under --min-group is hidden, and so are
// the smallest shown ones while the hidden ones could be worked out as the team's figures
// less the shown groups'.

import type { Model } from "../../model/model.ts";
import { groupsToWithhold } from "../../stats/withhold.ts";
import type { Scored } from "../types.ts";
import { type GroupSummary, SummaryAccumulator } from "./summary.ts";

export class GroupedSummary {
  private readonly groups = new Map<string | null, SummaryAccumulator>();

  constructor(private readonly model: Model) {}

  add(s: Scored): void {
    const name = s.entry.group ?? null;
    let acc = this.groups.get(name);
    if (!acc) {
      acc = new SummaryAccumulator(this.model, false);
      this.groups.set(name, acc);
    }
    acc.add(s);
  }

  /** Groups in name order, the people without a group last. */
  finish(minGroup: number): GroupSummary[] {
    const names = [...this.groups.keys()].sort((a, b) =>
      a === null ? 1 : b === null ? -1 : a.localeCompare(b),
    );
    const accs = names.map((n) => this.groups.get(n) as SummaryAccumulator);
    const count = accs[0]?.targetCount ?? 0;
    const hidden = Array.from({ length: count }, (_, t) =>
      groupsToWithhold(
        accs.map((a) => a.basis(t)),
        minGroup,
      ),
    );
    return names.map((name, g) => {
      const acc = accs[g] as SummaryAccumulator;
      return {
        name,
        scored: acc.scored,
        targets: acc.groupTargets(minGroup, (t) => hidden[t]?.[g] === true),
      };
    });
  }
}
