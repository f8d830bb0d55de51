/**
 * Render options: their type, defaults and checks. A bad option is an {@link SpcError} whose
 * issue names it (`options.width: must be a number from 200 to 10000`).
 *
 * @module
 */
import { PERIODS, type Period } from "../calendar.js";
import { SpcError, type SpcIssue } from "../errors.js";
import { RENDER_LANGS, type RenderLang } from "./locale.js";
import { defaultTheme, type Theme, type ThemeColors, type ThemeInput } from "./theme.js";

/**
 * How {@link renderSvg} draws a result; every field is optional (`undefined` means the default).
 * A bad value is an {@link SpcError} that names the option, e.g. `options.lang: must be one of "nb", "en"`.
 *
 * @example
 * ```ts
 * const options: RenderOptions = { lang: "en", width: 960, show95: true, notes: "top", theme: { fontSize: 13 } };
 * renderSvg(result, options);
 * ```
 */
export interface RenderOptions {
  /** Language of dates, numbers and words: `"nb"` (default) or `"en"`. */
  lang?: RenderLang | undefined;
  /** Width of the SVG in px (default 720). */
  width?: number | undefined;
  /** Height in px (default 400; faceted charts default to 200 px per row of panels plus titles). */
  height?: number | undefined;
  /** Title; default the result's title, else the chart's name. `null` draws none. */
  title?: string | null | undefined;
  /** A second, smaller line under the title. */
  subtitle?: string | undefined;
  /** Small text at the bottom (e.g. the data source). */
  caption?: string | undefined;
  /** Y axis title; default the result's `yLabel`. `null` draws none. */
  yLabel?: string | null | undefined;
  /** X axis title; default the result's `xLabel`. `null` draws none. */
  xLabel?: string | null | undefined;
  /** Y values are proportions: show them as per cent (value × 100 / multiply). Default true for P and P′ charts. */
  percent?: boolean | undefined;
  /** Decimals of the centre-line and limit labels (0–6); default from the axis' tick step. */
  decimals?: number | undefined;
  /** Draw the 2-sigma lines (default false). */
  show95?: boolean | undefined;
  /** Label the centre line, limits and target at the right end of each part (default true). */
  labels?: boolean | undefined;
  /** Where the text of notes goes: `"bottom"` (default, a numbered list), `"top"` (under the title) or `"none"` (markers only). */
  notes?: "bottom" | "top" | "none" | undefined;
  /** Faceted charts: one y scale for all panels (`"shared"`, default) or one per panel (`"free"`). */
  yScale?: "shared" | "free" | undefined;
  /** Faceted charts: number of columns (default ⌈√panels⌉). */
  columns?: number | undefined;
  /** `"all"` points, only marked ones (`"signals"`: signals, excluded, notes), or `"auto"` (default: all unless they would overlap). */
  points?: "auto" | "all" | "signals" | undefined;
  /**
   * Draw Making Data Count's variation and assurance icons top right of each panel. Default:
   * on when the result follows the `"mdc"` convention, off otherwise.
   */
  icons?: boolean | undefined;
  /** Period that date labels name; default inferred from the dates (month starts → months, Mondays → ISO weeks, …). */
  period?: Period | undefined;
  /** Prefix of the ids in the SVG (`<title id="…-title">`); default a hash of the result, so two charts on one page differ. */
  id?: string | undefined;
  /** Text of `<desc>`; default a summary the renderer writes. */
  description?: string | undefined;
  /**
   * Base font size in px (tick and value labels; the title is 4/3 of it, points and lines grow
   * with it). Default: 12 px up to 720 × 400, and on larger charts a fixed share of the chart —
   * 1/60 of the width or 1/33 of the height, whichever is smaller (21 px at 1280 × 720, readable
   * on a slide). `theme.fontSize` sets it too.
   */
  fontSize?: number | undefined;
  /** Multiplies every size (text, points, lines) after the defaults: 1.5 for a poster. Default 1. */
  scale?: number | undefined;
  /** Colours, fonts and sizes; what is given replaces the default. */
  theme?: ThemeInput | undefined;
}

/** Options after defaults, as the renderer uses them. */
export type Resolved = Omit<RenderOptions, "lang" | "show95" | "labels" | "notes" | "yScale" | "points" | "theme"> &
  { [K in "lang" | "show95" | "labels" | "notes" | "yScale" | "points"]-?: NonNullable<RenderOptions[K]> } & {
    theme: Theme;
    /** The theme colours the options set (a convention's palette does not replace them). */
    coloursGiven: ReadonlySet<string>;
  };

// What each option may be: a list of words, [min, max, integer?], "boolean", or text ("text", "text|null").
const RULES: Record<string, readonly string[] | readonly number[] | string> = {
  lang: RENDER_LANGS,
  width: [200, 10000],
  height: [120, 10000],
  title: "text|null",
  subtitle: "text",
  caption: "text",
  yLabel: "text|null",
  xLabel: "text|null",
  percent: "boolean",
  decimals: [0, 6, 1],
  show95: "boolean",
  labels: "boolean",
  notes: ["bottom", "top", "none"],
  yScale: ["shared", "free"],
  columns: [1, 12, 1],
  points: ["auto", "all", "signals"],
  icons: "boolean",
  period: PERIODS,
  id: "id",
  description: "text",
  fontSize: [6, 48],
  scale: [0.25, 4],
  theme: "theme",
};
const THEME_SIZES: Record<string, [number, number]> = { fontSize: [6, 48], titleSize: [6, 72], pointRadius: [0.5, 20], lineWidth: [0.25, 10] };
const COLOUR = /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]+|(rgb|rgba|hsl|hsla)\([\d\s.,%/+-]*\))$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const known = (keys: object) => `known: ${Object.keys(keys).join(", ")}`;

