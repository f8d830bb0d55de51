/**
 * The commands of this folder, registered together: `compute`, `render`, `chart`, `report`,
 * `suggest`, `schema`.
 *
 * @module
 */
import type { Command } from "commander";
import type { CliIo } from "../io.js";
import { localiseCommands, localiseProgram } from "../localise-help.js";
import { setCliLang } from "../messages.js";
import { registerCompute } from "./compute.js";
import { registerRender } from "./render.js";
import { registerChart } from "./chart.js";
import type { CommandDeps } from "./deps.js";
import { registerReport } from "./report.js";
import { registerSchema } from "./schema.js";
import { registerSuggest } from "./suggest.js";

export { registerChart } from "./chart.js";
export { registerReport } from "./report.js";
export { registerSuggest } from "./suggest.js";
export { registerSchema } from "./schema.js";
export type { CommandDeps } from "./deps.js";
export { CommandError, EXIT_CODES, handleCommandError } from "../command-error.js";

/**
 * Registers every command, in the language of `deps.lang` (default English): messages, help
 * and commander's own texts.
 *
 * @example
 * ```ts
 * registerCommands(program, io, { render: renderSvg });
 * ```
 */
export function registerCommands(program: Command, io: CliIo, deps: CommandDeps): void {
  const lang = deps.lang ?? "en";
  setCliLang(lang);
  localiseProgram(program, lang);
  registerCompute(program, io, deps);
  registerRender(program, io, deps);
  registerChart(program, io, deps);
  registerReport(program, io, deps);
  registerSuggest(program, io, deps);
  registerSchema(program, io);
  localiseCommands(program, lang);
}
