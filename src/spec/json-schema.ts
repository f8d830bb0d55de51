import { z } from "zod";
import { chartSpecSchema } from "./schema.js";

/**
 * The JSON Schema of a chart spec, so that editors can check and complete spec files.
 *
 * @example
 * ```ts
 * import { chartSpecJsonSchema } from "spc-charts";
 * const schema = chartSpecJsonSchema(); // { $schema: "https://json-schema.org/draft/2020-12/schema", … }
 * ```
 */
export function chartSpecJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(chartSpecSchema, { io: "input" }) as Record<string, unknown>;
}