/** Why `value` does not fit `rule`, or "" when it does. */
function problem(rule: readonly string[] | readonly number[] | string, v: unknown): string {
  if (typeof rule === "string") {
    if (rule === "boolean") return typeof v === "boolean" ? "" : "must be true or false";
    if (rule === "id") return typeof v === "string" && /^[A-Za-z][\w-]{0,63}$/.test(v) ? "" : "must be a letter, then up to 63 letters, digits, - or _";
    return typeof v === "string" || (v === null && rule === "text|null") ? "" : rule === "text" ? "must be text" : "must be text or null";
  }
  if (typeof rule[0] === "number") {
    const [min, max, integer] = rule as readonly number[];
    const ok = typeof v === "number" && v >= min! && v <= max! && (!integer || Number.isInteger(v));
    return ok ? "" : `must be ${integer ? "an integer" : "a number"} from ${min} to ${max}`;
  }
  return (rule as readonly unknown[]).includes(v) ? "" : `must be one of ${rule.map((x) => `"${x}"`).join(", ")}`;
}

const tenths = (v: number) => Math.round(v * 10) / 10;

/**
 * Sizes that follow the chart: a base font size (given, or 12 px growing with a chart larger
 * than 720 × 400), the title 4/3 of it, points and lines growing with it; then `scale` on all.
 * Sizes the theme gives are kept (and scaled).
 */
function scaleSizes(theme: Theme, given: ReadonlySet<string>, o: RenderOptions): void {
  const auto = Math.max(12, Math.round(Math.min((o.width ?? 720) / 60, (o.height ?? 400) / 33)));
  const base = o.fontSize ?? (given.has("fontSize") ? theme.fontSize : auto);
  const grow = base / defaultTheme.fontSize;
  const k = o.scale ?? 1;
  theme.fontSize = tenths(base * k);
  theme.titleSize = tenths((given.has("titleSize") ? theme.titleSize : Math.round((base * 4) / 3)) * k);
  theme.pointRadius = tenths((given.has("pointRadius") ? theme.pointRadius : defaultTheme.pointRadius * grow) * k);
  theme.lineWidth = tenths((given.has("lineWidth") ? theme.lineWidth : defaultTheme.lineWidth * grow) * k);
}

/** Checks options and fills in defaults; throws an SpcError naming every bad option. */
export function resolveOptions(options: RenderOptions | undefined): Resolved {
  const issues: SpcIssue[] = [];
  const bad = (path: (string | number)[], message: string) => issues.push({ code: "invalid_option", path: ["options", ...path], message });
  const o: Record<string, unknown> = options === undefined || options === null ? {} : (options as Record<string, unknown>);
  if (!isObject(o)) bad([], "must be an object");
  else {
    for (const [key, v] of Object.entries(o)) {
      // Own keys only: "constructor" or "toString" must be unknown options, not Object's methods.
      const rule = Object.hasOwn(RULES, key) ? RULES[key] : undefined;
      if (rule === undefined) bad([key], `unknown option (${known(RULES)})`);
      else if (rule !== "theme" && v !== undefined && problem(rule, v)) bad([key], problem(rule, v));
    }
  }
  const theme: Theme = { ...defaultTheme, colors: { ...defaultTheme.colors } };
  const coloursGiven = new Set<string>();
  const sizesGiven = new Set<string>();
  const t = o.theme;
  if (t !== undefined && !isObject(t)) bad(["theme"], "must be an object");
  else if (t) {
    for (const [key, v] of Object.entries(t)) {
      const size = Object.hasOwn(THEME_SIZES, key) ? THEME_SIZES[key] : undefined;
      if (key === "colors" && isObject(v)) {
        for (const [name, colour] of Object.entries(v)) {
          if (!Object.hasOwn(defaultTheme.colors, name)) bad(["theme", "colors", name], `unknown colour (${known(defaultTheme.colors)})`);
          else if (typeof colour !== "string" || !COLOUR.test(colour.trim())) bad(["theme", "colors", name], 'must be a colour such as "#0072B2", "rgb(0, 114, 178)" or "none"');
          else {
            theme.colors[name as keyof ThemeColors] = colour.trim();
            coloursGiven.add(name);
          }
        }
      } else if (key === "colors") bad(["theme", "colors"], "must be an object");
      else if (key === "fontFamily") {
        if (typeof v === "string" && v.trim() !== "" && !/[<>&"]/.test(v)) theme.fontFamily = v;
        else bad(["theme", key], "must be a CSS font-family list (no <, >, & or double quotes)");
      } else if (size) {
        if (typeof v === "number" && v >= size[0] && v <= size[1]) {
          theme[key as "fontSize"] = v;
          sizesGiven.add(key);
        }
        else bad(["theme", key], `must be a number from ${size[0]} to ${size[1]}`);
      } else bad(["theme", key], `unknown theme field (${known({ colors: 1, fontFamily: 1, ...THEME_SIZES })})`);
    }
  }
  if (issues.length > 0) throw new SpcError(issues);
  scaleSizes(theme, sizesGiven, o as RenderOptions);
  const defined = Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  return { lang: "nb", show95: false, labels: true, notes: "bottom", yScale: "shared", points: "auto", ...defined, theme, coloursGiven };
}
