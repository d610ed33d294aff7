// Completion of ids driven by the shells themselves, with the script reflet generates: fish
// answers `complete -C LINE`; zsh runs in a pseudo-terminal, a TAB is typed and every word its
// completers offer is captured. A shell that is not installed skips its test (saying so in its
// name); completion-ids.test.ts checks what each script calls wherever it runs.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CompletionPlace, completionPlace } from "./completion-env.ts";
import { SAFETY_MS, SESSION_TEST_MS, spawnProgram } from "./terminal.ts";

const installed = (shell: string) =>
  spawnSync("sh", ["-c", `command -v ${shell}`], { encoding: "utf8" }).status === 0;

const title = (shell: string, what: string) =>
  installed(shell)
    ? `${what} in ${shell}`
    : `${what} in ${shell} (skipped: ${shell} is not installed here)`;

/** The lines typed, each ending where TAB is pressed, and the words completion offers for them. */
const CASES: [string, string[]][] = [
  ["reflet run re", ["reclamations"]],
  ["reflet run desk lo", ["long"]],
  ["reflet history ", ["desk", "forget"]],
  ["reflet history forget ", ["desk"]],
  ["reflet journal d", ["desk"]],
];

function fishOffers(place: CompletionPlace, line: string): string[] {
  const r = spawnSync(
    "fish",
    ["--no-config", "-c", `reflet completion fish | source; complete -C '${line}'`],
    { ...place, encoding: "utf8", timeout: SAFETY_MS },
  );
  expect(r.stderr).toBe("");
  // Each line: the word, then a tab and its description.
  return r.stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => l.split("\t")[0] as string)
    .sort();
}

// Loaded by zsh -i: the script, and a key (Ctrl-X) that shows what the TAB before it offered.
const ZSHRC = `PROMPT='READY%# '
autoload -U compinit && compinit -u -d "$ZDOTDIR/zcompdump"
source <(reflet completion zsh)
compadd() {
  # Calls that only ask what would match (-O, -A, -D) add nothing: not captured.
  if [[ -z \${@[(r)-[OAD]]} ]]; then
    local -a offered
    builtin compadd -O offered "$@"
    (( $#offered )) && print -rl -- $offered >> "$ZDOTDIR/offered"
  fi
  builtin compadd "$@"
}
_show_offered() {
  zle -M "@@<\${(j:,:)\${(f)"$(<$ZDOTDIR/offered)"}}>@@"
  : > "$ZDOTDIR/offered"
  BUFFER=
}
zle -N _show_offered
bindkey '^X' _show_offered
`;

describe("completion of ids, driven by the shell", () => {
  it.skipIf(!installed("fish"))(title("fish", "questionnaire and history ids"), () => {
    const place = completionPlace();
    for (const [line, words] of CASES) expect(fishOffers(place, line), line).toEqual(words);
  });

  it.skipIf(!installed("zsh"))(
    title("zsh", "questionnaire and history ids"),
    async () => {
      const place = completionPlace();
      const dot = place.env.HOME as string;
      writeFileSync(join(dot, ".zshrc"), ZSHRC);
      writeFileSync(join(dot, "offered"), "");
      const zsh = spawnProgram("zsh", ["-i"], { ...place.env, ZDOTDIR: dot }, place.cwd, {
        cols: 250,
        rows: 40,
      });
      await zsh.waitFor("READY");
      for (const [line, words] of CASES) {
        zsh.type(`${line}\t\u0018`);
        await zsh.waitFor(/@@<[^>]*>@@/);
        expect(lastShown(zsh.output()), line).toEqual(words);
      }
      zsh.type("exit\r");
      expect(await zsh.exit).toBe(0);
      expect(readFileSync(join(dot, "offered"), "utf8")).toBe("");
    },
    SESSION_TEST_MS,
  );
});

/** The words in the last whole mark _show_offered printed. */
function lastShown(output: string): string[] {
  const marks = [...output.matchAll(/@@<([^>]*)>@@/g)];
  return (marks.at(-1)?.[1] ?? "").split(",").filter(Boolean).sort();
}
