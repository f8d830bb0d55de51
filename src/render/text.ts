/**
 * Shortening text that does not fit.
 *
 * @module
 */

/**
 * The label cut to `max` characters with "…" at the end, or "" when not even one fits.
 *
 * @example
 * ```ts
 * clip("Demensavdelingen Solstua", 12); // "Demensavdel…"
 * ```
 */
export function clip(label: string, max = 22): string {
  return label.length <= max ? label : max > 1 ? `${label.slice(0, max - 1)}…` : "";
}
