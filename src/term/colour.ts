// The one module that decides whether to colour. Colour only on a terminal, never with
// NO_COLOR (any non-empty value, per no-color.org, even with FORCE_COLOR) or --no-color;
// otherwise FORCE_COLOR forces it (tests, `less -R`).
import { Chalk, type ChalkInstance } from "chalk";

export interface ColourChoice {
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** false when --no-color was given. */
  flag?: boolean;
}

export function colourLevel({ isTTY, env, flag }: ColourChoice): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === "0" ? 0 : 1;
  if (!isTTY || env.TERM === "dumb") return 0;
  return env.COLORTERM === "truecolor" ? 3 : 1;
}

export function makeColour(choice: ColourChoice): ChalkInstance {
  return new Chalk({ level: colourLevel(choice) });
}

export type Colour = ChalkInstance;
