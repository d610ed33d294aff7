// The one module that decides whether to colour. Colour only on a terminal, never with
// NO_COLOR (any non-empty value, per no-color.org, even with FORCE_COLOR) or --no-color;
// otherwise FORCE_COLOR forces it (tests, `less -R`).
import { Chalk } from "chalk";

export interface ColourChoice {
  /** Asked only when the environment and the flag leave it open. */
  isTTY: boolean | (() => boolean);
  env: NodeJS.ProcessEnv;
  /** false when --no-color was given. */
  flag?: boolean;
}

/** One style: its arguments joined by spaces, as chalk writes them. */
export type Paint = (...text: unknown[]) => string;

/** The styles reflet uses: a chalk instance, or PLAIN without colour. */
export interface Colour {
  level: 0 | 1 | 2 | 3;
  bold: Paint;
  dim: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  cyan: Paint;
}

export function colourLevel({ isTTY, env, flag }: ColourChoice): 0 | 1 | 2 | 3 {
  if (flag === false) return 0;
  if (env.NO_COLOR) return 0;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR === "0" ? 0 : 1;
  if (!(typeof isTTY === "function" ? isTTY() : isTTY) || env.TERM === "dumb") return 0;
  return env.COLORTERM === "truecolor" ? 3 : 1;
}

// What chalk writes at level 0, without chalk: most runs have no colour, and setting chalk up
// (its styles, built when it is first used: scripts/bundle-plugins.mjs) costs them start-up time.
const plain: Paint = (...text) => (text.length === 1 ? `${text[0]}` : text.join(" "));
export const PLAIN: Colour = {
  level: 0,
  bold: plain,
  dim: plain,
  red: plain,
  green: plain,
  yellow: plain,
  cyan: plain,
};

export function makeColour(choice: ColourChoice): Colour {
  const level = colourLevel(choice);
  return level === 0 ? PLAIN : new Chalk({ level });
}
