import { type CommandSpec, examples } from "../../cli/command.ts";

const OPTIONS = [
  {
    flags: "--all",
    en: "check in on every open commitment, not only those due",
    fr: "faire le point sur tous les engagements en cours, pas seulement ceux prévus",
  },
] as const;

export const checkin: CommandSpec = {
  name: "checkin",
  define(cmd, lang) {
    const fr = lang === "fr";
    cmd.description(
      fr
        ? "faire le point sur vos engagements : essayé ou pas, ce qui s'est passé, ce qui a freiné, la suite"
        : "check in on your commitments: tried or not, what happened, what got in the way, what next",
    );
    for (const o of OPTIONS) cmd.option(o.flags, fr ? o.fr : o.en);
    examples(cmd, lang, ["reflet checkin", "reflet checkin --all", "reflet progress"]);
  },
  load: () => import("./index.ts"),
};
