import { z } from "zod";

/** Every chart type, by qicharts2's short name (`pp` = P′, `up` = U′, `ip` = I′). */
export const CHART_TYPES = ["run", "i", "mr", "xbar", "s", "t", "p", "pp", "c", "u", "up", "g", "ip"] as const;
export type ChartType = (typeof CHART_TYPES)[number];

const finiteNumber = z.number().refine(Number.isFinite, { message: "must be a finite number" });

/** One observation. */
export const rowSchema = z.object({
  x: z.union([finiteNumber, z.string(), z.null()]).optional().describe("subgroup key: number, ISO date or category label; null leaves the row out (with a warning)"),
  y: finiteNumber.nullable().describe("value (numerator for p/u/…, raw observation for xbar/s); null = missing"),
  n: finiteNumber.nullable().optional().describe("denominator (p, pp, u, up, ip); null = missing"),
  facet: z.string().optional().describe("one chart per facet value"),
  note: z.string().nullable().optional().describe("annotation for the subgroup"),
  part: z.string().optional().describe("part label: a new part starts where it changes"),
});

const position = z.number().int("must be a whole number");

/**
 * The zod schema of a chart spec (contract v1, `shared/design/chart-spec.md`).
 * Fields beyond the contract (`title`, `yLabel`, `xLabel`) are presentation only.
 */
export const chartSpecSchema = z.object({
  chart: z.enum(CHART_TYPES).describe("chart type"),
  data: z.array(rowSchema).describe("one row per observation"),
  xType: z.enum(["number", "date", "category"]).optional().describe("how to read x (inferred when absent)"),
  xLevels: z.array(z.string()).optional().describe("order of category x"),
  breaks: z.array(position).optional().describe("a new part starts after each of these 1-based subgroup positions"),
  freeze: position.optional().describe("centre line and limits from the first `freeze` subgroups only"),
  exclude: z.array(position).optional().describe("1-based subgroup positions left out of the calculations"),
  multiply: finiteNumber.refine((m) => m !== 0, { message: "must not be zero" }).optional().describe("scale y, centre line and limits"),
  method: z.enum(["anhoej", "bestbox", "cutbox"]).optional().describe("runs analysis rule"),
  aggregate: z.enum(["mean", "median", "sum", "sd"]).optional().describe("how several y of one subgroup are combined"),
  period: z.enum(["day", "week", "month", "quarter", "year"]).optional().describe("floor date x to this period before grouping"),
  cl: finiteNumber.optional().describe("a known centre line, on the unmultiplied scale"),
  target: finiteNumber.optional().describe("target line, returned as given"),
  yNeg: z.boolean().optional().describe("false: clamp lower limits at 0 when all y >= 0"),
  screenMovingRanges: z.boolean().optional().describe("drop moving ranges >= 3.267 x their mean once before estimating sigma"),
  title: z.string().optional().describe("chart title"),
  yLabel: z.string().optional().describe("y axis label"),
  xLabel: z.string().optional().describe("x axis label"),
});

/** A chart spec: the data and every analysis choice, as one JSON-serialisable object. */
export type ChartSpec = z.input<typeof chartSpecSchema>;
/** One observation of a chart spec. */
export type ChartRow = z.input<typeof rowSchema>;
