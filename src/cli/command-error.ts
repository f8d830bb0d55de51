/**
 * How the commands in `commands/` fail: an exit code scripts can test and the lines to print,
 * already formatted (`file:line:column: message`), so that nothing is prefixed to them.
 *
 * @module
 */
import { CommanderError } from "commander";
import type { CliIo } from "./io.js";
import { safeMessage } from "../text/for-people.js";

/**
 * Exit codes: 0 ok, 1 invalid input (a bad plan, spec or data file), 2 usage (a bad option or
 * column name on the command line), 3 I/O (a file that cannot be read or written). run.ts
 * exports them as `EXIT`.
 *
 * @example
 * ```ts
 * process.exitCode = EXIT_CODES.invalidInput;
 * ```
 */
export const EXIT_CODES = { ok: 0, invalidInput: 1, usage: 2, io: 3 } as const;

/** An exit code of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/**
 * A command's failure: its exit code and the lines for standard error.
 *
 * @example
 * ```ts
 * throw new CommandError(EXIT_CODES.io, ["data.csv: cannot read (ENOENT)"]);
 * ```
 */
export class CommandError extends Error {
  override readonly name = "CommandError";
  readonly exitCode: ExitCode;
  readonly lines: readonly string[];

  constructor(exitCode: ExitCode, lines: readonly string[]) {
    super(lines.join("\n"));
    this.exitCode = exitCode;
    this.lines = lines;
  }
}

/**
 * Prints a {@link CommandError} and returns its exit code; `null` for any other error, which
 * the caller handles as before. Commander's own errors (unknown option, bad choice) are usage.
 *
 * @example
 * ```ts
 * } catch (e) {
 *   const code = handleCommandError(e, io);
 *   if (code !== null) return code;
 *   …
 * }
 * ```
 */
export function handleCommandError(error: unknown, io: CliIo): number | null {
  if (error instanceof CommandError) {
    // The last guard for user text (a file name, a cell) that reached a line unquoted.
    for (const line of error.lines) io.stderr(`${safeMessage(line)}\n`);
    return error.exitCode;
  }
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  return null;
}
