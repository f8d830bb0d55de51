/**
 * `spc report -o FILE.pptx`: the report model as PowerPoint slides, each chart's PNG fallback
 * drawn with resvg as `spc chart --png` draws PNG. Loaded only when a deck is asked for (the
 * PPTX module and pptxgenjs stay off every other path).
 *
 * @module
 */
import type { Rasterise } from "../report/pptx-fallback.js";
import { pptxFromModel } from "../report/pptx.js";
import { say } from "./messages.js";
import { importResvg, svgToPng } from "./png.js";
import type { ReportOptions } from "../report/build.js";
import type { ReportModel } from "../report/model.js";
import type { CliIo } from "./io.js";

/** What the deck needs of a `ReportWriterInput` (named here, not imported: report-writers.ts loads this module). */
export interface DeckInput {
  model: ReportModel;
  options: ReportOptions;
  io?: Pick<CliIo, "stderr" | "loadResvg">;
}

/**
 * The scale of the charts' PNG fallbacks: a 840 px chart becomes 1260 px, the width it fills on a
 * 1080p projector (8.4 of the slide's 13.3 inches). Scale 2, as `spc chart --png`, took half again
 * as long per chart, and drawing the PNGs is most of a deck's time.
 */
export const DECK_PNG_SCALE = 1.5;

/**
 * The deck's bytes. Without resvg (an optional package) the deck is still written, SVG only, and
 * the user is told what PowerPoint before 2016 lacks.
 *
 * @example
 * ```ts
 * const bytes = await writeDeck({ computed, model, options, a3: false, io });
 * ```
 */
export async function writeDeck(input: DeckInput): Promise<Uint8Array> {
  const load = input.io?.loadResvg ?? importResvg;
  let rasterise: Rasterise | undefined;
  try {
    await load();
    rasterise = (svg) => svgToPng(svg, DECK_PNG_SCALE, load);
  } catch {
    input.io?.stderr(`${say("pptx_without_png", {})}\n`);
  }
  return pptxFromModel(input.model, { ...input.options, ...(rasterise === undefined ? {} : { rasterise }) });
}
