// The French texts written in reflet's source: every string in a French catalogue (`fr`, or a
// constant named fr…/FR_…) or under a `fr:` key, found through TypeScript's own parser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

export interface FrenchString {
  file: string;
  line: number;
  /** The literal as written between its quotes. */
  text: string;
  start: number;
  end: number;
}

const frenchName = (name: string) => name === "fr" || /^(fr[A-Z_]|FR_)/.test(name);

function isFrench(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === "fr") return true;
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && frenchName(n.name.text))
      return true;
  }
  return false;
}

const LITERAL = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
  ts.SyntaxKind.TemplateMiddle,
  ts.SyntaxKind.TemplateTail,
]);

export function frenchStrings(src: string): FrenchString[] {
  const out: FrenchString[] = [];
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".ts"),
  );
  for (const name of files) {
    const file = join(src, name);
    const text = readFileSync(file, "utf8");
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (LITERAL.has(node.kind) && isFrench(node)) {
        const start = node.getStart(source);
        const end = node.getEnd();
        out.push({
          file,
          line: source.getLineAndCharacterOfPosition(start).line + 1,
          text: text.slice(start, end),
          start,
          end,
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** A straight apostrophe between letters (or before a substitution), as in « l'option ». */
export const STRAIGHT = /(?<=\p{L})'(?=\p{L}|\$\{)/gu;
