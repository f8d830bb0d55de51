/**
 * The story of a chart whose rows are units or categories, not time points (funnel plot, Pareto
 * chart): there is no "last point", no runs and no parts to tell, so explain() tells these here.
 *
 * @module
 */
import { chartName } from "../chart-names.js";
import { funnelCentreIsPooled } from "../funnel-centre.js";
import { writeNumber } from "../locale/number.js";
import type { ChartResult, Point } from "../types.js";
import type { Lang } from "./types.js";

/**
 * A funnel plot's or Pareto chart's story, one paragraph per line, per facet: for a funnel the
 * target and which units lie outside the 99.8 % and (only) the 95 % limits; for a Pareto chart
 * the total, the largest category and how few categories make up 80 %.
 *
 * @example
 * ```ts
 * explainUnits(compute({ chart: "pareto", data: [{ x: "Fall", y: 6 }, { x: "Sår", y: 4 }] }), "en", false);
 * // "Pareto chart with 2 categories. …\nTotal 10. The largest, «Fall», is 60 % of the total; …"
 * ```
 */
export function explainUnits(result: ChartResult, lang: Lang, hints: boolean): string {
  const nb = lang === "nb";
  const funnel = result.chart === "funnel";
  const count = result.points.length;
  const title = result.title ? ` «${result.title}»` : "";
  const unit = result.yLabel ? ` (${nb ? "verdier" : "values"}: ${result.yLabel})` : "";
  const noun = funnel ? (nb ? ["enhet", "enheter"] : ["unit", "units"]) : nb ? ["kategori", "kategorier"] : ["category", "categories"];
  const lines = [`${chartName(result.chart, lang)}${title} ${nb ? "med" : "with"} ${writeNumber(count, lang, 0)} ${count === 1 ? noun[0] : noun[1]}${unit}.`];
  lines.push(
    funnel
      ? nb
        ? "Hver enhet sammenlignes med midtlinjen ved sin egen nevner: 95 %- og 99,8 %-grensene blir smalere jo større nevneren er. Enhetene er ikke en tidsserie, så seriereglene brukes ikke."
        : "Each unit is compared with the centre line at its own denominator: the 95 % and 99.8 % limits narrow as the denominator grows. The units are not a time series, so the runs rules do not apply."
      : nb
        ? "Stolpene er sortert fra den største kategorien og ned; linjen viser kumulativ prosent av totalen."
        : "The bars are sorted from the largest category down; the line shows the cumulative per cent of the total.",
  );
  for (const facet of result.facets) {
    const points = result.points.filter((p) => p.facet === facet);
    const prefix = result.facets.length > 1 ? `${facet ?? "–"}: ` : "";
    if (points.length === 0) continue;
    lines.push(prefix + (funnel ? funnelFacet(points, lang, hints) : paretoFacet(points, lang)));
  }
  return lines.join("\n");
}

/** «Ahus» (above), «Bodø» (below). */
function unitList(points: Point[], lang: Lang): string {
  const nb = lang === "nb";
  return points.map((p) => `${String(p.x)} (${p.y! > p.cl! ? (nb ? "over" : "above") : nb ? "under" : "below"})`).join(", ");
}

function funnelFacet(points: Point[], lang: Lang, hints: boolean): string {
  const nb = lang === "nb";
  const cl = points.find((p) => p.cl !== null)?.cl ?? null;
  const valued = points.filter((p) => p.y !== null && !p.excluded);
  const outside998 = valued.filter((p) => p.sigmaSignal);
  const outside95 = valued.filter((p) => !p.sigmaSignal && ((p.ucl95 !== null && p.y! > p.ucl95) || (p.lcl95 !== null && p.y! < p.lcl95)));
  const bits = [cl === null ? (nb ? "Ingen sammenligningsverdi." : "No comparison value.") : `${funnelCentreIsPooled(points) ? (nb ? "Samlet verdi for alle enheter" : "Pooled value of all units") : nb ? "Sammenligningsverdi" : "Comparison value"} ${writeNumber(cl, lang)}.`];
  bits.push(outside998.length > 0 ? `${nb ? "Utenfor 99,8 %-grensene" : "Outside the 99.8 % limits"}: ${unitList(outside998, lang)}.` : nb ? "Ingen enhet er utenfor 99,8 %-grensene." : "No unit is outside the 99.8 % limits.");
  if (outside95.length > 0) bits.push(`${nb ? "Bare utenfor 95 %-grensene" : "Outside the 95 % limits only"}: ${unitList(outside95, lang)}.`);
  if (hints && outside998.length > 0) {
    bits.push(
      nb
        ? "Hva nå: en enhet utenfor 99,8 % skiller seg neppe ut bare ved tilfeldighet; se på pasientsammensetning og datakvalitet før en vurderer behandlingen."
        : "What next: a unit outside 99.8 % is unlikely to differ by chance alone; check its case mix and data quality before judging its care.",
    );
  }
  return bits.join(" ");
}

function paretoFacet(points: Point[], lang: Lang): string {
  const nb = lang === "nb";
  const total = points.reduce((sum, p) => sum + (p.y ?? 0), 0);
  const first = points[0]!;
  if (!(total > 0)) return nb ? "Totalt 0." : "Total 0.";
  const reach = points.findIndex((p) => (p.cumulativePercent ?? 0) >= 80 - 1e-9) + 1;
  // The first category's cumulative per cent is its share (and stays finite when the total overflows).
  const share = writeNumber(first.cumulativePercent ?? 0, lang, 0);
  const percent = (v: string) => (nb ? `${v} %` : `${v} %`);
  return nb
    ? `Totalt ${writeNumber(total, lang)}. Den største, «${String(first.x)}», er ${percent(share)} av totalen; de ${reach} største kategoriene utgjør minst ${percent("80")}.`
    : `Total ${writeNumber(total, lang)}. The largest, «${String(first.x)}», is ${percent(share)} of the total; the ${reach} largest categories make up at least ${percent("80")}.`;
}
