// The program's compiled code kept between runs (src/cli/code-cache.ts): written once per build
// and command, used as it is the next time, and never trusted when it is cut short or grown,
// made for another build or by V8 for something else, or kept in a folder others may write in.
import { createHash } from "node:crypto";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { codeName, frame, unframe } from "../../src/cli/code-cache.ts";
import { mini, reflet, root, tempDir } from "../security/helpers.ts";

const questionnaire = join(tempDir(), "mini.yaml");
writeFileSync(questionnaire, mini);
const validate = (home: string) =>
  reflet(["validate", questionnaire], { env: { REFLET_HOME: home } });
const codeDir = (home: string) => join(home, "cache", "code");

/** A data folder after one run of validate, and what that run wrote and said. */
function firstRun() {
  const home = tempDir("reflet-home-");
  const run = validate(home);
  expect(run.code, run.stderr).toBe(0);
  const names = readdirSync(codeDir(home));
  expect(names).toHaveLength(1);
  const file = join(codeDir(home), names[0] as string);
  return { home, run, file, name: names[0] as string };
}

/** Whether `file` holds V8's data for the program: whole, and as big as a run's code. */
const wholeCode = (file: string) => (unframe(readFileSync(file))?.length ?? 0) > 100_000;

describe("the code cache", () => {
  it("is written by the first run, named by the program and the command, closed to others", () => {
    const { file, name } = firstRun();
    // The name holds a hash of the program's bytes: any change to the program changes it.
    const program = readFileSync(join(root, "dist", "reflet.cjs"));
    const id = createHash("sha256").update(program).digest("hex").slice(0, 16);
    expect(name).toBe(`${id}-validate.bin`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(wholeCode(file)).toBe(true);
  });

  it("is used by the next batch too, though a batch changes V8's heap flags as it runs", () => {
    const home = tempDir("reflet-home-");
    const csv = join(tempDir(), "team.csv");
    writeFileSync(csv, "participant,c1,c2,c3,s1,note\nann,1,2,3,,\nbob,3,2,1,,\n");
    const batch = () => reflet(["batch", questionnaire, csv], { env: { REFLET_HOME: home } });
    const batchCode = () =>
      existsSync(codeDir(home))
        ? readdirSync(codeDir(home)).find((n) => n.endsWith("-batch.bin"))
        : undefined;
    const first = batch();
    // The first run checked the questionnaire in full (YAML reader, schema): code the next
    // runs, answered from the questionnaire cache, do not run, so it is not kept.
    expect(batchCode()).toBeUndefined();
    expect(batch()).toEqual(first);
    const file = join(codeDir(home), batchCode()!);
    const before = statSync(file);
    expect(batch()).toEqual(first);
    // Code stamped with the batch's flags would be refused, then written again.
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).ino).toBe(before.ino);
  });

  it("is used as it is by the next run, which answers the same", () => {
    const { home, run, file } = firstRun();
    const before = statSync(file);
    const again = validate(home);
    expect(again).toEqual(run);
    // V8 took it: a cache it refused would have been written again.
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(statSync(file).ino).toBe(before.ino);
  });

  it("is replaced, not used, when cut short, grown or not marked as reflet's", () => {
    const { home, run, file } = firstRun();
    const bytes = readFileSync(file);
    const unmarked = Buffer.from(bytes);
    unmarked[0] = (unmarked[0] as number) ^ 0xff;
    // Longer than the program: read on its own, not through the program's buffer.
    const program = statSync(join(root, "dist", "reflet.cjs")).size;
    const grown = Buffer.concat([bytes, Buffer.alloc(program)]);
    const cut = bytes.subarray(0, bytes.length >> 1);
    for (const broken of [unmarked, cut, Buffer.alloc(0), grown]) {
      writeFileSync(file, broken);
      expect(validate(home)).toEqual(run);
      expect(wholeCode(file)).toBe(true);
    }
  });

  it("is replaced when V8 refuses it: whole, but not code for this program", () => {
    const { home, run, file } = firstRun();
    writeFileSync(file, frame(Buffer.from("not code for this program, nor for any other")));
    expect(validate(home)).toEqual(run);
    expect(wholeCode(file)).toBe(true);
  });

  it("of another program is not used, and goes when this one writes its own", () => {
    const { home, run, file, name } = firstRun();
    const other = join(codeDir(home), name.replace(/^[0-9a-f]{16}/, "0123456789abcdef"));
    copyFileSync(file, other);
    rmSync(file);
    expect(validate(home)).toEqual(run);
    expect(readdirSync(codeDir(home))).toEqual([name]);
  });

  it("is neither read nor written in a folder others may write in", () => {
    const home = tempDir("reflet-home-");
    mkdirSync(codeDir(home), { recursive: true, mode: 0o700 });
    chmodSync(codeDir(home), 0o777);
    const run = validate(home);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(codeDir(home))).toEqual([]);
  });

  it("is kept by a run that stops early too, but never makes the cache folder", () => {
    // The cache folder is there (a first run made it): a run refused at once keeps its code.
    const { home, name } = firstRun();
    const refused = reflet(["run", questionnaire], { env: { REFLET_HOME: home } });
    expect(refused.code).toBe(2);
    expect(readdirSync(codeDir(home)).sort()).toEqual([name.replace("validate", "run"), name]);
    // Help reads no questionnaire: the data folder is not even made.
    const fresh = join(tempDir(), "home");
    expect(reflet(["--help"], { env: { REFLET_HOME: fresh } }).code).toBe(0);
    expect(existsSync(fresh)).toBe(false);
  });

  it("is left alone with --debug, where Node loads the program itself to map its stack", () => {
    const home = tempDir("reflet-home-");
    const run = reflet(["validate", questionnaire, "--debug"], { env: { REFLET_HOME: home } });
    expect(run.code, run.stderr).toBe(0);
    expect(existsSync(codeDir(home))).toBe(false);
    expect(validate(home).code).toBe(0);
    expect(readdirSync(codeDir(home))).toHaveLength(1);
  });
});

describe("a cache file's bytes", () => {
  const data = Buffer.from("what V8 made");

  it("give back V8's data when whole, nothing when cut, grown or not marked", () => {
    const framed = frame(data);
    expect(unframe(framed)?.equals(data)).toBe(true);
    expect(unframe(framed.subarray(0, framed.length - 1))).toBeUndefined();
    expect(unframe(Buffer.concat([framed, Buffer.from("x")]))).toBeUndefined();
    expect(unframe(framed.subarray(0, framed.length - data.length))).toBeUndefined();
    const unmarked = Buffer.from(framed);
    unmarked[0] = (unmarked[0] as number) ^ 1;
    expect(unframe(unmarked)).toBeUndefined();
  });

  it("are named by the command typed; anything else shares one name", () => {
    expect(codeName("b", "score")).toBe("b-score.bin");
    expect(codeName("b", "--lang")).toBe("b-main.bin");
    expect(codeName("b", "../../x")).toBe("b-main.bin");
    expect(codeName("b", undefined)).toBe("b-main.bin");
  });
});
