import { toJSONSchema } from "zod/mini";
import { planSchema } from "./schema.js";

/**
 * The JSON Schema of a measurement plan, so that editors check and complete plan files — in
 * YAML too, with `# yaml-language-server: $schema=plan.schema.json` on the first line.
 *
 * @example
 * ```ts
 * import { planJsonSchema } from "spc-charts/plan";
 * writeFileSync("plan.schema.json", JSON.stringify(planJsonSchema(), null, 2));
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = toJSONSchema(planSchema, { io: "input" }) as Record<string, unknown>;
  return { ...schema, title: "spc-charts measurement plan", description: "A team's family of measures (outcome, process, balancing) with data, chart, direction, target and tests of change." };
}
