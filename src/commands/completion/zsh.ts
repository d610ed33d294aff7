// The zsh completion script, with descriptions in the user's language.
import { REPEATED } from "./bash.ts";
import { header, type OptionShape, type ProgramShape } from "./shape.ts";

/** A text inside '...' and inside an _arguments [description]. */
const quoted = (s: string) => s.replace(/([[\]:\\])/g, "\\$1").replace(/'/g, "'\\''");

function optionSpecs(options: OptionShape[]): string[] {
  return options.map((o) => {
    const names = [o.long, o.short].filter(Boolean) as string[];
    const value = o.value
      ? o.choices.length
        ? `:value:(${o.choices.join(" ")})`
        : ":file:_files"
      : "";
    const head = names.length > 1 ? `(${names.join(" ")})'{${names.join(",")}}'` : names[0];
    return `'${head}[${quoted(o.description)}]${value}'`;
  });
}

export function zshScript(p: ProgramShape): string {
  const fn = `_${p.name}`;
  const commands = p.commands.map((c) => `    '${quoted(c.name)}:${quoted(c.description)}'`);
  const cases = p.commands.map((c) => {
    const ids = `_${p.name}_ids ${c.ids} ${c.words.join(" ")}`;
    // Fixed words (`history forget`) are offered first only; later arguments are ids alone.
    const repeated = c.words.length
      ? `'1:id:{${ids}}' '*:id:{_${p.name}_ids ${c.ids}}'`
      : `'*:id:{${ids}}'`;
    const rest = c.ids
      ? REPEATED.has(c.name)
        ? repeated
        : `'1:id:{${ids}}' '*:file:_files'`
      : c.words.length
        ? `'1:word:(${c.words.join(" ")})' '*:file:_files'`
        : `'*:file:_files'`;
    return `        ${c.name}) _arguments ${[...optionSpecs(c.options), rest].join(" ")} ;;`;
  });
  return `#compdef ${p.name}
${header(p, "zsh", "source <(RUN completion zsh)", `RUN completion zsh > _${p.name}, in a folder of your $fpath`).join("\n")}
# Ids (and fixed words), asked for at each TAB; files too, as a path is as good as an id.
_${p.name}_ids() {
  local kind=$1; shift
  local -a ids
  ids=($@ \${(f)"$(${p.name} completion zsh --ids $kind 2>/dev/null)"})
  _alternative "ids:id:(\${ids[*]})" 'files:file:_files'
}
${fn}() {
  local curcontext="$curcontext" state line
  typeset -A opt_args
  local -a commands
  commands=(
${commands.join("\n")}
  )
  _arguments -C ${optionSpecs(p.globals).join(" ")} '1: :->command' '*:: :->args'
  case $state in
    command) _describe -t commands '${p.name} command' commands ;;
    args)
      case $line[1] in
${cases.join("\n")}
      esac ;;
  esac
}
if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
  ${fn} "$@"
else
  compdef ${fn} ${p.name}
fi
`;
}
