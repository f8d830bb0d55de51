import { Command, Option } from "commander";
import { SpcError, formatIssue } from "../errors.js";
import { renderSvg } from "../render/index.js";
import { EXIT_CODES, handleCommandError } from "./command-error.js";
import { registerCommands } from "./commands/index.js";
import type { CliIo } from "./io.js";
import { resolveCliLang, say } from "./messages.js";

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
  // The language first: the help texts are set as the program is built.
  const lang = resolveCliLang(argv, io.env ?? process.env);
  const program = new Command("spc")
    .description("Statistical process control charts for health-care improvement (qicharts2-compatible).")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    // Program options only before the command: `spc chart … --lang en` is chart's own --lang.
    .enablePositionalOptions()
    .addOption(new Option("--lang <lang>", "language of messages and help (default: from LC_ALL, LC_MESSAGES or LANG)").choices(["nb", "en"]));
  registerCommands(program, io, { render: renderSvg, lang });

  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (e) {
    const handled = handleCommandError(e, io);
    if (handled !== null) return handled;
    if (e instanceof SpcError) {
      const lines = e.issues.map((issue) => formatIssue(issue, { lang }));
      io.stderr(`${say("invalid_spec", {})}\n${lines.join("\n").replace(/^/gm, "  ")}\n`);
      return EXIT.invalidInput;
    }
    throw e;
  }
}
