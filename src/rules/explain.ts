/**
 * The whole chart's story in words: what it shows, which rules looked at it, what they found and
 * why it matters, and what the last point and the target say. Used by the renderer's `<desc>`.
 *
 * @module
 */
import { chartName } from "../chart-names.js";
import { MIN_USEFUL_POINTS } from "../compute/warnings.js";
import { centreIsMedian } from "../median-centre.js";
import { SpcError, type SpcIssue } from "../errors.js";
import type { ChartResult, Part, Point } from "../types.js";
import { writeNumber } from "../locale/number.js";
import { explainFinding, facetXWords } from "./describe.js";
import { explainUnits } from "./explain-units.js";
import { XFormatter } from "./locale.js";
import { RULES } from "./registry.js";
import { RULE_SET_TITLES, usesAnhoejRuns } from "./rule-sets.js";
import type { Assurance, Finding, Icon, Lang, Variation } from "./types.js";

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** `"nb"` (default) or `"en"`. */
  lang?: Lang;
  /** At most this many findings are told per facet (default 20); the rest are counted. */
  maxFindings?: number;
  /** Add each finding's "what to do next" (default true). */
  hints?: boolean;
}

/** The options with their defaults, or an SpcError naming each bad one (an app may pass a user's choice through). */
function checkOptions(options: ExplainOptions): Required<ExplainOptions> {
  const issues: SpcIssue[] = [];
  const bad = (key: string | null, message: string) => issues.push({ code: "invalid_option", path: key === null ? ["options"] : ["options", key], message });
  const { lang = "nb", maxFindings = 20, hints = true } = options;
  if (typeof options !== "object") bad(null, "must be an object");
  else {
    if (lang !== "nb" && lang !== "en") bad("lang", `must be "nb" or "en", not ${JSON.stringify(lang)}`);
    if (!Number.isInteger(maxFindings) || maxFindings < 0) bad("maxFindings", `must be a whole number from 0, not ${JSON.stringify(maxFindings)}`);
    if (typeof hints !== "boolean") bad("hints", `must be true or false, not ${JSON.stringify(hints)}`);
  }
  if (issues.length > 0) throw new SpcError(issues);
  return { lang, maxFindings, hints };
}

const VARIATION_TEXT: Record<Variation, { nb: string; en: string }> = {
  common: { nb: "bare vanlig variasjon", en: "common-cause variation only" },
  "improvement-high": { nb: "spesiell variasjon som er en forbedring (høy)", en: "special-cause variation that is an improvement (high)" },
  "improvement-low": { nb: "spesiell variasjon som er en forbedring (lav)", en: "special-cause variation that is an improvement (low)" },
  "concern-high": { nb: "spesiell variasjon som gir grunn til bekymring (høy)", en: "special-cause variation that is a concern (high)" },
  "concern-low": { nb: "spesiell variasjon som gir grunn til bekymring (lav)", en: "special-cause variation that is a concern (low)" },
  "neutral-high": { nb: "spesiell variasjon (høy)", en: "special-cause variation (high)" },
  "neutral-low": { nb: "spesiell variasjon (lav)", en: "special-cause variation (low)" },
};

const ASSURANCE_TEXT: Record<Assurance, { nb: string; en: string }> = {
  pass: { nb: "prosessen vil nå målet hver gang slik den er nå", en: "the process will meet the target every time as it is now" },
  fail: { nb: "prosessen vil ikke nå målet uten en endring", en: "the process will not meet the target without a change" },
  "hit-and-miss": { nb: "prosessen vil nå målet bare av og til", en: "the process will meet the target only some of the time" },
};

/** How to read a chart whose points carry the earlier ones: said once, after the first line. */
const CUMULATIVE_READING: Partial<Record<ChartResult["chart"], { nb: string; en: string }>> = {
  ewma: {
    nb: "Hvert punkt er et vektet gjennomsnitt av verdiene så langt: en liten varig endring vises tidligere enn i et I-diagram. Punktene henger sammen, så bare kontrollgrensene brukes.",
    en: "Each point is a weighted mean of the values so far: a small lasting shift shows earlier than on an I chart. The points depend on each other, so only the control limits are used.",
  },
  bcusum: {
    nb: "Kurven summerer tegn på at andelen hendelser har endret seg fra forventet risiko. Når summen når grensen, er det et signal, og summen starter på nytt fra 0.",
    en: "The curve adds up the evidence that the event rate has moved away from the expected risk. When the sum reaches the limit, that is a signal, and the sum starts again from 0.",
  },
};

