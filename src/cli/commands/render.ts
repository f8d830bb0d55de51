/**
 * `spc render SPEC -o chart.svg|png`: a chart spec drawn as SVG, or PNG with `--png`.
 *
 * @module
 */
import type { Command } from "commander";
import { compute } from "../../compute/compute.js";
import { SpcError, formatIssue } from "../../errors.js";
import type { RenderOptions } from "../../render/index.js";
import { CommandError, EXIT_CODES } from "../command-error.js";
import type { CliIo } from "../io.js";
import { svgToPng } from "../png.js";
import { readSpec, writeOutput } from "../read-input.js";
import type { CommandDeps } from "./deps.js";
import { parsePositiveNumber, withMaxBytes } from "./options.js";
import { checkOutputExtension, refuseOutputOverInput } from "../output-guard.js";
import { cliLang, say, sayIssue } from "../messages.js";

interface RenderCommandOptions {
  output?: string;
  png?: boolean;
  lang?: string;
  width?: number;
  height?: number;
  scale?: number;
  maxBytes?: number;
}

/**
 * Registers `spc render`.
 *
 * @example
 * ```ts
 * registerRender(program, io, { render: renderSvg }); // spc render spec.json -o chart.svg
 * ```
 */
export function registerRender(program: Command, io: CliIo, deps: CommandDeps): Command {
  return withMaxBytes(program.command("render"))
    .description("compute a chart spec (JSON) and draw it as SVG, or as PNG with --png")
    .argument("<file>", "chart spec file, or - for standard input")
    .option("-o, --output <file>", "write to this file instead of standard output (a name ending in .png means --png)")
    .option("--png", "write PNG instead of SVG (needs the optional package @resvg/resvg-js)")
    .option("--lang <lang>", "language of dates, numbers and words: nb or en (default nb)")
    .option("--width <px>", "width in px (default 720)", parsePositiveNumber)
    .option("--height <px>", "height in px (default 400; more for faceted charts)", parsePositiveNumber)
    .option("--scale <factor>", "PNG pixels per SVG px (default 2)", parsePositiveNumber)
    .addHelpText("after", "\nExamples:\n  spc render examples/specs/falls-nursing-home.json -o chart.svg\n  spc render spec.json --lang en --png -o chart.png")
    .action(async (file: string, options: RenderCommandOptions) => {
      // Before any work: a format render cannot write, or the spec itself as the output.
      // With --png, "-o chart.svg" would get PNG bytes.
      checkOutputExtension("render", options.output, options.png === true ? ["png"] : ["svg", "png"]);
      await refuseOutputOverInput("render", [options.output], [{ path: file, shown: file }]);
      const result = compute(await readSpec(file, deps.readStdin, options.maxBytes));
      const png = options.png === true || /\.png$/i.test(options.output ?? "");
      if (png && options.output === undefined) throw new CommandError(EXIT_CODES.usage, [say("png_needs_output", {})]);
      const renderOptions: RenderOptions = { lang: options.lang as RenderOptions["lang"], width: options.width, height: options.height };
      let svg: string;
      try {
        svg = deps.render(result, renderOptions);
      } catch (e) {
        // Options come from flags here: name the flag, not the option.
        if (e instanceof SpcError) throw new CommandError(EXIT_CODES.usage, [`spc: ${e.issues.map((i) => formatIssue({ ...i, path: [`--${String(i.path[1])}`] }, { lang: cliLang() })).join("; ")}`]);
        throw e;
      }
      const content = png ? await svgToPng(svg, options.scale ?? 2, ...(io.loadResvg ? [io.loadResvg] : [])) : `${svg}\n`;
      await writeOutput(options.output ?? "-", content, io.stdout);
      for (const w of result.warnings) io.stderr(`${say("warning_line", { message: sayIssue(w) })}\n`);
    });
}
