// `reflet --version`, answered by the entry (src/main.ts) before the program is loaded.
import { detectLang } from "../i18n/lang.ts";
import { describeWriteFailure, stdoutName } from "../io/messages.ts";
import { directOut } from "../io/stdout.ts";

/**
 * Writes `version` straight to standard output (io/stdout.ts). A closed pipe is no failure;
 * anything else is said in one line, as the program says it (cli/run.ts), with exit code 1.
 */
export function writeVersion(version: string): void {
  const failed = (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") return;
    const lang = detectLang(undefined, process.env);
    process.stderr.write(`${describeWriteFailure(stdoutName(lang), e.code ?? String(e), lang)}\n`);
    process.exitCode = 1;
  };
  directOut(1, () => process.stdout, failed).write(`${version}\n`);
}