/**
 * Tells the chart's story as plain text, one paragraph per line: the chart and its period, the
 * rules used and which way is better; per facet and part the centre line and limits, and how
 * often the runs rules would cry wolf for that many points; every finding's explanation (and
 * what to do next); the last point's variation and, with a target, whether the process will meet
 * it. Numbers and dates are written without the machine's locale data. Each finding is told in
 * the words of `describeFinding()`. The work is linear in points, findings and facets.
 *
 * @param result - What `compute()` returned.
 * @param options - Language (`"nb"` by default), how many findings to tell, whether to add hints.
 * @returns The story, lines separated by `\n`.
 *
 * @example
 * ```ts
 * import { compute, explain } from "spc-charts";
 * const result = compute({ chart: "run", data: [3, 5, 4, 6, 2, 5].map((y) => ({ y })) });
 * explain(result, { lang: "en" });
 * // Run chart with 6 points. Rules: Anhøj's rules (qicharts2).
 * // Points 1–6: median 4.5. With 6 useful points the runs rules give a false alarm 3.1% of the time when the process is stable.
 * // The rules found no signals: the variation looks random.
 * // Last point (point 6): common-cause variation only.
 * ```
 */
export function explain(result: ChartResult, options?: ExplainOptions | null): string {
  const { lang, maxFindings, hints } = checkOptions(options ?? {});
  // Units and categories (funnel, Pareto) have no last point, runs or parts to tell.
  if (result.chart === "funnel" || result.chart === "pareto") return explainUnits(result, lang, hints);
  const nb = lang === "nb";
  const lines: string[] = [];

  const plainName = chartName(result.chart, lang);
  // A standardised chart plots z-scores: say so, or "centre line 0" reads as a rate of 0.
  const name = result.standardised ? (nb ? `Standardisert ${plainName} (z-verdier)` : `Standardised ${plainName} (z-scores)`) : plainName;
  const total = result.points.length;
  // A CUSUM's one rule is its decision limit, not control limits.
  const cusumRule = result.chart === "bcusum" && result.ruleSet === null && result.rules.length === 1 && result.rules[0]!.rule === "outside-limits";
  const ruleNames = cusumRule ? (nb ? "summen når beslutningsgrensen" : "the sum reaches the decision limit") : result.ruleSet !== null ? RULE_SET_TITLES[result.ruleSet][lang] : result.rules.length === 0 ? (nb ? "ingen" : "none") : result.rules.map((r) => RULES[r.rule].name[lang].toLowerCase()).join(", ");
  const direction =
    result.direction === "increase" ? (nb ? " Høyere er bedre." : " Higher is better.") : result.direction === "decrease" ? (nb ? " Lavere er bedre." : " Lower is better.") : "";
  const title = result.title ? ` «${result.title}»` : "";
  const facetCount = result.facets.length > 1 ? (nb ? ` i ${result.facets.length} paneler` : ` in ${result.facets.length} panels`) : "";
  // The unit the values are in ("per 1000 liggedøgn", "%"), so that numbers below can be read.
  const unit = result.yLabel ? ` (${nb ? "verdier" : "values"}: ${result.yLabel})` : "";
  lines.push(`${name}${title}${facetCount} ${nb ? "med" : "with"} ${writeNumber(total, lang, 0)} ${plural(total, nb ? ["punkt", "punkter"] : ["point", "points"])}${unit}. ${nb ? "Regler" : "Rules"}: ${ruleNames}.${direction}`);
  const reading = CUMULATIVE_READING[result.chart];
  if (reading) lines.push(reading[lang]);

  // Findings and icons by facet, once: looking them up per facet made 8,000 facets take a minute.
  const findingsOf = groupByFacet(result.findings);
  const iconOf = new Map<string | null, Icon>();
  for (const icon of result.icons) if (!iconOf.has(icon.facet)) iconOf.set(icon.facet, icon);

  // Points and parts are ordered by facet; walk them together.
  let pointAt = 0;
  let partAt = 0;
  for (const facet of result.facets) {
    const from = pointAt;
    while (pointAt < result.points.length && result.points[pointAt]!.facet === facet) pointAt++;
    const points = result.points.slice(from, pointAt);
    const parts: Part[] = [];
    while (partAt < result.parts.length && result.parts[partAt]!.facet === facet) parts.push(result.parts[partAt++]!);
    const xf = new XFormatter(
      points.map((p) => p.x),
      result.xType,
    );
    const prefix = result.facets.length > 1 ? `${facet ?? "–"}: ` : "";
    if (points.length === 0) {
      lines.push(`${prefix}${nb ? "ingen punkter." : "no points."}`);
      continue;
    }
    lines.push(`${prefix}${describeParts(parts, points, xf, result, lang)}`);

    const findings = findingsOf.get(facet) ?? [];
    const words = facetXWords(xf, points[0]!.index - 1);
    if (findings.length === 0) {
      if (result.rules.length > 0) lines.push(noSignalSentence(points, lang));
    } else {
      lines.push(nb ? `Reglene fant ${findings.length} ${plural(findings.length, ["signal", "signaler"])}:` : `The rules found ${findings.length} ${plural(findings.length, ["signal", "signals"])}:`);
      findings.slice(0, maxFindings).forEach((f, k) => {
        const texts = explainFinding(f, words, result.chart);
        const hint = hints ? ` ${nb ? "Hva nå" : "What next"}: ${texts.hint[lang]}` : "";
        lines.push(`${k + 1}. ${texts.explanation[lang]}${hint}`);
      });
      if (findings.length > maxFindings) {
        const rest = findings.length - maxFindings;
        lines.push(nb ? `… og ${rest} ${plural(rest, ["signal", "signaler"])} til.` : `… and ${rest} more ${plural(rest, ["signal", "signals"])}.`);
      }
    }

    const last = points[points.length - 1]!;
    const icon = iconOf.get(facet);
    const variation = icon?.variation ?? last.variation;
    lines.push(`${nb ? "Siste punkt" : "Last point"} (${xf.at(points.length - 1, lang)}): ${VARIATION_TEXT[variation][lang]}.`);
    const target = last.target ?? result.target;
    if (target !== null) {
      const assurance = icon?.assurance ? `: ${ASSURANCE_TEXT[icon.assurance][lang]}` : "";
      // A trajectory: say where it started, so the last target is not read as the only one.
      const start = points.find((p) => p.target !== null)?.target ?? target;
      const path = start !== target ? (nb ? ` (en målbane fra ${writeNumber(start, lang)})` : ` (a trajectory from ${writeNumber(start, lang)})`) : "";
      lines.push(`${nb ? "Mål" : "Target"} ${writeNumber(target, lang)}${path}${assurance}.`);
    }
    const references = Array.isArray(result.lines) ? result.lines : [];
    if (references.length > 0) {
      const said = references.map((l) => `${l.label ?? (nb ? "referanselinje" : "reference line")} ${writeNumber(l.value, lang)}`).join("; ");
      lines.push(`${nb ? "Referanselinjer" : "Reference lines"}: ${said}.`);
    }
    const notes = points.flatMap((p, i) => (p.note ? [`${xf.at(i, lang)}: ${p.note}`] : []));
    if (notes.length > 0) lines.push(`${nb ? "Merknader" : "Notes"}: ${notes.join("; ")}.`);
  }
  return lines.join("\n");
}

