/**
 * Files and standard input/output for the commands: `-` is stdin (or stdout), relative data
 * paths are read from the plan's folder, and failures become exit code 3 with the file's name.
 *
 * @module
 */
import { dirname, resolve } from "node:path";
import { inflateRawSync } from "node:zlib";
import type { ChartSpec } from "../chart-spec/schema.js";
import { decodeText, encodingIssue } from "../adapters/encoding.js";
import type { SheetRef } from "../adapters/workbook.js";
import type { Inflate } from "../adapters/zip.js";
import { SpcError } from "../errors.js";
import { CommandError, EXIT_CODES } from "./command-error.js";
import { cliLang, say } from "./messages.js";
import { NOTICE_MESSAGES } from "../adapters/notice-messages.js";
import { formatLocated } from "../plan/diagnostics.js";
import { DEFAULT_MAX_BYTES, FileRefused, readRegularFile, writeAtomically } from "./safe-files.js";

export type { ReadStdin } from "./io.js";
import type { ReadStdin } from "./io.js";

/**
 * All of standard input, as bytes: {@link readText} decodes them as it decodes a file (UTF-8,
 * UTF-16, Windows-1252 or mixed, by evidence), so that `cat fil.csv | spc chart -` reads the
 * same as `spc chart fil.csv`, warnings included.
 *
 * @example
 * ```ts
 * const bytes = await readProcessStdin();
 * ```
 */
