// A LineError of compare or norms as the exit code it stands for (docs/cli.md).
import { EXIT, ExitError } from "../../cli/exit.ts";
import { LineError } from "../../compare/errors.ts";

export async function lineExit<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof LineError)
      throw new ExitError(e.kind === "usage" ? EXIT.usage : EXIT.invalid, [e.line]);
    throw e;
  }
}
