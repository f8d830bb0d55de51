/**
 * Type tests, checked by `npx tsc --noEmit -p .` (not run by vitest): the documented spec types
 * (src/chart-spec/spec-types.ts, what the API reference shows) and the zod schema's input type
 * (the runtime truth) agree field by field, in both directions. Adding an option, a row field, a
 * nested field or an enum value to one and not the other fails here, naming the field.
 */
import type * as z from "zod/mini";
import type { ChartRow, ChartRowWithN, ChartSpec, ChartSpecFor, ChartSpecOptions, DeepReadonly } from "../../src/index.js";
import type { chartSpecSchema, rowSchema } from "../../src/chart-spec/schema.js";

type SchemaSpec = z.input<typeof chartSpecSchema>;
type SchemaRow = z.input<typeof rowSchema>;

/** Exactly the same type (not merely mutually assignable: an extra optional field counts). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
/** Fails with the disagreeing fields' names in the message ('"zoom"' does not satisfy 'never'). */
type NoDisagreement<T extends never> = T;

/**
 * One canonical form for comparing: mutable, with objects flattened (intersections and aliases
 * become one object type) all the way down, arrays and optional fields kept as they are.
 */
type Canonical<T> = T extends Date
  ? T
  : T extends readonly (infer E)[]
    ? Canonical<E>[]
    : T extends object
      ? { -readonly [K in keyof T]: Canonical<T[K]> }
      : T;

/** The keys of `T` whose field is optional. */
type OptionalKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? K : never }[keyof T];

/** Fields that `A` has and `B` lacks. */
type Extra<A, B> = Exclude<keyof A, keyof B>;
/** Fields optional in `A` but required in `B`. */
type OptionalOnlyIn<A, B> = Exclude<OptionalKeys<A>, OptionalKeys<B>>;
/** Fields both have, of a different type (compared canonically, deeply). */
type Differing<A, B> = keyof { [K in keyof A & keyof B as Equal<Canonical<A[K]>, Canonical<B[K]>> extends true ? never : K]: K };
/**
 * The fields on which `A` and `B` disagree: missing on one side, optional on one side only, or of
 * a different type. `never` when they agree.
 */
type Disagreements<A, B> = Extra<A, B> | Extra<B, A> | OptionalOnlyIn<A, B> | OptionalOnlyIn<B, A> | Differing<A, B>;

type SchemaOptions = Omit<SchemaSpec, "chart" | "data">;
// Every option of the spec, field by field, each check failing with the fields' names.
export type NoOptionMissingFromTypes = NoDisagreement<Extra<SchemaOptions, ChartSpecOptions>>;
export type NoOptionMissingFromSchema = NoDisagreement<Extra<ChartSpecOptions, SchemaOptions>>;
export type OptionsOptionalAlike = NoDisagreement<OptionalOnlyIn<ChartSpecOptions, SchemaOptions> | OptionalOnlyIn<SchemaOptions, ChartSpecOptions>>;
export type OptionsTypedAlike = NoDisagreement<Differing<ChartSpecOptions, SchemaOptions>>;
// Every field of a row.
export type RowsAgree = NoDisagreement<Disagreements<ChartRow, SchemaRow>>;
// `chart` and `data` of a spec for any chart, with rows as the schema takes them.
export type ChartAgrees = Assert<Equal<Canonical<ChartSpecFor<SchemaSpec["chart"]>["chart"]>, SchemaSpec["chart"]>>;
export type DataAgrees = Assert<Equal<Canonical<ChartSpecFor<"i">["data"]>, SchemaSpec["data"]>>;
// A row that needs n is a row whose n is there (null allowed).
export type RowWithNAgrees = Assert<Equal<Canonical<ChartRowWithN>, Canonical<SchemaRow & { n: number | null }>>>;

// Both directions of assignment, as a caller meets them: every spec is one the schema's input
// type accepts (once mutable), and every schema input for a chart without n is a spec.
type Mutable<T> = T extends Date ? T : T extends readonly (infer E)[] ? Mutable<E>[] : T extends object ? { -readonly [K in keyof T]: Mutable<T[K]> } : T;
export const specFitsSchema = (spec: ChartSpec): SchemaSpec => spec as Mutable<ChartSpec>;
export const schemaFitsSpec = (draft: SchemaSpec & { chart: "i" }): ChartSpec => draft;
export const rowFitsSchema = (row: ChartRow): SchemaRow => row;
export const schemaFitsRow = (row: SchemaRow): ChartRow => row;
// The comparison above ignores readonly, so check it here: readonly all the way down (the
// schema's input made deeply readonly) still fits, as `as const` input must.
export const readonlyOptionsFit = (options: DeepReadonly<SchemaOptions>): ChartSpecOptions => options;
export const readonlyRowFits = (row: DeepReadonly<SchemaRow>): ChartRow => row;
export const constSpec: ChartSpec = {
  chart: "i",
  data: [{ x: "A", y: 1, facet: "Avd A", part: "Før", note: null, target: 2 }],
  xLevels: ["A"],
  facetLevels: ["Avd A"],
  breaks: { "Avd A": [12] },
  exclude: [3],
  limits: { lcl: 0, ucl: 10 },
  lines: [{ value: 95, label: "Krav", style: "dotted" }],
  rules: ["outside-limits", { rule: "shift", n: 7, onLine: "skip" }],
} as const;

// The comparison is strict enough to catch drift: one added optional field, one widened enum, one
// nested field or one field made optional is a disagreement, named.
export type CatchesExtraField = Assert<Equal<Disagreements<ChartRow & { extra?: string }, SchemaRow>, "extra">>;
export type CatchesWiderEnum = Assert<Equal<Disagreements<Omit<ChartSpecOptions, "method"> & { method?: "anhoej" | "bestbox" | "cutbox" | "nelson" | undefined }, SchemaOptions>, "method">>;
export type CatchesNestedField = Assert<
  Equal<Disagreements<Omit<ChartSpecOptions, "ewma"> & { ewma?: { lambda?: number | undefined; L?: number | undefined; k?: number } | undefined }, SchemaOptions>, "ewma">
>;
export type CatchesOptionality = Assert<Equal<Disagreements<Omit<ChartRow, "y"> & { y?: number | null }, SchemaRow>, "y">>;
