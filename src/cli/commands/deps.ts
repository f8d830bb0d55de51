/**
 * What the commands need from outside: the chart renderer, standard input, the terminal and
 * today's date — injected, so that tests run the commands in-process.
 *
 * @module
 */
import type { RenderSvg } from "../../report/build.js";
import type { MessageLang } from "../../locale/message.js";
import type { ReadStdin } from "../read-input.js";
import { CommandError, EXIT_CODES } from "../command-error.js";
import { quoted } from "../../text/for-people.js";

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
  /** The language of messages and help (run.ts resolves it from --lang and the environment); default English. */
  lang?: MessageLang;
}

/** 9999-12-31T23:59:59Z in seconds: the last time a four-digit date can show. */
const MAX_EPOCH = 253402300799;

/**
 * Today's date for a report: `SOURCE_DATE_EPOCH` (seconds) when set, so that builds are
 * reproducible, else the local date of `now`. runCli passes the environment and clock it was
 * given; the defaults serve callers outside it.
 *
 * @throws {CommandError} exit code 2 when `SOURCE_DATE_EPOCH` is not whole seconds from 0 to the
 *   end of year 9999 (99999999999999 printed "Laget 0NaN-NaN-NaN").
 *
 * @example
 * ```ts
 * defaultToday({ SOURCE_DATE_EPOCH: "1763856000" }); // "2025-11-23"
 * ```
 */
export function defaultToday(env: Readonly<Record<string, string | undefined>> = process.env, now: Date = new Date()): string {
  const given = env.SOURCE_DATE_EPOCH;
  // Empty counts as unset (CI templates often export it empty); anything else must be a time.
  const epoch = given === undefined || given.trim() === "" ? undefined : given.trim();
  if (epoch !== undefined && !(/^\d{1,12}$/.test(epoch) && Number(epoch) <= MAX_EPOCH)) {
    throw new CommandError(EXIT_CODES.usage, [
      `spc: SOURCE_DATE_EPOCH is ${quoted(given ?? "")}: it must be whole seconds since 1970-01-01 (0 to ${MAX_EPOCH}, the end of year 9999); unset it to use today's date`,
    ]);
  }
  const d = epoch !== undefined ? new Date(Number(epoch) * 1000) : now;
  const local = epoch !== undefined ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()] : [d.getFullYear(), d.getMonth() + 1, d.getDate()];
  return `${String(local[0]).padStart(4, "0")}-${String(local[1]).padStart(2, "0")}-${String(local[2]).padStart(2, "0")}`;
}
