/**
 * Making Data Count's icons, drawn in SVG from NHS England's published descriptions: a circle
 * whose colour says what the variation means (blue: improvement, orange: concern, grey: common
 * cause, purple: special cause where no direction is better), with the letter H or L for a
 * signal on the high or low side; and the assurance icon, a circle with P (blue: the process
 * passes the target every time), F (orange: it fails every time) or a grey line crossing the
 * target (hit and miss). Each icon has an accessible name in bokmål or English.
 *
 * The same functions draw the icons on the chart (top right of each panel) and in the report.
 *
 * @module
 */
import type { Assurance, Variation } from "../../rules/types.js";
import type { PanelLayout } from "../layout.js";
import type { RenderLang } from "../locale.js";
import { escapeXml, n } from "../svg.js";

export { MDC_COLOURS } from "../mdc-colours.js";
import { MDC_COLOURS } from "../mdc-colours.js";

const VARIATION_NAMES: Record<Variation, Record<RenderLang, string>> = {
  common: { nb: "Vanlig variasjon", en: "Common cause variation" },
  "improvement-high": { nb: "Spesiell variasjon: forbedring, høye verdier", en: "Special cause variation: improvement, high values" },
  "improvement-low": { nb: "Spesiell variasjon: forbedring, lave verdier", en: "Special cause variation: improvement, low values" },
  "concern-high": { nb: "Spesiell variasjon: bekymring, høye verdier", en: "Special cause variation: concern, high values" },
  "concern-low": { nb: "Spesiell variasjon: bekymring, lave verdier", en: "Special cause variation: concern, low values" },
  "neutral-high": { nb: "Spesiell variasjon: høye verdier", en: "Special cause variation: high values" },
  "neutral-low": { nb: "Spesiell variasjon: lave verdier", en: "Special cause variation: low values" },
};

const ASSURANCE_NAMES: Record<Assurance, Record<RenderLang, string>> = {
  pass: { nb: "Målet nås hver gang", en: "The target is met every time" },
  fail: { nb: "Målet nås ikke uten en endring", en: "The target is not met without a change" },
  "hit-and-miss": { nb: "Målet nås bare av og til", en: "The target is met only some of the time" },
};

/**
 * The accessible name of a variation icon.
 *
 * @example
 * ```ts
 * variationName("concern-high", "en"); // "Special cause variation: concern, high values"
 * ```
 */
export function variationName(variation: Variation, lang: RenderLang): string {
  return VARIATION_NAMES[variation][lang];
}

/**
 * The accessible name of an assurance icon.
 *
 * @example
 * ```ts
 * assuranceName("pass", "nb"); // "Målet nås hver gang"
 * ```
 */
export function assuranceName(assurance: Assurance, lang: RenderLang): string {
  return ASSURANCE_NAMES[assurance][lang];
}

function colourOf(variation: Variation): string {
  if (variation === "common") return MDC_COLOURS.common;
  return MDC_COLOURS[variation.slice(0, variation.indexOf("-")) as "improvement" | "concern" | "neutral"];
}

/** A ring of diameter `size` centred on (cx, cy): white inside, coloured edge. */
function ring(cx: number, cy: number, size: number, colour: string): string {
  return `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(size * 0.45)}" fill="#FFFFFF" stroke="${colour}" stroke-width="${n(size * 0.08)}"/>`;
}

/** A bold letter in the middle of an icon. */
function letter(cx: number, cy: number, size: number, colour: string, content: string): string {
  return `<text x="${n(cx)}" y="${n(cy + size * 0.15)}" font-size="${n(size * 0.42)}" font-weight="bold" text-anchor="middle" fill="${colour}">${content}</text>`;
}

/**
 * Five small dots along the lower part of an icon: flat and grey for common cause; the last two
 * coloured and stepping up (high) or down (low) for a signal.
 */
function dots(cx: number, cy: number, size: number, variation: Variation): string {
  const side = variation.endsWith("high") ? -1 : variation.endsWith("low") ? 1 : 0;
  const colour = colourOf(variation);
  const r = size * 0.045;
  const out: string[] = [];
  for (let i = 0; i < 5; i++) {
    const x = cx + (i - 2) * size * 0.13;
    const wobble = side === 0 ? (i % 2 === 0 ? -1 : 1) * size * 0.03 : 0;
    const y = cy + size * (side === 0 ? 0.05 : 0.24) + wobble + (side !== 0 && i >= 3 ? side * size * (i - 2) * 0.05 : 0);
    out.push(`<circle cx="${n(x)}" cy="${n(y)}" r="${n(r)}" fill="${side !== 0 && i >= 3 ? colour : MDC_COLOURS.common}"/>`);
  }
  return out.join("");
}

