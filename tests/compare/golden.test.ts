// The comparison page compared with golden files in tests/golden/compare/, in French and
// English. After a wanted change, UPDATE_GOLDEN=1 npx vitest run tests/compare/golden.test.ts
// rewrites them: read the diff before committing it.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/in-process.ts";
import { read, scoreWaves, team } from "./helpers.ts";

const golden = fileURLToPath(new URL("../golden/compare/", import.meta.url));

function compareGolden(text: string, name: string): void {
  const file = join(golden, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(golden, { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${name} is missing: run with UPDATE_GOLDEN=1`).toBe(true);
  expect(text, name).toBe(readFileSync(file, "utf8"));
}

let dir = "";
beforeAll(async () => {
  dir = await scoreWaves();
});

describe.each(["en", "fr"])("the comparison page in %s", (lang) => {
  it("as HTML and Markdown", async () => {
    for (const ext of ["html", "md"]) {
      const name = `impact.${lang}.${ext}`;
      const r = await runCli(
        [
          "compare",
          "before.jsonl",
          "after.jsonl",
          "-q",
          team,
          "--reliability",
          "before-team.json",
          "--summary",
          name,
          "--lang",
          lang,
          "--force",
        ],
        { cwd: dir },
      );
      expect(r.code, r.stderr).toBe(0);
      compareGolden(read(dir, name), name);
    }
  });

  it("opens offline: a policy that forbids loading anything, and no address to load", () => {
    const html = readFileSync(join(golden, `impact.${lang}.html`), "utf8");
    expect(html).toContain(
      `content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`,
    );
    // The one address is the SVG namespace, which is a name, never fetched.
    const addresses = html.match(/\b(?:https?:)?\/\/[^\s"'<>]+/g) ?? [];
    expect(new Set(addresses)).toEqual(new Set(["http://www.w3.org/2000/svg"]));
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/i);
    // Every chart is whole: as many ends as starts, two charts per dimension and facet.
    expect(html.match(/<svg /g)?.length).toBe(8);
    expect(html.match(/<\/svg>/g)?.length).toBe(8);
  });
});
