import type { ChartSpec, ChartRowDraft as ChartRow, ChartSpecDraft } from "../../src/index.js";

/** A qicharts2 reference case, as in shared/reference/cases (README: "Case file schema"). */
export interface QicCase {
  name: string;
  chart: ChartSpec["chart"];
  x?: (number | string)[];
  x_type?: "number" | "date" | "category";
  x_levels?: string[];
  y: (number | null)[];
  n?: (number | null)[];
  facet?: string[];
  notes?: (string | null)[];
  part?: number[] | string[];
  freeze?: number;
  exclude?: number[];
  multiply?: number;
  method?: "anhoej" | "bestbox" | "cutbox";
  agg_fun?: "mean" | "median" | "sum" | "sd";
  cl?: number;
  target?: number;
  y_neg?: boolean;
  x_period?: "day" | "week" | "month" | "quarter" | "year";
  options?: { "qic.screenedmr"?: boolean };
}

/** Maps a case to a chart spec exactly as shared/design/chart-spec.md ("Mapping") says. */
export function caseToSpec(c: QicCase): ChartSpec {
  const labels = c.part && typeof c.part[0] === "string" ? (c.part as string[]) : undefined;
  const data: ChartRow[] = c.y.map((y, i) => {
    const row: ChartRow = { y };
    if (c.x) row.x = c.x[i]!;
    if (c.n) row.n = c.n[i] ?? null;
    if (c.facet) row.facet = c.facet[i]!;
    if (c.notes && c.notes[i] != null) row.note = c.notes[i]!;
    if (labels) row.part = labels[i]!;
    return row;
  });
  const spec: ChartSpecDraft = { chart: c.chart, data };
  if (c.x_type) spec.xType = c.x_type;
  if (c.x_levels) spec.xLevels = c.x_levels;
  if (c.part && !labels) spec.breaks = c.part as number[];
  if (c.freeze !== undefined) spec.freeze = c.freeze;
  if (c.exclude) spec.exclude = c.exclude;
  if (c.multiply !== undefined) spec.multiply = c.multiply;
  if (c.method) spec.method = c.method;
  if (c.agg_fun) spec.aggregate = c.agg_fun;
  if (c.cl !== undefined) spec.cl = c.cl;
  if (c.target !== undefined) spec.target = c.target;
  if (c.y_neg !== undefined) spec.yNeg = c.y_neg;
  if (c.x_period) spec.period = c.x_period;
  if (c.options?.["qic.screenedmr"] !== undefined) spec.screenMovingRanges = c.options["qic.screenedmr"];
  return spec as ChartSpec;
}
