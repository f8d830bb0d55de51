/**
 * A finding in words: `describeFinding()` turns one of `compute()`'s findings (plain data) into its
 * explanation and "what to do next", in bokmål or English. The sentences are
 * src/rules/sentences.ts's; this file finds the words for the finding's x.
 *
 * @module
 */
import { fromIsoDate } from "../calendar.js";
import { SpcError, type SpcIssue } from "../errors.js";
import type { ChartType } from "../chart-spec/chart-types.js";
import type { ChartResult } from "../types.js";
import { XFormatter } from "./locale.js";
import { SENTENCES, type Explained, type XWords } from "./sentences.js";
import type { Finding, Lang, Texts } from "./types.js";

/** Options of {@link describeFinding}. */
export interface DescribeFindingOptions {
  /** `"nb"` (default) or `"en"`. */
  lang?: Lang;
  /**
   * The result the finding came from. With it, x is written the way the chart's axis reads it
   * ("uke 12–19" for a weekly series, "mars–mai 2024" for a monthly one), exactly as `explain()`
   * writes it. Without it, x is read from the finding's own `xFirst` and `xLast` (two dates a
   * whole number of weeks apart read as weeks, a lone date as a day).
   */
  result?: ChartResult | null;
}

/** A finding's words in one language. */
export interface FindingText {
  /** One sentence with the numbers filled in, e.g. "8 punkter på rad under midtlinjen (uke 12–19). …". */
  explanation: string;
  /** A short "what to do next". */
  hint: string;
}

/**
 * Writes a finding's explanation and hint in bokmål or English: the same sentences `explain()`
 * tells and the chart's `<desc>` reads, with the finding's numbers and x filled in. Numbers and
 * dates are written without the machine's locale data.
 *
 * @param finding - One of `result.findings` (also after a trip through JSON).
 * @param options - Language (`"nb"` by default), and the result the finding came from, so that x
 *   reads as on the chart's axis.
 * @returns The explanation and the hint.
 * @throws SpcError (`invalid_option`) for a bad option, (`invalid_finding`) for something that
 *   is not a finding. A finding saved before findings were data keeps the words it carries.
 *
 * @example
 * ```ts
 * import { compute, describeFinding } from "spc-charts";
 * const ys = [5, 6, 5, 6, 5, 8, 9, 8, 9, 8, 9, 8, 9];
 * const result = compute({ chart: "i", data: ys.map((y) => ({ y })), rules: [{ rule: "shift", n: 7 }] });
 * describeFinding(result.findings[0], { lang: "en", result }).explanation;
 * // "8 points in a row above the centre line (points 6–13); the rule fires at 7. Runs this long are …"
 * ```
 */
export function describeFinding(finding: Finding, options?: DescribeFindingOptions | null): FindingText {
  const { lang, result } = checkOptions(options ?? {});
  const saved = savedWords(finding);
  if (saved) return { explanation: saved.explanation[lang], hint: saved.hint[lang] };
  checkFinding(finding);
  const words = result ? facetWords(result, finding.facet) : ownWords(finding);
  const texts = explainFinding(finding, words, result?.chart ?? null);
  return { explanation: texts.explanation[lang], hint: texts.hint[lang] };
}

/**
 * A finding's sentences in both languages, with x written by `words` and the limit named for
 * `chart` (a funnel's 99.8 % limit, a CUSUM's decision limit): for explain(), which has the
 * facet's words at hand.
 *
 * @example
 * ```ts
 * explainFinding(finding, facetXWords(new XFormatter(xs, "date"), 0)).explanation.en;
 * ```
 */
export function explainFinding(finding: Finding, words: XWords, chart: ChartType | null = null): Explained {
  return savedWords(finding) ?? SENTENCES[finding.rule](finding, words, chart);
}

/** A finding saved before findings were data carries its words (and lacks the numbers to write them). */
type SavedFinding = Finding & { explanation?: Texts; hint?: Texts };

/** The words a saved finding carries, used as they are; `null` for a finding of this version. */
function savedWords(finding: SavedFinding): Explained | null {
  if (typeof finding !== "object" || finding === null || typeof finding.usable === "number") return null;
  const { explanation, hint } = finding;
  return explanation && hint && typeof explanation.nb === "string" && typeof hint.nb === "string" ? { explanation, hint } : null;
}

/**
 * The words of a facet's x by finding position (1-based), from the facet's formatter; `offset`
 * is the position of the formatter's first x, minus 1.
 *
 * @example
 * ```ts
 * facetXWords(new XFormatter([1, 2, 3], "number"), 0).range(1, 3, "en"); // "points 1–3"
 * ```
 */