export async function readProcessStdin(maxBytes: number = Number.POSITIVE_INFINITY): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.byteLength;
    // `spc chart - < /dev/zero` must stop at the cap, not fill the memory.
    if (total > maxBytes) {
      process.stdin.destroy();
      throw new FileRefused({ kind: "too_large", size: 0, max: maxBytes });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function reason(e: unknown): string {
  // A refused file: why, in the run's language (no parentheses: the report quotes it in some).
  if (e instanceof FileRefused) {
    const r = e.refusal;
    return r.kind === "too_large" ? say("file_too_large", { size: r.size, max: r.max }) : say("not_regular", { what: r.what });
  }
  const err = e as NodeJS.ErrnoException;
  // The code itself ("ENOENT"): the message catalog says it in the run's language.
  return err.code ?? err.message;
}

/**
 * The bytes of a file (regular files only, at most `maxBytes`), or all of standard input for `-`.
 * Standard input is held to the same cap once read: a file piped in is still a file.
 */
async function readBytes(file: string, stdin: ReadStdin, maxBytes: number): Promise<string | Uint8Array> {
  if (file !== "-") return readRegularFile(file, maxBytes);
  const bytes = await stdin(maxBytes);
  const size = typeof bytes === "string" ? bytes.length : bytes.byteLength;
  if (size > maxBytes) throw new FileRefused({ kind: "too_large", size, max: maxBytes });
  return bytes;
}

/**
 * Reads a text file, or standard input for `-`; a byte-order mark is kept (the adapters handle it).
 * The encoding is decided by the bytes ({@link decodeText}): UTF-8, UTF-16 (Excel's
 * "Unicode-tekst") or Windows-1252 (Excel's plain "CSV (semikolondelt)") are read without a
 * word — they were read correctly. A file that mixes UTF-8 and Windows-1252 lines is read line by
 * line and `note` gets a warning naming the lines, so that no æ, ø or å turns to mojibake in silence.
 *
 * Only a regular file is read (a FIFO or a device is refused at once), and none over `maxBytes`.
 *
 * @param shown - the name to use in messages (default `file`).
 * @param note - receives a line for the user when the file mixes encodings.
 * @param maxBytes - the largest file read (default 100 MB; `--max-bytes`).
 * @throws {CommandError} exit code 3, `file: cannot read (no such file)`.
 * @example
 * ```ts
 * const csv = await readText("data.csv", readProcessStdin);
 * ```
 */
export async function readText(file: string, stdin: ReadStdin, shown = file, note?: (line: string) => void, maxBytes: number = DEFAULT_MAX_BYTES): Promise<string> {
  let bytes: string | Uint8Array;
  try {
    bytes = await readBytes(file, stdin, maxBytes);
  } catch (e) {
    throw new CommandError(EXIT_CODES.io, [say("cannot_read", { file: shown === "-" ? "<stdin>" : shown, reason: reason(e) })]);
  }
  if (typeof bytes === "string") return bytes;
  const decoded = decodeText(bytes);
  const issue = encodingIssue(decoded);
  if (issue !== null) note?.(`${shown === "-" ? "<stdin>" : shown}: warning: ${issue.message}`);
  return decoded.text;
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
 * Node's zlib unzips a workbook's parts several times faster than the JavaScript inflater the
 * browser uses: the output buffer is made the part's size at once (one chunk, no copying), and a
 * part that unzips to more than its directory says is refused.
 */
const nodeInflate: Inflate = (data, size) => inflateRawSync(data, { chunkSize: Math.max(64, size), maxOutputLength: Math.max(64, size) });

/**
 * Reads a data file, or standard input for `-`: an `.xlsx` workbook's sheet (chosen by
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
export async function readData(
  file: string,
  stdin: ReadStdin,
  shown = file,
  note?: (line: string) => void,
  options: { sheet?: SheetRef | undefined; maxBytes?: number | undefined } = {},
): Promise<DataInput> {
  const name = shown === "-" ? "<stdin>" : shown;
  let bytes: string | Uint8Array;
  try {
    bytes = await readBytes(file, stdin, options.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (e) {
    throw new CommandError(EXIT_CODES.io, [say("cannot_read", { file: name, reason: reason(e) })]);
  }
  if (typeof bytes === "string") {
    // Text given as text (tests): a workbook's bytes read as text would become columns named "PK…".
    if (bytes.startsWith("PK\u0003\u0004") || bytes.startsWith("\u00D0\u00CF\u0011\u00E0")) {
      throw new CommandError(EXIT_CODES.usage, [NOTICE_MESSAGES.text("workbook_on_stdin_text", { file: name }, cliLang())]);
    }
    return { text: bytes };
  }
  const { readDataFile, sniffDataFile } = await import("../adapters/data-file.js");
  if (sniffDataFile(bytes) === "text") {
    if (options.sheet !== undefined) note?.(NOTICE_MESSAGES.text("not_a_workbook", { file: name, sheet: String(options.sheet) }, cliLang()));
    const decoded = decodeText(bytes);
    const issue = encodingIssue(decoded);
    if (issue !== null) note?.(formatLocated({ ...issue, file: name, severity: "warning" }, { lang: cliLang() }));
    return { text: decoded.text };
  }
  try {
    const read = await readDataFile(bytes, name, options.sheet === undefined ? { inflate: nodeInflate } : { sheet: options.sheet, inflate: nodeInflate });
    if (read.kind === "text") return { text: read.text };
    const { choice } = read;
    const { columnLetters } = await import("../adapters/workbook.js");
    note?.(NOTICE_MESSAGES.text("sheet_read", { file: name, sheet: choice.sheet.name, basis: choice.basis, others: choice.others }, cliLang()));
    for (const u of choice.sheet.uncached) note?.(NOTICE_MESSAGES.text("formula_without_value", { file: name, row: u.line, column: columnLetters(u.column) }, cliLang()));
    return { text: read.text, workbook: { delimiter: ";", decimal: ",", sheet: read.choice.sheet.name } };
  } catch (e) {
    if (!(e instanceof SpcError)) throw e;
    const code = e.issues[0]?.code ?? "";
    const lines = e.issues.map((i) =>
      i.code === "xls_not_supported" || i.code === "ods_not_supported"
        ? `${name}: ${NOTICE_MESSAGES.text(i.code, {}, cliLang())}`
        : i.message.startsWith(`${name}:`)
          ? i.message
          : `${name}: ${i.message}`,
    );
    throw new CommandError(FILE_CODES.has(code) ? EXIT_CODES.io : EXIT_CODES.usage, lines);
  }
}

/**
 * Writes text or bytes to a file, or to standard output for `-` (text only). A file is written
 * atomically ({@link writeAtomically}): a failed write keeps the old file.
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
    await writeAtomically(file, content);
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
export async function readSpec(file: string, stdin: ReadStdin = readProcessStdin, maxBytes: number = DEFAULT_MAX_BYTES): Promise<ChartSpec> {
  const text = await readText(file, stdin, file, undefined, maxBytes);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as ChartSpec;
  } catch (e) {
    throw new CommandError(EXIT_CODES.invalidInput, [say("not_json", { file: file === "-" ? "<stdin>" : file, detail: (e as Error).message })]);
  }
}
