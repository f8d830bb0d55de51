/**
 * The one place where `spc report` picks its writer by the extension of `-o`: a map from
 * extension to a writer loaded only when it is used (the slide and PDF libraries are heavy and
 * stay off every other path). A writer not yet built is `null`: its extension is refused before
 * any file is read, with a message that says so.
 *
 * To add a writer: give its extension a loader that imports its module (with `import()`, never at
 * the top, as `pptx` and `pdf` do) and returns a function of {@link ReportWriterInput} giving the bytes.
 *
 * @module
 */
import type { ComputedPlan } from "../plan/compute.js";
import type { ReportOptions } from "../report/build.js";
import type { ReportModel } from "../report/model.js";
import type { CliIo } from "./io.js";
import { CommandError, EXIT_CODES } from "./command-error.js";
import { say } from "./messages.js";
import { checkOutputExtension, outputExtension } from "./output-guard.js";

/** What a report writer gets: the computed plans, their model, the options (renderer, size, progress) and which document. */
export interface ReportWriterInput {
  computed: readonly ComputedPlan[];
  model: ReportModel;
  options: ReportOptions;
  /** The learning network's A3 rather than the report. */
  a3: boolean;
  /** Where a writer prints a note (stderr), and how it loads resvg for PNG; the CLI's own. */
  io?: Pick<CliIo, "stderr" | "loadResvg">;
}

/** Writes one document: text (HTML, JSON) or bytes (PPTX, PDF). */
export type ReportWriter = (input: ReportWriterInput) => Promise<string | Uint8Array> | string | Uint8Array;

/** Loads a writer when its format is asked for. */
type LoadWriter = () => Promise<ReportWriter>;

const html: LoadWriter = async () => {
  const [{ reportHtml }, { a3Html }] = await Promise.all([import("../report/build.js"), import("../report/a3-html.js")]);
  return ({ model, options, a3 }) => (a3 ? a3Html(model, options) : reportHtml(model, options));
};

/**
 * The PDF: A4 with the report, or the A3 form (src/report/pdf.ts; pdfkit is loaded only here).
 * Without the fonts it embeds (the optional package dejavu-fonts-ttf) nothing is written: exit 3.
 */
const pdf: LoadWriter = async () => {
  const [{ buildA3Pdf, buildReportPdf }, { PdfFontsMissingError }] = await Promise.all([import("../report/pdf.js"), import("../report/pdf/fonts.js")]);
  return async ({ computed, options, a3 }) => {
    try {
      return await (a3 ? buildA3Pdf(computed, options) : buildReportPdf(computed, options));
    } catch (e) {
      if (e instanceof PdfFontsMissingError) throw new CommandError(EXIT_CODES.io, [say("pdf_needs_fonts", {})]);
      throw e;
    }
  };
};

/** Every extension `spc report -o` knows, to its writer (loaded when used). */
export const REPORT_WRITERS: Readonly<Record<string, LoadWriter>> = {
  html,
  htm: html,
  // The report's content as data (the model, with each chart's result): for other tools.
  json: async () => ({ model }) => `${JSON.stringify(model, null, 2)}\n`,
  // PowerPoint slides (src/cli/report-pptx.ts): pptxgenjs and resvg load only here.
  pptx: () => import("./report-pptx.js").then((m) => m.writeDeck),
  pdf,
};

/** The format of an output name: its extension, or `html` for standard output and a name without one. */
export function reportFormat(output: string | undefined): string {
  if (output === undefined || output === "-") return "html";
  return outputExtension(output) ?? "html";
}

/**
 * Refuses (exit 2), before any work, an `-o` that `spc report` cannot write: an extension
 * without a writer.
 *
 * @example
 * ```ts
 * checkReportOutput("rapport.html"); // fine
 * checkReportOutput("rapport.docx"); // throws CommandError (exit 2): .html, .htm, .json, .pptx or .pdf
 * ```
 */
export function checkReportOutput(output: string | undefined): void {
  checkOutputExtension("report", output, Object.keys(REPORT_WRITERS));
}

/**
 * The writer for an output (after {@link checkReportOutput}), loaded.
 *
 * @example
 * ```ts
 * const write = await reportWriter("rapport.html");
 * await writeOutput("rapport.html", await write({ computed, model, options, a3: false }), io.stdout);
 * ```
 */
export async function reportWriter(output: string | undefined): Promise<ReportWriter> {
  const load = REPORT_WRITERS[reportFormat(output)] ?? html;
  return load();
}
