// Tiny workbooks written by hand (XML parts zipped with fflate), so that each test says exactly
// what Excel stored: the cell types, styles, merges and the date system.
import { strToU8, zipSync } from "fflate";

export interface SheetXml {
  name: string;
  /** The inside of <sheetData>. */
  data: string;
  /** <mergeCell ref="…"/> refs. */
  merges?: string[];
  hidden?: boolean;
}

export interface BookXml {
  sheets: SheetXml[];
  date1904?: boolean;
  /** Shared strings, in order. Raw XML of each <si> body when it starts with "<". */
  strings?: string[];
  /** numFmtId of each cellXfs entry (style index = position). */
  styles?: number[];
  /** Custom formats: numFmtId → formatCode. */
  formats?: Record<number, string>;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function makeXlsx(book: BookXml): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  files["[Content_Types].xml"] = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}>${book.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>"}<sheets>${book.sheets
      .map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ""} r:id="rId${i + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${book.sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("")}</Relationships>`,
  );
  book.sheets.forEach((s, i) => {
    const merges = s.merges === undefined ? "" : `<mergeCells count="${s.merges.length}">${s.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><worksheet ${NS}><sheetData>${s.data}</sheetData>${merges}</worksheet>`);
  });
  if (book.strings !== undefined) {
    files["xl/sharedStrings.xml"] = strToU8(
      `<?xml version="1.0"?><sst ${NS} count="${book.strings.length}">${book.strings.map((t) => `<si>${t.startsWith("<") ? t : `<t>${esc(t)}</t>`}</si>`).join("")}</sst>`,
    );
  }
  const formats = Object.entries(book.formats ?? {});
  files["xl/styles.xml"] = strToU8(
    `<?xml version="1.0"?><styleSheet ${NS}>${formats.length === 0 ? "" : `<numFmts count="${formats.length}">${formats.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join("")}</numFmts>`}<cellXfs>${(book.styles ?? [0])
      .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0"${id === 0 ? "" : ' applyNumberFormat="1"'}/>`)
      .join("")}</cellXfs></styleSheet>`,
  );
  return zipSync(files);
}
