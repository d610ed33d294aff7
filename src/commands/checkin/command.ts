// reflet checkin: its options and help, as data.
import { command, commandTable } from "../../cli/command.ts";

export const checkinTable = commandTable({
  name: "checkin",
  description: {
    fr: "faire le point sur vos engagements : essayé ou pas, ce qui s’est passé, ce qui a freiné, la suite",
    en: "check in on your commitments: tried or not, what happened, what got in the way, what next",
  },
  args: [],
  options: {
    all: {
      kind: "flag",
      help: {
        fr: "faire le point sur tous les engagements en cours, pas seulement ceux prévus",
        en: "check in on every open commitment, not only those due",
      },
    },
  },
  examples: ["reflet checkin", "reflet checkin --all", "reflet progress"],
});

export const checkin = command(checkinTable, () => import("./index.ts"));
