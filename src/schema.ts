/**
 * The chart spec's schemas: the zod schema and its JSON Schema, for editors and validators.
 *
 * @packageDocumentation
 */
export { chartSpecSchema, rowSchema, CHART_TYPES } from "./chart-spec/schema.js";
export { chartSpecJsonSchema } from "./chart-spec/json-schema.js";
