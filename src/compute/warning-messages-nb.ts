/**
 * The bokmål of the warnings' messages (warning-messages.ts), added when a caller asks for a
 * language: `formatIssue` and the CLI call {@link loadWarningsNb}. Kept apart so that
 * `import { compute }` does not carry it.
 *
 * @module
 */
import { defineTranslation } from "../locale/message.js";
import { WARNING_MESSAGES } from "./warning-messages.js";

/** Positions as a short list: "3, 7, 12 og 4 til" (the first 8). */
function positionsNb(all: readonly (string | number)[]): string {
  return all.length > 8 ? `${all.slice(0, 8).join(", ")} og ${all.length - 8} til` : all.join(", ");
}

const facetNb = (facet: string | null) => (facet === null ? "" : ` i fasetten «${facet}»`);

let loaded = false;

/**
 * Adds the bokmål of the warnings (once).
 *
 * @example
 * ```ts
 * loadWarningsNb();
 * issueMessage(result.warnings[0], "nb");
 * ```
 */
export function loadWarningsNb(): void {
  if (loaded) return;
  loaded = true;
  defineTranslation(WARNING_MESSAGES, "nb", {
    "unknown-field": (p) => `${p.fields.length > 1 ? "Ukjente felt" : "Ukjent felt"} i diagramspesifikasjonen ble ignorert: ${p.fields.join(", ")} (en skrivefeil?).`,
    "rows-without-x": (p) => `${p.rows.length} ${p.rows.length > 1 ? "rader" : "rad"} mangler x (null) og er utelatt fra diagrammet: rad ${positionsNb(p.rows)} (talt fra 0).`,
    "freeze-ignored": () => "freeze blir ignorert fordi diagrammet har faser (som i qicharts2).",
    "part-label-returns": (p) =>
          `Fasenavnet «${p.label}» kommer tilbake i rad ${p.row} (talt fra 0) etter at fasen «${p.within}» begynte; en fase starter der navnet først står (som i qicharts2), så raden blir i fasen «${p.within}». Bruk et nytt navn for en ny fase.`,
    "zero-denominator": (p) =>
          `${p.positions.length} ${p.positions.length > 1 ? "undergrupper" : "undergruppe"} har nevner 0${facetNb(p.facet)} (posisjon ${positionsNb(p.positions)}): ingen verdi og ingen grenser der.`,
    "missing-values": (p) =>
          `${p.positions.length} ${p.positions.length > 1 ? "undergrupper" : "undergruppe"} mangler verdi${p.withN ? " (en teller eller nevner mangler)" : ""}${facetNb(p.facet)} (posisjon ${positionsNb(p.positions)})${p.asZero ? '; med aggregate "sum" vises de som 0, som i qicharts2' : ""}.`,
    "short-part": (p) =>
          `Fase ${p.part}${facetNb(p.facet)} har ${p.size} ${p.size === 1 ? "undergruppe" : "undergrupper"}; med færre enn ${p.min} er grensene foreløpige og vil endre seg når flere punkter kommer til (Making Data Count).`,
    "too-few-points": (p) =>
          `Fase ${p.part}${facetNb(p.facet)} har ${p.useful} ${p.useful === 1 ? "nyttig punkt" : "nyttige punkter"}; med færre enn ${p.min} oppdager serieanalysen sjelden en endring, og grensene er usikre.`,
    "runs-method-fallback": (p) => `Fase ${p.part}${facetNb(p.facet)}: regelen ${p.method} gjelder bare for 10 til 100 nyttige punkter, så Anhøjs regel ble brukt for ${p.useful}.`,
    "all-equal": (p) => `Fase ${p.part}${facetNb(p.facet)}: alle verdiene er ${p.value}; det er ingen variasjon å analysere.`,
    "no-limits": (p) => `Fase ${p.part}${facetNb(p.facet)}: ingen kontrollgrenser kunne beregnes (for få punkter, eller ingen variasjon).`,
  });
}
