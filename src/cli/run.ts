import { Command, Option } from "commander";
import { SpcError, formatIssue } from "../errors.js";
import { safeMessage } from "../text/for-people.js";
import { renderSvg } from "../render/index.js";
import { EXIT_CODES, handleCommandError } from "./command-error.js";
import { registerCommands } from "./commands/index.js";
import { defaultToday, type CommandDeps } from "./commands/deps.js";
import type { CliIo } from "./io.js";
import { resolveCliLang, say } from "./messages.js";

export type { CliIo } from "./io.js";

/** Exit codes scripts can test: 0 ok, 1 invalid input, 2 usage, 3 I/O. */
export const EXIT = EXIT_CODES;

/** Nothing piped in: what standard input reads when `io.readStdin` is not given. */
const noStdin = async (): Promise<string> => "";

/**
 * Runs the `spc` command with the given arguments and returns its exit code. Everything it needs
 * from the process comes in `io` (main.ts fills it from `process`; tests pass their own), so the
 * commands never read `process` themselves.
 *
 * @param deps - replaces the commands' dependencies (tests: a stub renderer); default the real ones.
 * @example
 * ```ts
 * let out = "";
 * const code = await runCli(["schema"], { stdout: (t) => (out += t), stderr: console.error });
 * ```
 */
export async function runCli(argv: string[], given: CliIo, deps: Partial<CommandDeps> = {}): Promise<number> {
  const io = withSafeStderr(given);
  // The language first: the help texts are set as the program is built.
  const lang = resolveCliLang(argv, io.env ?? {});
  const program = new Command("spc")
    .description("Statistical process control charts for health-care improvement (qicharts2-compatible).")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    // Program options only before the command: `spc chart … --lang en` is chart's own --lang.
    .enablePositionalOptions()
    .addOption(new Option("--lang <lang>", "language of messages and help (default: from LC_ALL, LC_MESSAGES or LANG)").choices(["nb", "en"]));
  registerCommands(program, io, {
    render: renderSvg,
    readStdin: io.readStdin ?? noStdin,
    stderrIsTTY: io.stderrIsTTY ?? false,
    stderrColumns: io.stderrColumns ?? 80,
    today: () => defaultToday(io.env ?? {}, io.now?.() ?? new Date()),
    lang,
    ...deps,
  });

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

// The progress bar's own writes: a carriage return, our text, erase to the end of the line.
// eslint-disable-next-line no-control-regex
const PROGRESS = /^\r[^\u0000-\u001f\u007f-\u009f]*\u001b\[K$|^\r\u001b\[K$/;

/**
 * Standard error with control characters escaped in everything but the progress bar: user text
 * (a header, a cell, a file name, an argument commander echoes) reaches many messages, and an
 * escape sequence in it must not drive the terminal. Standard output (SVG, JSON) is left alone.
 */
function withSafeStderr(io: CliIo): CliIo {
  return { ...io, stderr: (text: string) => io.stderr(PROGRESS.test(text) ? text : safeMessage(text, Number.POSITIVE_INFINITY)) };
}
