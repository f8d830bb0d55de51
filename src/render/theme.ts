/**
 * Colours, fonts and sizes of a chart. The default palette is Okabe & Ito's (2008), chosen
 * because its colours stay distinct for people with protanopia, deuteranopia and tritanopia;
 * signals also differ in shape, so they read without colour at all.
 *
 * @module
 */

/**
 * The colours a chart uses; any SVG/CSS colour (`#0072B2`, `rgb(0 114 178)`, a name, or `none`
 * for the background, grid and band).
 *
 * @example
 * ```ts
 * const print: Partial<ThemeColors> = { background: "none", band: "none", grid: "none" };
 * renderSvg(result, { theme: { colors: print } });
 * ```
 */
export interface ThemeColors {
  /** Background of the whole chart; `none` for transparent. */
  background: string;
  /** Titles, tick labels, value labels. */
  text: string;
  /** Subtitle, axis titles, caption, legend text. */
  muted: string;
  /** Horizontal grid lines; `none` hides them. */
  grid: string;
  /** Axis lines and ticks. */
  axis: string;
  /** Data line and ordinary points. */
  data: string;
  /** Centre line without a runs signal. */
  centre: string;
  /** 3-sigma limit lines. */
  limits: string;
  /** Fill between the 3-sigma limits; `none` for lines only. */
  band: string;
  /** 2-sigma lines (`show95`). */
  sigma2: string;
  /** Target line. */
  target: string;
  /** Signals without a direction: points outside the limits, points in a signal, the centre line of a part with a runs signal. */
  signal: string;
  /** Signals in the better direction (when the result has `variation`). */
  improvement: string;
  /** Signals in the worse direction (when the result has `variation`). */
  concern: string;
  /** Excluded points (drawn hollow). */
  excluded: string;
  /** Note markers. */
  note: string;
}

/**
 * Everything a theme sets: colours, font and sizes. {@link defaultTheme} is the full default.
 *
 * @example
 * ```ts
 * const large: Theme = { ...defaultTheme, fontSize: 16, titleSize: 22, pointRadius: 4, lineWidth: 2 };
 * ```
 */
export interface Theme {
  colors: ThemeColors;
  /** CSS font-family list. */
  fontFamily: string;
  /** Base font size in px (tick and value labels); others scale from it. */
  fontSize: number;
  /** Title font size in px. */
  titleSize: number;
  /** Radius in px of ordinary points; signal marks are a little larger. */
  pointRadius: number;
  /** Width in px of the data line; other lines scale from it. */
  lineWidth: number;
}

/**
 * A partial theme, as {@link RenderOptions.theme} takes it: what is given replaces the default,
 * colour by colour.
 *
 * @example
 * ```ts
 * const wall: ThemeInput = { fontSize: 15, colors: { data: "#000000", signal: "#D55E00" } };
 * renderSvg(result, { theme: wall, width: 1200, height: 650 });
 * ```
 */
export interface ThemeInput {
  colors?: Partial<ThemeColors>;
  fontFamily?: string;
  fontSize?: number;
  titleSize?: number;
  pointRadius?: number;
  lineWidth?: number;
}

/**
 * The default theme: Okabe–Ito colours (blue `#0072B2` data, vermillion `#D55E00` signals,
 * bluish green `#009E73` improvement), grey limits on a light band, 12 px system sans-serif.
 *
 * @example
 * ```ts
 * import { renderSvg, defaultTheme } from "spc-charts";
 * renderSvg(result, { theme: { colors: { signal: defaultTheme.colors.concern } } });
 * ```
 */
export const defaultTheme: Theme = {
  colors: {
    background: "#FFFFFF",
    text: "#1A1A1A",
    muted: "#555555",
    grid: "#EBEBEB",
    axis: "#8C8C8C",
    data: "#0072B2",
    centre: "#333333",
    limits: "#8C8C8C",
    band: "#F0F0F0",
    sigma2: "#A6A6A6",
    target: "#009E73",
    signal: "#D55E00",
    improvement: "#009E73",
    concern: "#D55E00",
    excluded: "#8C8C8C",
    note: "#333333",
  },
  fontFamily: "'DejaVu Sans', system-ui, 'Segoe UI', Roboto, Arial, sans-serif",
  fontSize: 12,
  titleSize: 16,
  pointRadius: 3,
  lineWidth: 1.5,
};
