/**
 * The chart spec's schemas: the zod schema and its JSON Schema, for editors and validators.
 *
 * @packageDocumentation
 */
export { chartSpecSchema, rowSchema, CHART_TYPES } from "./spec/schema.js";
export { chartSpecJsonSchema } from "./spec/json-schema.js";
