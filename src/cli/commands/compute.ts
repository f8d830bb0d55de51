/**
 * `spc compute FILE|-`: a chart spec in, its result as JSON out.
 *
 * @module
 */
import type { Command } from "commander";
import { compute } from "../../compute.js";
import type { CliIo } from "../io.js";
import { readSpec } from "../read-input.js";
import type { CommandDeps } from "./deps.js";
import { say, sayIssue } from "../messages.js";

/**
 * Registers `spc compute`.
 *
 * @example
 * ```ts
 * registerCompute(program, io, deps); // spc compute spec.json
 * ```
 */
export function registerCompute(program: Command, io: CliIo, deps: CommandDeps): Command {
  return program
    .command("compute")
    .description("compute a chart spec (JSON) and print the result as JSON")
    .argument("<file>", "chart spec file, or - for standard input")
    .option("--compact", "print the JSON on one line")
    .addHelpText("after", "\nExamples:\n  spc compute examples/specs/falls-nursing-home.json\n  cat spec.json | spc compute -")
    .action(async (file: string, options: { compact?: boolean }) => {
      const result = compute(await readSpec(file, deps.readStdin));
      io.stdout(`${JSON.stringify(result, null, options.compact ? undefined : 2)}\n`);
      // The warnings are in the JSON too, but a typo such as "multipy" should not pass unseen.
      for (const w of result.warnings) io.stderr(`${say("warning_line", { message: sayIssue(w) })}\n`);
    });
}
