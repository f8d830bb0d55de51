import { Command } from "commander";
import { SpcError } from "../errors.js";
import { safeMessage } from "../text/for-people.js";
import { renderSvg } from "../render/index.js";
import { EXIT_CODES, handleCommandError } from "./command-error.js";
import { registerCommands } from "./commands/index.js";
import type { CliIo } from "./io.js";

export type { CliIo } from "./io.js";

/** Exit codes scripts can test: 0 ok, 1 invalid input, 2 usage, 3 I/O. */
export const EXIT = EXIT_CODES;

/**
 * Runs the `spc` command with the given arguments and returns its exit code.
 *
 * @example
 * ```ts
 * await runCli(["compute", "spec.json"], { stdout: console.log, stderr: console.error });
 * ```
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = new Command("spc")
    .description("Statistical process control charts for health-care improvement (qicharts2-compatible).")
    .exitOverride()
    // commander echoes arguments in its errors ("unknown option '…'"): control characters escaped.
    .configureOutput({ writeOut: io.stdout, writeErr: (text) => io.stderr(safeMessage(text, 20_000)) });
  registerCommands(program, io, { render: renderSvg });

  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (e) {
    const handled = handleCommandError(e, io);
    if (handled !== null) return handled;
    if (e instanceof SpcError) {
      io.stderr(`spc: invalid chart spec\n${e.message.replace(/^/gm, "  ")}\n`);
      return EXIT.invalidInput;
    }
    throw e;
  }
}
