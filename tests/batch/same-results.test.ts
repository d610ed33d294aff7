import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { fixture, jsonLines } from "./helpers.ts";

interface Target {
  id: string;
  status: string;
  score: number | null;
  percent: number | null;
  band: string | null;
}
interface Record {
  participant: string;
  targets: Target[];
  archetype: string | null;
  flags: string[];
}

const team = fixture("team.yaml");

async function batch(...args: string[]): Promise<Record[]> {
  const run = await runCli(["batch", team, ...args, "--format", "jsonl"]);
  expect(run.stderr).toMatch(/\b0 rejected\b/);
  expect(run.code).toBe(0);
  return jsonLines(run.stdout) as Record[];
}

/** What `reflet score` says of one answers file, in the shape of a batch record. */
async function scored(file: string): Promise<Omit<Record, "participant">> {
  const run = await runCli(["score", team, "--answers", fixture(file), "--format", "json"]);
  expect(run.code).toBe(0);
  const r = JSON.parse(run.stdout) as {
    dimensions: (Target & { facets: Target[] })[];
    profile: { id: string } | null;
    flags: { id: string }[];
  };
  const pick = ({ id, status, score, percent, band }: Target) => ({
    id,
    status,
    score,
    percent,
    band,
  });
  return {
    targets: r.dimensions.flatMap((d) => [pick(d), ...d.facets.map(pick)]),
    archetype: r.profile?.id ?? null,
    flags: r.flags.map((f) => f.id),
  };
}

const essentials = (r: Record) => ({
  participant: r.participant,
  targets: r.targets.map(({ id, status, score, percent, band }) => ({
    id,
    status,
    score,
    percent,
    band,
  })),
  archetype: r.archetype,
  flags: r.flags,
});

describe("the same answers give the same results everywhere", () => {
  let files: ReturnType<typeof essentials>[] = [];
  let ids: typeof files = [];
  let forms: typeof files = [];
  beforeAll(async () => {
    files = (await batch(fixture("answers"))).map(essentials);
    ids = (await batch(fixture("ids.csv"))).map(essentials);
    forms = (await batch(fixture("forms.csv"), "--id-column", "Nom")).map(essentials);
  });

  it("reflet score and reflet batch on answers files agree", async () => {
    expect(files.map((r) => r.participant)).toEqual(["alice", "bob", "carol"]);
    for (const [i, file] of [
      "answers/alice.yaml",
      "answers/bob.json",
      "answers/carol.yaml",
    ].entries()) {
      const { participant: _, ...rest } = files[i] as Record;
      expect(rest, file).toEqual(await scored(file));
    }
  });

  it("a CSV of ids and numbers gives what the answers files give", () => {
    expect(ids).toEqual(files);
  });

  it("a Forms export with question texts as headers and labels as answers gives the same", () => {
    expect(forms).toEqual(ids);
  });

  it("the JSON array holds the same records as the JSON Lines", async () => {
    const run = await runCli(["batch", team, fixture("ids.csv"), "--format", "json"]);
    expect(JSON.parse(run.stdout)).toEqual(
      jsonLines((await runCli(["batch", team, fixture("ids.csv"), "--format", "jsonl"])).stdout),
    );
  });

  it("answers on standard input score like the same file", async () => {
    const csv = await runCli(["batch", team, "-", "--format", "jsonl"], {
      stdin:
        (await runCli(["template", team, "--format", "csv"])).stdout.trim() +
        "\nzoe,5,1,4,2,5,1,4,listen,break,\n",
    });
    expect(csv.code).toBe(0);
    const yaml = await runCli(["batch", team, "-", "--format", "jsonl"], {
      stdin:
        "questionnaire: equipe\nparticipant: zoe\nanswers: {c1: 5, c2: 1, c3: 4, c4: 2, a1: 5, a2: 1, a3: 4, s1: listen, m1: [break]}\n",
    });
    expect(yaml.code).toBe(0);
    expect((jsonLines(csv.stdout) as Record[]).map(essentials)).toEqual(
      (jsonLines(yaml.stdout) as Record[]).map(essentials),
    );
  });
});
