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
import type { SheetRef } from "../adapters/workbook.js";
import { SpcError } from "../errors.js";
import { CommandError, EXIT_CODES } from "./command-error.js";

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
  if (err.code === "ENOENT") return "no such file";
  if (err.code === "EISDIR") return "is a folder, not a file";
  if (err.code === "EACCES" || err.code === "EPERM") return "permission denied";
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
    throw new CommandError(EXIT_CODES.io, [`${shown === "-" ? "<stdin>" : shown}: cannot read (${reason(e)})`]);
  }
  const { text, encoding } = decodeText(bytes);
  if (encoding !== "utf-8") note?.(`${shown}: warning: not UTF-8; read as Windows-1252 (Excel's "CSV (semikolondelt)"). Save as "CSV UTF-8" to be sure of æ, ø and å.`);
  return text;
}

/** A data file as the commands read it: text, and whether it came from a workbook's sheet. */
export interface DataInput {
  text: string;
  /**
   * Set when the text is a workbook's sheet, written `;`-separated with decimal commas: read it
   * with these settings, whatever the options say about CSV files.
   */
  workbook?: { delimiter: ";"; decimal: ","; sheet: string };
}

/** Refusals of a file's kind are about the file (exit 3); an unknown sheet is about the option (exit 2). */
const FILE_CODES = new Set(["xls_not_supported", "ods_not_supported", "unknown_zip", "invalid_workbook"]);

/**
 * Reads a data file, or standard input for `-` (text only): an `.xlsx` workbook's sheet (chosen by
 * `sheet`, else the first with a table of numbers, and `note` is told which), or text as
 * {@link readText} reads it. The workbook reader is loaded only for a workbook.
 *
 * @throws {CommandError} exit code 3 for a file that cannot be read (`.xls`, `.ods`: saying how to
 *   save it), 2 for a sheet the workbook does not have (listing its sheets).
 * @example
 * ```ts
 * const data = await readData("fall.xlsx", readProcessStdin, "fall.xlsx", console.error, { sheet: "Data" });
 * ```
 */
export async function readData(file: string, stdin: ReadStdin, shown = file, note?: (line: string) => void, options: { sheet?: SheetRef | undefined } = {}): Promise<DataInput> {
  const name = shown === "-" ? "<stdin>" : shown;
  if (file === "-") {
    if (options.sheet !== undefined) throw new CommandError(EXIT_CODES.usage, [`${name}: --sheet needs a workbook file; standard input is read as text`]);
    const text = await readText(file, stdin, shown, note);
    // Bytes of a workbook read as text would become columns named "PK…": say what to do instead.
    if (text.startsWith("PK\u0003\u0004") || text.startsWith("\u00D0\u00CF\u0011\u00E0")) {
      throw new CommandError(EXIT_CODES.usage, [`${name}: standard input holds a workbook; give its file name instead of - (workbooks are not read from standard input)`]);
    }
    return { text };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new CommandError(EXIT_CODES.io, [`${name}: cannot read (${reason(e)})`]);
  }
  const { readDataFile, sniffDataFile } = await import("../adapters/data-file.js");
  if (sniffDataFile(bytes) === "text") {
    if (options.sheet !== undefined) note?.(`${name}: warning: not a workbook; the sheet (${String(options.sheet)}) is ignored`);
    const { text, encoding } = decodeText(bytes);
    if (encoding !== "utf-8") note?.(`${name}: warning: not UTF-8; read as Windows-1252 (Excel's "CSV (semikolondelt)"). Save as "CSV UTF-8" to be sure of æ, ø and å.`);
    return { text };
  }
  try {
    const read = await readDataFile(bytes, name, options.sheet === undefined ? {} : { sheet: options.sheet });
    if (read.kind === "text") return { text: read.text };
    for (const line of read.notices) note?.(line);
    return { text: read.text, workbook: { delimiter: ";", decimal: ",", sheet: read.choice.sheet.name } };
  } catch (e) {
    if (!(e instanceof SpcError)) throw e;
    const code = e.issues[0]?.code ?? "";
    const lines = e.issues.map((i) => (i.message.startsWith(`${name}:`) ? i.message : `${name}: ${i.message}`));
    throw new CommandError(FILE_CODES.has(code) ? EXIT_CODES.io : EXIT_CODES.usage, lines);
  }
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
    if (typeof content !== "string") throw new CommandError(EXIT_CODES.usage, ["spc: binary output (PNG) needs a file: give -o FILE.png"]);
    stdout(content);
    return;
  }
  try {
    await writeFile(file, content);
  } catch (e) {
    throw new CommandError(EXIT_CODES.io, [`${file}: cannot write (${reason(e)})`]);
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
    throw new CommandError(EXIT_CODES.invalidInput, [`${file === "-" ? "<stdin>" : file}: not valid JSON (${(e as Error).message})`]);
  }
}
