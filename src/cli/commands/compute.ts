/**
 * `spc compute FILE|-`: a chart spec in, its result as JSON out, each finding with its words in
 * the language of `--lang`.
 *
 * @module
 */
import { Option, type Command } from "commander";
import { compute } from "../../compute/compute.js";
import { LANGUAGES, type Lang } from "../../plan/schema.js";
import { withFindingTexts } from "../finding-texts.js";
import type { CliIo } from "../io.js";
import { writeJson } from "../json-stream.js";
import { readSpec } from "../read-input.js";
import type { CommandDeps } from "./deps.js";
import { withMaxBytes } from "./options.js";
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
  return withMaxBytes(program.command("compute"))
    .description("compute a chart spec (JSON) and print the result as JSON")
    .argument("<file>", "chart spec file, or - for standard input")
    .option("--compact", "print the JSON on one line")
    .addOption(new Option("--lang <lang>", "language of each finding's text").choices([...LANGUAGES]).default("nb"))
    .addHelpText(
      "after",
      "\nExamples:\n  spc compute examples/specs/falls-nursing-home.json\n  cat spec.json | spc compute - --lang en\n\nThe JSON is written in pieces as it is made, so a result of a million points needs no giant string.",
    )
    .action(async (file: string, options: { compact?: boolean; lang: Lang; maxBytes?: number }) => {
      const result = compute(await readSpec(file, deps.readStdin, options.maxBytes));
      // Written in pieces: 1e6 points are about 1 GB of JSON, more than one string may hold.
      writeJson(withFindingTexts(result, options.lang), io.stdout, options.compact ? 0 : 2);
      io.stdout("\n");
      // The warnings are in the JSON too, but a typo such as "multipy" should not pass unseen.
      for (const w of result.warnings) io.stderr(`${say("warning_line", { message: sayIssue(w) })}\n`);
    });
}
