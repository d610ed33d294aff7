// Columns read beside the answers: the --group-by column (a team, a site, a shift) and the
// timestamp a Forms export puts first (Google's "Horodateur", Microsoft's "Heure de fin"),
// which dates each person's answers in their report.
import { normalizeLabel } from "../../load/cells.ts";
import { findTimeColumn } from "./timestamp.ts";

export interface SideColumns {
  /** The --group-by column; null without --group-by. */
  group: number | null;
  /** The column of timestamps, if the header has one. */
  timestamp: number | null;
}

/** The side columns of a header, or the --group-by name when no column has it. */
export function sideColumns(
  header: readonly string[],
  groupBy?: string,
): { ok: true; side: SideColumns } | { ok: false; missing: string } {
  const names = header.map(normalizeLabel);
  let group: number | null = null;
  if (groupBy !== undefined) {
    group = names.indexOf(normalizeLabel(groupBy));
    if (group < 0) return { ok: false, missing: groupBy };
  }
  return { ok: true, side: { group, timestamp: findTimeColumn(header)?.index ?? null } };
}

/** A cell as a group name: trimmed, null when empty. */
export const groupName = (cell: string | undefined): string | null => {
  const text = (cell ?? "").trim();
  return text === "" ? null : text;
};
