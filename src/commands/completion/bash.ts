// The bash completion script: commands, then each command's options and their values.
import { header, type OptionShape, type ProgramShape } from "./shape.ts";

const flags = (o: OptionShape) => [o.long, o.short].filter((f): f is string => !!f);
const words = (list: string[]) => list.join(" ");

/** Commands that take ids after their first argument too (`run A B`, `history forget ID`). */
export const REPEATED = new Set(["run", "history"]);

function valueCases(options: OptionShape[]): string[] {
  const out: string[] = [];
  for (const o of options.filter((x) => x.value)) {
    const reply = o.choices.length
      ? `COMPREPLY=($(compgen -W "${words(o.choices)}" -- "$cur"))`
      : `COMPREPLY=($(compgen -f -- "$cur"))`;
    out.push(`        ${flags(o).join("|")}) ${reply}; return ;;`);
  }
  return out;
}

export function bashScript(p: ProgramShape): string {
  const globalsWithValue = p.globals.filter((o) => o.value).flatMap(flags);
  const commandCases = p.commands.map((c) => {
    const options = [...c.options, ...p.globals.filter((g) => g.long !== "--help")];
    // Ids are asked for at each TAB: they change as questionnaires and results come and go.
    const ids = c.ids ? ` $(${p.name} completion bash --ids ${c.ids} 2>/dev/null)` : "";
    const later = c.ids && REPEATED.has(c.name);
    return [
      `    ${c.name})`,
      `      case "$prev" in`,
      ...valueCases(options),
      "      esac",
      `      if [[ "$cur" == -* ]]; then`,
      `        COMPREPLY=($(compgen -W "${words(options.flatMap(flags))}" -- "$cur"))`,
      ...(c.words.length || ids
        ? [
            `      elif [[ $COMP_CWORD -eq $((i + 1)) ]]; then`,
            `        COMPREPLY=($(compgen -W "${`${words(c.words)}${ids}`.trim()}" -- "$cur"))`,
          ]
        : []),
      "      else",
      // Nothing found falls back to file names (complete -o default).
      later
        ? `        COMPREPLY=($(compgen -W "${ids.trim()}" -- "$cur"))`
        : `        COMPREPLY=($(compgen -f -- "$cur"))`,
      "      fi",
      "      return ;;",
    ].join("\n");
  });
  return `${header(p, "bash", "source <(RUN completion bash)", `RUN completion bash > ~/.local/share/bash-completion/completions/${p.name}`).join("\n")}
_${p.name}_complete() {
  local cur prev cmd i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      ${globalsWithValue.join("|") || "--"}) ((i++)) ;;
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd" in
    "")
      case "$prev" in
${valueCases(p.globals)
  .map((l) => `  ${l}`)
  .join("\n")}
      esac
      COMPREPLY=($(compgen -W "${words([...p.commands.map((c) => c.name), ...p.globals.flatMap(flags)])}" -- "$cur"))
      return ;;
${commandCases.join("\n")}
  esac
}
complete -o default -F _${p.name}_complete ${p.name}
`;
}
