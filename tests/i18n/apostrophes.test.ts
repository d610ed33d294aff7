// reflet's own French uses the typographic apostrophe (’), as the questionnaires do. A shell
// quote in a command example ('mon fichier.yaml') is not between two letters and passes.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { root } from "../security/helpers.ts";
import { frenchStrings, STRAIGHT } from "./french-strings.ts";

const strings = frenchStrings(join(root, "src"));

describe("French apostrophes", () => {
  it("finds the French texts of the catalogues, the option tables and commander's words", () => {
    expect(strings.length).toBeGreaterThan(1000);
    const texts = strings.map((s) => s.text);
    expect(texts).toContainEqual(expect.stringContaining("Ne s’applique pas"));
    expect(texts).toContainEqual(expect.stringContaining("erreur : l’option"));
  });

  it("no French text of reflet's own has a straight apostrophe between letters", () => {
    const straight = strings
      .filter((s) => s.text.match(STRAIGHT) !== null)
      .map((s) => `${s.file.slice(root.length)}:${s.line}: ${s.text}`);
    expect(straight).toEqual([]);
  });

  it("the check sees a straight apostrophe, and not a shell quote", () => {
    expect("« l'option »".match(STRAIGHT)).not.toBeNull();
    expect(["d'", "{x}"].join("$").match(STRAIGHT)).not.toBeNull();
    expect("reflet run 'mon fichier.yaml'".match(STRAIGHT)).toBeNull();
  });
});