/** The findings of each facet, in their order. */
function groupByFacet(findings: readonly Finding[]): Map<string | null, Finding[]> {
  const out = new Map<string | null, Finding[]>();
  for (const f of findings) {
    const list = out.get(f.facet);
    if (list) list.push(f);
    else out.set(f.facet, [f]);
  }
  return out;
}

/**
 * No signal found. With enough points that reads as common-cause variation; with fewer than
 * MIN_USEFUL_POINTS (a panel of 2 or 3 points) no rule had a fair chance, so it says so instead.
 */
export function noSignalSentence(points: readonly Point[], lang: Lang): string {
  const nb = lang === "nb";
  let measured = 0;
  for (const p of points) if (p.y !== null && !p.excluded) measured++;
  if (measured >= MIN_USEFUL_POINTS) return nb ? "Reglene fant ingen signaler: variasjonen ser tilfeldig ut." : "The rules found no signals: the variation looks random.";
  return nb
    ? `Reglene fant ingen signaler, men med ${measured} ${plural(measured, ["punkt", "punkter"])} er det for tidlig å si at variasjonen er tilfeldig.`
    : `The rules found no signals, but with ${measured} ${plural(measured, ["point", "points"])} it is too early to call the variation random.`;
}

/**
 * What the runs analysis of a part can say: how often it cries wolf; with too few points for a
 * rule to fire (5 or fewer useful points), that it cannot signal at all rather than "0,0 %"; and
 * with fewer than MIN_USEFUL_POINTS, that it rarely finds a change.
 */
function runsAnalysisSentence(nUseful: number, falseAlarm: number, lang: Lang): string {
  const nb = lang === "nb";
  const min = MIN_USEFUL_POINTS;
  if (falseAlarm === 0) {
    const points = nb ? `${nUseful} ${plural(nUseful, ["nyttig punkt", "nyttige punkter"])}` : `${nUseful} useful ${plural(nUseful, ["point", "points"])}`;
    return nb
      ? `Med bare ${points} kan seriereglene ikke gi signal: serieanalysen trenger minst ${min} punkter.`
      : `With only ${points} the runs rules cannot signal: runs analysis needs at least ${min} points.`;
  }
  const percent = writeNumber(100 * falseAlarm, lang, 1);
  const rate = nb
    ? `Med ${nUseful} nyttige punkter gir seriereglene falsk alarm i ${percent} % av tilfellene når prosessen er stabil.`
    : `With ${nUseful} useful points the runs rules give a false alarm ${percent}% of the time when the process is stable.`;
  if (nUseful >= min) return rate;
  return `${rate} ${nb ? `Med færre enn ${min} punkter finner serieanalysen sjelden en endring.` : `With fewer than ${min} points runs analysis rarely finds a change.`}`;
}

