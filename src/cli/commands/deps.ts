/**
 * What the commands need from outside: the chart renderer, standard input, the terminal and
 * today's date — injected, so that tests run the commands in-process.
 *
 * @module
 */
import type { RenderSvg } from "../../report/build.js";
import type { ReadStdin } from "../read-input.js";

/** The commands' dependencies. */
export interface CommandDeps {
  /** Draws a chart: `renderSvg` from src/render. */
  render: RenderSvg;
  /** Standard input as text; default `process.stdin`. */
  readStdin?: ReadStdin;
  /** Whether standard error is a terminal (for the progress bar); default `process.stderr.isTTY`. */
  stderrIsTTY?: boolean;
  /** Terminal width; default `process.stderr.columns`. */
  stderrColumns?: number;
  /** Today as `YYYY-MM-DD`; default `SOURCE_DATE_EPOCH` when set (reproducible builds), else the clock. */
  today?: () => string;
}

/**
 * Today's date for a report: `SOURCE_DATE_EPOCH` (seconds) when set, so that builds are
 * reproducible, else the local date of `now`. runCli passes the environment and clock it was
 * given; the defaults serve callers outside it.
 *
 * @example
 * ```ts
 * defaultToday({ SOURCE_DATE_EPOCH: "1763856000" }); // "2025-11-23"
 * ```
 */
export function defaultToday(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const d = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  const local = epoch !== undefined ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] : [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  return `${String(local[0]).padStart(4, "0")}-${String(local[1]).padStart(2, "0")}-${String(local[2]).padStart(2, "0")}`;
}
