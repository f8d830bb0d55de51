/**
 * `spc schema [chart|plan]`: the JSON Schemas, for editors and validators.
 *
 * @module
 */
import { Argument, Command } from "commander";
import { planJsonSchema } from "../../plan/json-schema.js";
import { chartSpecJsonSchema } from "../../chart-spec/json-schema.js";
import type { CliIo } from "../io.js";

/**
 * Registers `spc schema`: the chart spec's JSON Schema (default, as before) or the measurement
 * plan's. Replaces the `schema` command in run.ts.
 *
 * @example
 * ```ts
 * registerSchema(program, io);
 * // spc schema plan > plan.schema.json
 * ```
 */
export function registerSchema(program: Command, io: CliIo): Command {
  return program
    .command("schema")
    .description("print a JSON Schema: of a chart spec (default) or of a measurement plan")
    .addArgument(new Argument("[name]", "which schema").choices(["chart", "plan"]).default("chart"))
    .addHelpText(
      "after",
      `
Examples:
  spc schema > chart-spec.schema.json
  spc schema plan > plan.schema.json     # then in a YAML plan: # yaml-language-server: $schema=plan.schema.json`,
    )
    .action((name: "chart" | "plan") => {
      io.stdout(`${JSON.stringify(name === "plan" ? planJsonSchema() : chartSpecJsonSchema(), null, 2)}\n`);
    });
}