/** One sentence per part: its stretch, centre line and limits, and the runs rules' false-alarm rate. */
function describeParts(parts: Part[], points: Point[], xf: XFormatter, result: ChartResult, lang: Lang): string {
  const nb = lang === "nb";
  const runsRules = usesAnhoejRuns(result.rules);
  const isMedian = centreIsMedian(result);
  const offset = points[0]!.index - 1;
  return parts
    .map((part) => {
      const first = part.first - 1 - offset;
      const last = part.last - 1 - offset;
      const range = xf.range(first, last, lang);
      const label = parts.length > 1 ? `${nb ? "Del" : "Part"} ${part.label ? `«${part.label}»` : part.part} (${range}): ` : `${range}: `;
      const bits: string[] = [];
      const cusum = result.chart === "bcusum";
      // A CUSUM's 0 is where the sum starts, not a centre of the data.
      const centre = isMedian ? "median" : cusum ? (nb ? "startverdi" : "start value") : nb ? "midtlinje" : "centre line";
      // An NP chart with varying n has a centre line per point: part.cl is their mean.
      const stretch = points.slice(first, last + 1);
      const clVaries = stretch.some((p) => p.cl !== stretch[0]!.cl);
      const clText = part.cl === null ? "" : clVaries ? (nb ? `${centre} i snitt ${writeNumber(part.cl, lang)}` : `${centre} ${writeNumber(part.cl, lang)} on average`) : `${centre} ${writeNumber(part.cl, lang)}`;
      bits.push(part.cl === null ? (nb ? "ingen midtlinje" : "no centre line") : clText);
      const limits = limitsOf(points.slice(first, last + 1));
      if (limits) {
        const [lo, hi] = [limits.lcl === null ? "–" : writeNumber(limits.lcl, lang), limits.ucl === null ? "–" : writeNumber(limits.ucl, lang)];
        // A one-sided chart (a Bernoulli CUSUM) has one limit: name it rather than print a dash.
        if (!limits.varying && (limits.lcl === null) !== (limits.ucl === null)) {
          bits.push(cusum ? (nb ? `beslutningsgrense ${limits.ucl !== null ? hi : lo}` : `decision limit ${limits.ucl !== null ? hi : lo}`) : limits.ucl !== null ? (nb ? `øvre grense ${hi}` : `upper limit ${hi}`) : nb ? `nedre grense ${lo}` : `lower limit ${lo}`);
        } else bits.push(limits.varying ? (nb ? `kontrollgrenser i snitt ${lo} og ${hi}` : `control limits ${lo} and ${hi} on average`) : nb ? `kontrollgrenser ${lo} og ${hi}` : `control limits ${lo} and ${hi}`);
      }
      let sentence = capitalise(`${label}${bits.join(", ")}.`);
      if (runsRules && part.nUseful >= 1) sentence += ` ${runsAnalysisSentence(part.nUseful, part.runsFalseAlarm, lang)}`;
      return sentence;
    })
    .join(" ");
}

/** The part's limits: the same on every point, or their means when they vary (with n). `null` without limits. */
function limitsOf(points: Point[]): { lcl: number | null; ucl: number | null; varying: boolean } | null {
  let lclSum = 0;
  let uclSum = 0;
  let lclCount = 0;
  let uclCount = 0;
  let varying = false;
  let firstLcl: number | null | undefined;
  let firstUcl: number | null | undefined;
  for (const p of points) {
    if (p.lcl !== null) {
      lclSum += p.lcl;
      lclCount++;
    }
    if (p.ucl !== null) {
      uclSum += p.ucl;
      uclCount++;
    }
    if (firstLcl === undefined) {
      firstLcl = p.lcl;
      firstUcl = p.ucl;
    } else if (p.lcl !== firstLcl || p.ucl !== firstUcl) varying = true;
  }
  if (lclCount === 0 && uclCount === 0) return null;
  return { lcl: lclCount > 0 ? lclSum / lclCount : null, ucl: uclCount > 0 ? uclSum / uclCount : null, varying };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function plural(n: number, [one, many]: [string, string]): string {
  return n === 1 ? one : many;
}