export function facetXWords(xf: XFormatter, offset: number): XWords {
  return {
    at: (p, lang) => xf.at(p - 1 - offset, lang),
    range: (a, b, lang) => xf.range(a - 1 - offset, b - 1 - offset, lang),
  };
}

/**
 * Each result's facets' words, made once per result (one pass over the points) and per facet
 * (on first use), so that describing every finding of a 10⁴-facet chart stays linear.
 */
const wordsByResult = new WeakMap<ChartResult, { xs: Map<string | null, { x: (number | string)[]; offset: number }>; words: Map<string | null, XWords> }>();

/**
 * The words of x ("uke 5", "mars 2024") for one facet of a result, made once per result and facet.
 *
 * @example
 * ```ts
 * facetWords(result, null).range(0, 7, "nb"); // "uke 1–8"
 * ```
 */
export function facetWords(result: ChartResult, facet: string | null): XWords {
  let cache = wordsByResult.get(result);
  if (!cache) {
    const xs = new Map<string | null, { x: (number | string)[]; offset: number }>();
    for (const p of result.points) {
      let entry = xs.get(p.facet);
      if (!entry) xs.set(p.facet, (entry = { x: [], offset: p.index - 1 }));
      entry.x.push(p.x);
    }
    cache = { xs, words: new Map() };
    wordsByResult.set(result, cache);
  }
  let words = cache.words.get(facet);
  if (!words) {
    const entry = cache.xs.get(facet);
    if (!entry) throw new SpcError([{ code: "invalid_finding", path: ["finding", "facet"], message: `${JSON.stringify(facet)} is not a facet of the result given` }]);
    words = facetXWords(new XFormatter(entry.x, result.xType), entry.offset);
    cache.words.set(facet, words);
  }
  return words;
}

/** The words of x from the finding alone: its first and last x, at their positions. */
function ownWords(f: Finding): XWords {
  const one = f.first === f.last;
  const xs = one ? [f.xFirst] : [f.xFirst, f.xLast];
  const xf = new XFormatter(xs, xTypeOf(xs));
  const index = (p: number) => (p === f.first ? 0 : xs.length - 1);
  return { at: (p, lang) => xf.at(index(p), lang), range: (a, b, lang) => xf.range(index(a), index(b), lang) };
}

/** How x was read, guessed from some of its values: numbers, ISO dates, or labels. */
function xTypeOf(xs: readonly (number | string)[]): "number" | "date" | "category" {
  if (xs.every((x) => typeof x === "number")) return "number";
  if (xs.every((x) => typeof x === "string" && fromIsoDate(x) !== null)) return "date";
  return "category";
}

function checkOptions(options: DescribeFindingOptions): { lang: Lang; result: ChartResult | null } {
  const issues: SpcIssue[] = [];
  const bad = (key: string | null, message: string) => issues.push({ code: "invalid_option", path: key === null ? ["options"] : ["options", key], message });
  const { lang = "nb", result = null } = typeof options === "object" ? options : {};
  if (typeof options !== "object") bad(null, "must be an object");
  if (lang !== "nb" && lang !== "en") bad("lang", `must be "nb" or "en", not ${JSON.stringify(lang)}`);
  if (result !== null && (typeof result !== "object" || !Array.isArray(result.points))) bad("result", "must be what compute() returned");
  if (issues.length > 0) throw new SpcError(issues);
  return { lang, result };
}

/** Numbers the sentences read; a result saved before findings were data lacks `usable` and `nUseful`. */
const NUMBER_FIELDS = ["first", "last", "count", "limit", "usable", "nUseful"] as const;

function checkFinding(finding: SavedFinding): void {
  const issues: SpcIssue[] = [];
  const bad = (key: string | null, message: string) => issues.push({ code: "invalid_finding", path: key === null ? ["finding"] : ["finding", key], message });
  if (typeof finding !== "object" || finding === null) bad(null, "must be one of result.findings");
  else {
    if (!Object.hasOwn(SENTENCES, finding.rule)) bad("rule", `${JSON.stringify(finding.rule)} is not a rule`);
    for (const key of NUMBER_FIELDS) {
      if (typeof finding[key] !== "number") bad(key, `must be a number, not ${JSON.stringify(finding[key])} (is this a result from an older version? compute it again)`);
    }
    for (const key of ["xFirst", "xLast"] as const) {
      const x: unknown = finding[key];
      if (typeof x !== "number" && typeof x !== "string") bad(key, `must be the x of a point, not ${JSON.stringify(x)} (is this a result from an older version? compute it again)`);
    }
    if (finding.value !== null && typeof finding.value !== "number") bad("value", `must be a number or null, not ${JSON.stringify(finding.value)}`);
  }
  if (issues.length > 0) throw new SpcError(issues);
}