/**
 * A variation icon of diameter `size` centred on (cx, cy), as an SVG group with a `<title>`.
 *
 * @example
 * ```ts
 * variationIcon("improvement-low", 20, 20, 28, "nb"); // '<g role="img" aria-label="Spesiell variasjon: forbedring, lave verdier">…'
 * ```
 */
export function variationIcon(variation: Variation, cx: number, cy: number, size: number, lang: RenderLang): string {
  const name = escapeXml(variationName(variation, lang));
  const colour = colourOf(variation);
  const body = variation === "common" ? dots(cx, cy, size, variation) : `${letter(cx, cy - size * 0.06, size, colour, variation.endsWith("high") ? "H" : "L")}${dots(cx, cy, size, variation)}`;
  return `<g role="img" aria-label="${name}" data-icon="${variation}"><title>${name}</title>${ring(cx, cy, size, colour)}${body}</g>`;
}

/**
 * An assurance icon of diameter `size` centred on (cx, cy), as an SVG group with a `<title>`.
 *
 * @example
 * ```ts
 * assuranceIcon("fail", 20, 20, 28, "en"); // '<g role="img" aria-label="The target is not met without a change">…'
 * ```
 */
export function assuranceIcon(assurance: Assurance, cx: number, cy: number, size: number, lang: RenderLang): string {
  const name = escapeXml(assuranceName(assurance, lang));
  let body: string;
  let colour: string;
  if (assurance === "hit-and-miss") {
    colour = MDC_COLOURS.common;
    // A dashed target line crossed by a wavy process line.
    const w = size * 0.3;
    body =
      `<path d="M${n(cx - w)},${n(cy)}H${n(cx + w)}" stroke="${MDC_COLOURS.concern}" stroke-width="${n(size * 0.05)}" stroke-dasharray="${n(size * 0.06)} ${n(size * 0.04)}"/>` +
      `<path d="M${n(cx - w)},${n(cy + size * 0.08)}Q${n(cx - w / 2)},${n(cy - size * 0.22)} ${n(cx)},${n(cy + size * 0.08)}T${n(cx + w)},${n(cy + size * 0.08)}" stroke="${colour}" stroke-width="${n(size * 0.06)}" fill="none"/>`;
  } else {
    colour = assurance === "pass" ? MDC_COLOURS.improvement : MDC_COLOURS.concern;
    body = letter(cx, cy, size, colour, assurance === "pass" ? "P" : "F");
  }
  return `<g role="img" aria-label="${name}" data-icon="${assurance}"><title>${name}</title>${ring(cx, cy, size, colour)}${body}</g>`;
}

/**
 * A standalone SVG of one icon, `size` px square (for the report's summary table).
 *
 * @example
 * ```ts
 * iconSvg({ variation: "common" }, 24, "nb"); // '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" …'
 * ```
 */
export function iconSvg(icon: { variation: Variation } | { assurance: Assurance }, size: number, lang: RenderLang): string {
  const half = size / 2;
  const inner = "variation" in icon ? variationIcon(icon.variation, half, half, size, lang) : assuranceIcon(icon.assurance, half, half, size, lang);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${n(size)}" height="${n(size)}" viewBox="0 0 ${n(size)} ${n(size)}" font-family="system-ui, sans-serif">${inner}</svg>`;
}

/**
 * The icons of a panel, right-aligned in the strip above its plot: the variation icon, then the
 * assurance icon when the result has one. "" when icons are off or the facet has none.
 *
 * @example
 * ```ts
 * icons(panel); // '<g aria-label="Ikoner"><g role="img" aria-label="Vanlig variasjon">…</g></g>'
 * ```
 */
export function icons(panel: PanelLayout): string {
  const { chart, facet, box } = panel;
  const m = chart.model;
  if (chart.iconSize === 0) return "";
  const icon = m.result.icons.find((i) => i.facet === facet.facet);
  if (!icon) return "";
  const size = chart.iconSize;
  const cy = panel.rowTop + panel.headerHeight / 2;
  const right = box.x + box.w;
  const out = [`<g aria-label="${m.words.icons}">`];
  let cx = right - size / 2;
  if (icon.assurance) {
    out.push(assuranceIcon(icon.assurance, cx, cy, size, m.o.lang));
    cx -= size + 4;
  }
  out.push(variationIcon(icon.variation, cx, cy, size, m.o.lang), "</g>");
  return out.join("");
}
