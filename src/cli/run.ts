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
export async function runCli(rawArgv: string[], given: CliIo, deps: Partial<CommandDeps> = {}): Promise<number> {
  const io = withSafeStderr(given);
  // --debug anywhere before `--` (`spc chart x.csv --debug` too): taken out before commander reads the rest.
  const { debug, argv } = takeDebug(rawArgv);
  // The language first: the help texts are set as the program is built.
  const lang = resolveCliLang(argv, io.env ?? {});
  const program = new Command("spc")
    .description("Statistical process control charts for health-care improvement (qicharts2-compatible).")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    // Program options only before the command: `spc chart … --lang en` is chart's own --lang.
    .enablePositionalOptions()
    .addOption(new Option("--lang <lang>", "language of messages and help (default: from LC_ALL, LC_MESSAGES or LANG)").choices(["nb", "en"]))
    .option("--debug", "on an internal error, print the stack trace (for a bug report); anywhere on the line");
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
    try {
      const handled = handleCommandError(e, io);
      if (handled !== null) return handled;
      if (e instanceof SpcError) {
        const lines = e.issues.map((issue) => formatIssue(issue, { lang }));
        io.stderr(`${say("invalid_spec", {})}\n${lines.join("\n").replace(/^/gm, "  ")}\n`);
        return EXIT.invalidInput;
      }
    } catch (inner) {
      // Saying the error failed (a message with parameters that do not fit): still one line.
      e = inner;
    }
    return internalError(e, io, debug);
  }
}

/**
 * `--debug` taken out of the arguments (before `--`): a global option that works anywhere.
 *
 * @example
 * ```ts
 * takeDebug(["chart", "x.csv", "--debug"]); // { debug: true, argv: ["chart", "x.csv"] }
 * ```
 */
export function takeDebug(argv: readonly string[]): { debug: boolean; argv: string[] } {
  const end = argv.indexOf("--");
  const before = end === -1 ? [...argv] : argv.slice(0, end);
  const kept = before.filter((a) => a !== "--debug");
  return { debug: kept.length !== before.length, argv: end === -1 ? kept : [...kept, ...argv.slice(end)] };
}

/**
 * An error nobody foresaw: one line for the user in their language (a bug, not their files;
 * --debug for the stack), exit code 1. Running out of memory or string length says so instead.
 */
function internalError(e: unknown, io: CliIo, debug: boolean): number {
  const err = e instanceof Error ? e : new Error(String(e));
  const memory = err instanceof RangeError && /Invalid string length|Invalid array length|Array buffer allocation failed|allocation failed/i.test(err.message);
  const detail = `${err.name}: ${err.message.split("\n")[0] ?? ""}`;
  io.stderr(`${memory ? say("out_of_memory", {}) : say("internal_error", { detail })}\n`);
  // The stack only when asked for; kept out of withSafeStderr's way (it has no control characters to hide).
  if (debug) io.stderr(`${err.stack ?? detail}\n`);
  return EXIT.invalidInput;
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
