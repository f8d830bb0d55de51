import { toJSONSchema } from "zod/mini";
import { chartSpecSchema } from "./schema.js";

/**
 * The JSON Schema of a chart spec, so that editors can check and complete spec files.
 * Exported from `spc-charts/schema`, apart from the root entry, to keep the generator out of
 * browser bundles.
 *
 * @example
 * ```ts
 * import { chartSpecJsonSchema } from "spc-charts/schema";
 * const schema = chartSpecJsonSchema(); // { $schema: "https://json-schema.org/draft/2020-12/schema", … }
 * ```
 */
export function chartSpecJsonSchema(): Record<string, unknown> {
  return toJSONSchema(chartSpecSchema, { io: "input" }) as Record<string, unknown>;
}
