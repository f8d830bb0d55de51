import type { ChartType, Lang } from "./vocabulary.js";

const LETTERS: Record<ChartType, string> = {
  run: "",
  i: "I",
  mr: "MR",
  xbar: "Xbar",
  s: "S",
  t: "T",
  p: "P",
  pp: "P\u2032",
  c: "C",
  u: "U",
  up: "U\u2032",
  g: "G",
  ip: "I\u2032",
  np: "NP",
  r: "R",
  ewma: "EWMA",
  bcusum: "Bernoulli-CUSUM",
  funnel: "Funnel",
  pareto: "Pareto",
};

/**
 * The name of a chart type in Norwegian or English, one spelling everywhere (charts, reports,
 * explanations, the CLI): `Seriediagram`, `P-diagram`; `Run chart`, `P chart`.
 *
 * @example
 * ```ts
 * chartName("pp", "en"); // "P′ chart"
 * chartName("run", "nb"); // "Seriediagram"
 * ```
 */
export function chartName(chart: ChartType, lang: Lang): string {
  if (chart === "run") return lang === "nb" ? "Seriediagram" : "Run chart";
  // Words of their own, not letters: a funnel plot is a "traktdiagram".
  if (chart === "funnel") return lang === "nb" ? "Traktdiagram" : "Funnel plot";
  if (chart === "pareto") return lang === "nb" ? "Paretodiagram" : "Pareto chart";
  // An id this version does not know (a stored result from a newer one) is shown as it is.
  const letters = LETTERS[chart] ?? String(chart);
  return lang === "nb" ? `${letters}-diagram` : `${letters} chart`;
}
