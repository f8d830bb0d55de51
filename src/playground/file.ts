/// <reference lib="dom" />
/**
 * A data file chosen or dropped into the playground: an Excel workbook (`.xlsx`: the first sheet
 * with a table of numbers, or the sheet chosen) or CSV/text, read by the library's `readDataFile`
 * in the browser. The workbook's sheet becomes the text in the data box, `;`-separated with
 * decimal commas — the same text the command line reads — so the rest of the playground works
 * as for a paste.
 *
 * @module
 */
import { formatIssue, readDataFile, SpcError, type DataFile } from "../adapters/index.js";

/** What was read: the text for the data box, a line saying what was read, and the sheets to choose from. */
export interface LoadedFile {
  text: string;
  notice: string;
  /** The workbook's sheets, in order (empty for text); `sheet` is the one read (1-based). */
  sheets: string[];
  sheet: number;
}

/**
 * Reads a file the user chose or dropped.
 *
 * @param lang - the language of the refusals (the same messages as the command line's).
 * @param sheet - the 1-based sheet of a workbook; default the first with a table of numbers.
 * @throws {Error} with a message for the user (an `.xls` or `.ods` file: how to save it).
 */
export async function loadFile(file: File, lang: "nb" | "en", sheet?: number): Promise<LoadedFile> {
  let read: DataFile;
  try {
    read = await readDataFile(new Uint8Array(await file.arrayBuffer()), file.name, sheet === undefined ? {} : { sheet });
  } catch (e) {
    if (e instanceof SpcError) throw new Error(e.issues.map((i) => formatIssue(i, { lang })).join("\n"));
    throw e;
  }
  if (read.kind === "text") return { text: read.text, notice: file.name, sheets: [], sheet: 0 };
  return { text: read.text, notice: read.notices.join("\n"), sheets: read.workbook.sheets.map((s) => s.name), sheet: read.choice.position };
}
