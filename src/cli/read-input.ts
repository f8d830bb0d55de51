/**
 * Files and standard input/output for the commands: `-` is stdin (or stdout), relative data
 * paths are read from the plan's folder, and failures become exit code 3 with the file's name.
 *
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { ChartSpec } from "../spec/schema.js";
import { decodeText } from "../adapters/encoding.js";
import { CommandError, EXIT_CODES } from "./command-error.js";
import { say } from "./messages.js";

/** Where a command reads standard input from; injected in tests. */
export type ReadStdin = () => Promise<string>;

/**
 * All of standard input as UTF-8 text.
 *
 * @example
 * ```ts
 * const text = await readProcessStdin();
 * ```
 */
export async function readProcessStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
  return decodeText(Buffer.concat(chunks)).text;
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  // The code itself ("ENOENT"): the message catalog says it in the run's language.
  return err.code ?? err.message;
}

/**
 * Reads a text file, or standard input for `-`; a byte-order mark is kept (the adapters handle it).
 * A file that is not UTF-8 is read as Windows-1252 (Excel's plain "CSV (semikolondelt)"), and
 * `note` is told so.
 *
 * @param shown - the name to use in messages (default `file`).
 * @param note - receives a line for the user when the file was not UTF-8.
 * @throws {CommandError} exit code 3, `file: cannot read (no such file)`.
 * @example
 * ```ts
 * const csv = await readText("data.csv", readProcessStdin);
 * ```
 */
export async function readText(file: string, stdin: ReadStdin, shown = file, note?: (line: string) => void): Promise<string> {
  let bytes: Uint8Array;
  try {
    if (file === "-") return await stdin();
    bytes = await readFile(file);
  } catch (e) {
    throw new CommandError(EXIT_CODES.io, [say("cannot_read", { file: shown === "-" ? "<stdin>" : shown, reason: reason(e) })]);
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding !== "utf-8") note?.(say("not_utf8", { file: shown }));
  return text;
}

/**
 * Writes text or bytes to a file, or to standard output for `-` (text only).
 *
 * @throws {CommandError} exit code 3, `out/x.svg: cannot write (no such file)`.
 * @example
 * ```ts
 * await writeOutput("chart.svg", svg, io.stdout);
 * ```
 */
export async function writeOutput(file: string, content: string | Uint8Array, stdout: (text: string) => void): Promise<void> {
  if (file === "-") {
    if (typeof content !== "string") throw new CommandError(EXIT_CODES.usage, [say("binary_needs_file", {})]);
    stdout(content);
    return;
  }
  try {
    await writeFile(file, content);
  } catch (e) {
    throw new CommandError(EXIT_CODES.io, [say("cannot_write", { file, reason: reason(e) })]);
  }
}

/**
 * The path of a file named in a plan: relative to the plan's folder (the working folder for a
 * plan read from stdin); absolute paths as they are.
 *
 * @example
 * ```ts
 * besidePlan("plans/fall.yaml", "../data/fall.csv"); // "<cwd>/data/fall.csv"
 * ```
 */
export function besidePlan(planFile: string, file: string): string {
  return resolve(planFile === "-" ? "." : dirname(planFile), file);
}

/**
 * Reads a chart spec: a JSON file, or standard input for `-`.
 *
 * @throws {CommandError} exit code 3 when the file cannot be read, 1 when it is not JSON.
 * @example
 * ```ts
 * const spec = await readSpec("spec.json");
 * ```
 */
export async function readSpec(file: string, stdin: ReadStdin = readProcessStdin): Promise<ChartSpec> {
  const text = await readText(file, stdin);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as ChartSpec;
  } catch (e) {
    throw new CommandError(EXIT_CODES.invalidInput, [say("not_json", { file: file === "-" ? "<stdin>" : file, detail: (e as Error).message })]);
  }
}
