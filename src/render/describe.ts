/**
 * The words of `<desc>`: what the chart shows, for a screen reader, in the chart's language —
 * chart type, period, centre line, signals, notes. Kept short on purpose: the
 * library's `explain()` can be passed as the `description` option for a fuller account.
 *
 * @module
 */
import { formatValue, formatX, type FacetModel, type Model } from "./model.js";

/** A summary such as "U-diagram, 28 punkter fra jan. 2023 til apr. 2025. Del 1: senterlinje 13,2 …". */
export function describe(m: Model, decimals: number): string {
  const nb = m.o.lang === "nb";
  const w = m.words;
  const v = (x: number) => formatValue(m, x, decimals);
  const plural = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const points = (k: number) => plural(k, nb ? "punkt" : "point", nb ? "punkter" : "points");
  const all = m.facets.reduce((k, f) => k + f.points.length, 0);
  const out = [`${m.name}, ${points(all)}${m.facets.length > 1 ? (nb ? ` i ${m.facets.length} paneler` : ` in ${m.facets.length} panels`) : ""}${span(m, m.facets[0]!, nb)}.`];
  for (const f of m.facets) {
    const bits = f.parts.map((part, k) => {
      const last = part.points[part.points.length - 1];
      const cl = part.part?.cl ?? last?.cl ?? null;
      const outside = part.points.map((p, i) => (p.sigmaSignal ? formatX(m, p, part.xs[i]!) : "")).filter(Boolean);
      const signals = [
        ...(part.part?.runsSignal ? [w.runs] : []),
        ...(outside.length > 0 ? [`${points(outside.length)} ${w.outside.toLowerCase()} (${outside.slice(0, 5).join(", ")}${outside.length > 5 ? " …" : ""})`] : []),
      ];
      const head = f.parts.length > 1 ? `${nb ? "Del" : "Part"} ${part.part?.label ? `«${part.part.label}»` : k + 1}: ` : "";
      return (
        head +
        [
          cl === null ? (nb ? "ingen senterlinje" : "no centre line") : `${(m.result.chart === "run" ? w.median : w.centre).toLowerCase()} ${v(cl)}`,
          signals.length > 0 ? signals.join("; ") : nb ? "ingen signaler" : "no signals",
        ].join(", ") +
        "."
      );
    });
    out.push((m.facets.length > 1 ? `${f.facet ?? "–"}: ` : "") + bits.join(" "));
  }
  const target = m.facets[0]?.points.find((p) => p.target !== null)?.target;
  if (target !== undefined && target !== null) out.push(`${w.target} ${v(target)}.`);
  const notes = m.facets.flatMap((f) => f.points.map((p, i) => (p.note ? `${formatX(m, p, f.xs[i]!)}: ${p.note}` : "")).filter(Boolean));
  if (notes.length > 0) out.push(`${w.notes}: ${notes.join("; ")}.`);
  return out.join(" ");
}

function span(m: Model, f: FacetModel, nb: boolean): string {
  const a = f.points[0];
  const b = f.points[f.points.length - 1];
  if (!a || !b || a === b || m.xKind === "category") return "";
  return `${nb ? " fra" : " from"} ${formatX(m, a, f.xs[0]!)} ${nb ? "til" : "to"} ${formatX(m, b, f.xs[f.xs.length - 1]!)}`;
}

/** FNV-1a hash of a string, in base 36: stable ids without randomness. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
