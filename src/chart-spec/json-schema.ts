import { toJSONSchema } from "zod/mini";
import { chartSpecSchema, dateXSchema } from "./schema.js";

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
  const schema = toJSONSchema(chartSpecSchema, {
    io: "input",
    // JSON has no dates: a Date x is for JavaScript callers only, so its branch is marked and dropped below.
    unrepresentable: "any",
    override: (ctx) => {
      if (ctx.zodSchema === dateXSchema) (ctx.jsonSchema as Record<string, unknown>)[DROP] = true;
    },
  }) as Record<string, unknown>;
  return withoutDropped(schema) as Record<string, unknown>;
}

const DROP = "x-spc-drop";

/** The schema without the branches marked {@link DROP} (from `anyOf` lists). */
function withoutDropped(node: unknown): unknown {
  if (Array.isArray(node)) return node.filter((item) => !(typeof item === "object" && item !== null && DROP in item)).map(withoutDropped);
  if (typeof node !== "object" || node === null) return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutDropped(value)]));
}
