/**
 * A data file from its bytes, whatever Excel saved: text (CSV, TSV, in the encodings Excel
 * writes) or an `.xlsx` workbook — told apart by the first bytes, never by the name, because
 * files are renamed. An old `.xls` or an OpenDocument `.ods` is refused with how to save it.
 *
 * The workbook reader (and its unzip library) is imported only when a workbook is read, so an
 * app that reads CSV text, or only computes, does not carry it.
 *
 * @module
 */
import { SpcError } from "../errors.js";
import { decodeText, type DecodedText } from "./encoding.js";
import { chooseSheet, sheetNotice, sheetToText, uncachedNotices, type SheetChoice, type SheetRef } from "./workbook.js";
import type { Inflate } from "./xlsx.js";

/** What a workbook holds, without its cells: its sheets in tab order, and its date system. */
export interface WorkbookOutline {
  sheets: { name: string; hidden: boolean }[];
  date1904: boolean;
}

/** Options of {@link readDataFile}. */
export interface DataFileOptions {
  /** The sheet of a workbook to read (name or 1-based position); default the first with a table of numbers. */
  sheet?: SheetRef;
  /**
   * The platform's inflater for a workbook's zip, if it has one (the CLI passes Node's
   * `zlib.inflateRawSync`, several times faster); default `fflate`'s, which runs everywhere.
   */
  inflate?: Inflate;
}

/** A text file, decoded. */
export interface TextDataFile {
  kind: "text";
  text: string;
  encoding: DecodedText["encoding"];
}

/** A workbook, with the chosen sheet written as `;`-separated text (line N = row N). */
export interface WorkbookDataFile {
  kind: "workbook";
  /** The chosen sheet as text: read it with `delimiter: ";"` and `decimal: ","`. */
  text: string;
  /** The workbook's sheets (names, in tab order) and date system; only the sheets needed to choose are read. */
  workbook: WorkbookOutline;
  choice: SheetChoice;
  /** Lines for the user: which sheet was read, and formulas saved without a value. */
  notices: string[];
}

/** What {@link readDataFile} read. */
export type DataFile = TextDataFile | WorkbookDataFile;

/** The stable code of a file kind we cannot read. */
export type UnsupportedFileCode = "xls_not_supported" | "ods_not_supported";

const SAVE_AS = 'open it in Excel and save it as "Excel-arbeidsbok (.xlsx)" or "CSV UTF-8 (kommadelt) (.csv)"';

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the zip's bytes contain this (ASCII) name: entry names are stored uncompressed. */
function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  outer: for (let i = bytes.indexOf(first); i >= 0 && i <= bytes.length - text.length; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/**
 * What the first bytes say a file is: `"xlsx"`, `"xls"` (old binary Excel, an OLE compound file),
 * `"ods"` (OpenDocument spreadsheet), `"zip"` (another zip), or `"text"`.
 *
 * @example
 * ```ts
 * sniffDataFile(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0)); // "xls"
 * sniffDataFile(new TextEncoder().encode("Måned;Fall")); // "text"
 * ```
 */
export function sniffDataFile(bytes: Uint8Array): "xlsx" | "xls" | "ods" | "zip" | "text" {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) || startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return "xls";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An ODS file starts with its uncompressed "mimetype" entry.
    if (containsAscii(bytes.subarray(0, 200), "application/vnd.oasis.opendocument.spreadsheet")) return "ods";
    if (containsAscii(bytes, "xl/workbook.xml")) return "xlsx";
    if (containsAscii(bytes.subarray(0, 200), "application/vnd.oasis.opendocument")) return "ods";
    return "zip";
  }
  return "text";
}

function refuse(name: string, code: UnsupportedFileCode | "unknown_zip", what: string): SpcError {
  return new SpcError([{ code, path: [], message: `${name}: ${what}: ${SAVE_AS}` }]);
}

/**
 * Reads a data file's bytes: a workbook's chosen sheet, or text.
 *
 * @param name - the file's name as the user gave it, for messages.
 * @throws {SpcError} `xls_not_supported`, `ods_not_supported` or `unknown_zip` (saying how to
 *   save the file), `invalid_workbook`, or `unknown_sheet` (listing the sheets).
 * @example
 * ```ts
 * const file = await readDataFile(bytes, "fall.xlsx");
 * if (file.kind === "workbook") console.log(file.notices[0]); // 'fall.xlsx: read sheet "Data" (…)'
 * const table = readDelimited(file.text, file.kind === "workbook" ? { delimiter: ";" } : {});
 * ```
 */
export async function readDataFile(bytes: Uint8Array, name: string, options: DataFileOptions = {}): Promise<DataFile> {
  const kind = sniffDataFile(bytes);
  if (kind === "xls") throw refuse(name, "xls_not_supported", "an old Excel workbook (.xls, Excel 97–2003) cannot be read");
  if (kind === "ods") throw refuse(name, "ods_not_supported", "an OpenDocument spreadsheet (.ods) cannot be read");
  if (kind === "zip") throw refuse(name, "unknown_zip", "a zip file that is not an Excel workbook cannot be read");
  if (kind === "xlsx") {
    const { openXlsx } = await import("./xlsx.js");
    const book = openXlsx(bytes, options.inflate === undefined ? {} : { inflate: options.inflate });
    // Only the sheets needed to choose are unzipped and read.
    const choice = chooseSheet(book, options.sheet);
    const workbook: WorkbookOutline = { sheets: book.sheets, date1904: book.date1904 };
    const notices = [sheetNotice(name, choice), ...uncachedNotices(choice.sheet).map((n) => `${name}: ${n}`)];
    return { kind: "workbook", text: sheetToText(choice.sheet), workbook, choice, notices };
  }
  const { text, encoding } = decodeText(bytes);
  return { kind: "text", text, encoding };
}
