/**
 * The report as plain data: everything the HTML report, the A3, the slides and the PDF say about
 * one or several computed plans — titles, the A3 fields, each measure's chart result, its
 * explanation, its signals grouped by rule with x in the data's own terms, the target judged by
 * the latest points, colours by meaning, icons and the changes tested — written once, in one
 * language, so that every output says the same thing in the same words. No HTML, no drawing:
 * each writer lays the model out in its own format.
 *
 * @module
 */
import { chartName } from "../chart-names.js";
import { compute } from "../compute/compute.js";
import { formatLocated } from "../plan/diagnostics.js";
import type { A3Change } from "../plan/a3.js";
import type { ComputedMeasure, ComputedPlan } from "../plan/compute.js";
import type { Direction, Lang, MeasureType } from "../plan/schema.js";
import { defaultTheme } from "../render/theme.js";
import { describeFinding, facetXWords } from "../rules/describe.js";
import { explain } from "../rules/explain.js";
import { XFormatter } from "../rules/locale.js";
import { RULES } from "../rules/registry.js";
import type { Assurance, Finding, RuleId, Side, Variation } from "../rules/types.js";
import type { Period } from "../calendar.js";
import type { ChartResult, ChartType, XValue } from "../types.js";
import { writeNumber } from "../locale/number.js";
import { decimalsFor, formatDate, formatNumber, formatX } from "./format.js";
import { reportStrings } from "./strings.js";
import { summariseMeasure, type MeasureSummary, type TargetStatus } from "./summary.js";

/** What a signal or a point's variation means, given the measure's direction: the colour it gets. */
export type Meaning = "improvement" | "concern" | "neutral";

/** Options of {@link buildReportModel}. */
export interface ReportModelOptions {
  /** Language of every text; default the first plan's `lang`, else `"nb"`. */
  lang?: Lang;
  /** The date the report is made, `YYYY-MM-DD`; none when absent (for reproducible output). */
  date?: string;
  /** The document's title; default the plan's title (one plan) or «Måleplaner» / "Measurement plans". */
  title?: string;
}

/** The whole report. */
export interface ReportModel {
  lang: Lang;
  title: string;
  /** The date given in the options (ISO) and as the reader writes it, or `null`. */
  date: { iso: string; text: string } | null;
  /** Number of measures over all plans. */
  measureCount: number;
  plans: ReportPlan[];
  /** Each plan's measures with their icons: the learning network's overview. */
  network: NetworkRow[];
  /** The colours of the meanings, the same as the charts draw them (`defaultTheme`). */
  colours: Record<Meaning | "common", string>;
}

/** One plan (one team's section). */
export interface ReportPlan {
  /** Anchor id, unique in the report: `plan-1`, `plan-2`, … */
  id: string;
  title: string;
  team: string | null;
  aim: string | null;
  description: string | null;
  /** The plan's file name when known. */
  file: string | null;
  a3: ReportA3;
  measures: ReportMeasure[];
}

/** The A3 form's fields, ready to write: texts as lists of paragraphs (a text given as one string is one item). */
export interface ReportA3 {
  /** Whether the plan gives any A3 field (the aim aside). */
  given: boolean;
  problem: string | null;
  department: string | null;
  responsible: string | null;
  start: { iso: string; text: string } | null;
  end: { iso: string; text: string } | null;
  currentState: string[];
  analysis: string[];
  solution: string[];
  expectedResult: string[];
  changes: A3Change[];
  tests: string[];
  followUp: string[];
  /**
   * The chart for "current situation": the first outcome measure (else the first measure) with a
   * result, cut to its baseline — the frozen baseline, else the first part, else the subgroups
   * before the first change tested; `null` when no measure has a result.
   */
  baseline: ReportBaseline | null;
}

/** A measure's baseline as a chart of its own. */
export interface ReportBaseline {
  /** The anchor id of the measure it comes from. */
  measureId: string;
  name: string;
  result: ChartResult;
  period: Period | null;
  /** «januar 2023–februar 2024». */
  range: string;
  /** Why it ends where it does. */
  cut: "freeze" | "part" | "first-change" | "all";
}

/** One measure. */
export interface ReportMeasure {
  /** Anchor id, unique in the report (the measure's id, prefixed by the plan's when there are several plans). */
  id: string;
  /** The measure's own id in its plan. */
  measureId: string;
  name: string;
  type: MeasureType;
  /** «Resultatmål» / "Outcome measure". */
  typeLabel: string;
  definition: string | null;
  unit: string | null;
  direction: Direction;
  /** «Lavere er bedre» / "Lower is better". */
  directionLabel: string;
  /** The chart type computed (or asked for), `null` when not even the spec could be made. */
  chart: ChartType | null;
  /** «U-diagram» / "U chart". */
  chartName: string | null;
  /** Why the chart was chosen, when it was chosen automatically. */
  chartReason: string | null;
  /** The computed chart, `null` when the measure failed (see `errors`). */
  result: ChartResult | null;
  /** The period each date x stands for (for writing dates and drawing the axis), or `null`. */
  period: Period | null;
  /** The chart's story, one paragraph per item (`explain()`), every finding told in full. */
  explanation: string[];
  /**
   * The story without the numbered findings (they are in `signals`): what the chart shows, its
   * centre line and limits, how many signals, the last point, the target, the notes.
   */
  overview: string[];
  /** The signals, grouped by facet, rule and side, in the order the chart shows them. */
  signals: SignalGroup[];
  /** Per facet (one with `facet: null` when the chart has none): latest value, centre line, icons and target. */
  facets: FacetStatus[];
  /** The target as the plan gives it, or `null`. */
  target: ReportTarget | null;
  /** The changes tested (the plan's annotations), by date. */
  annotations: ReportAnnotation[];
  /** Why the measure failed, in the report's language, each with its file and line. */
  errors: string[];
  /** Warnings on the data, in the report's language. */
  warnings: string[];
  /** Lines of the data file that could not be read. */
  rejectedLines: number;
}

/** The signals of one rule on one side, in one facet. */
export interface SignalGroup {
  facet: string | null;
  rule: RuleId;
  /** The rule's name: «Skift» / "Shift". */
  ruleName: string;
  side: Side | null;
  meaning: Meaning;
  /**
   * The group in one line: the one finding's short text, or the rule with every x
   * («Utenfor kontrollgrensene (over): februar 2024, april 2024, mai 2024»).
   */
  summary: string;
  /** One short line per finding: «8 punkter på rad under midtlinjen, mars–oktober 2024». */
  items: SignalItem[];
}

/** One finding, in words. */
export interface SignalItem {
  /** Short, for lists and slides: «8 punkter på rad under midtlinjen, mars–oktober 2024». */
  text: string;
  /** The x it covers, as the axis reads it: «mars–oktober 2024», «uke 12–19». */
  range: string;
  /** 1-based positions in the facet, and their x. */
  first: number;
  last: number;
  xFirst: XValue;
  xLast: XValue;
  /** The full sentence and the "what to do next" (`describeFinding()`). */
  explanation: string;
  hint: string;
}

/** Whether a target is met, judged by the process's level and by the latest points. */
export type TargetState = TargetStatus | "latest-met";

/** A facet's row in the summary. */
export interface FacetStatus {
  facet: string | null;
  latest: { x: XValue; xText: string; y: number; yText: string } | null;
  centreLine: number | null;
  centreLineText: string;
  /** The last point's variation and its Making Data Count icons (assurance with a target and limits). */
  variation: Variation;
  meaning: Meaning | "common";
  /** «forbedring (lav)» / "improvement (low)", or «tilfeldig variasjon». */
  variationLabel: string;
  assurance: Assurance | null;
  /** «Ingen (tilfeldig variasjon)», or the signals of the current part in a few words. */
  signalsText: string;
  /** Whether the current part has a signal. */
  signal: boolean;
  /** The target's state for this facet, or `null` without a target. */
  target: FacetTarget | null;
}

/** A target judged for a facet. */
export interface FacetTarget {
  /**
   * - `met`: the current centre line is at the target or on its better side;
   * - `latest-met`: the latest value meets it, the level not yet;
   * - `not-met`, `missed` (the target date has passed), `unknown` (no direction or no data).
   */
  state: TargetState;
  /** How many of the latest points (up to 3, in the current part) meet the target. */
  latestMet: number;
  latestCount: number;
  /** «nådd», «siste verdi er på målet (2 av de 3 siste), nivået ikke ennå», … */
  text: string;
  assurance: Assurance | null;
  /** «prosessen vil nå målet bare av og til» — Making Data Count's assurance in words, when it applies. */
  assuranceText: string | null;
}

/** A plan's target for a measure. */
export interface ReportTarget {
  value: number;
  date: string | null;
  /** «0,60 innen 31.12.2025». */
  label: string;
  /** The target as the team writes it. */
  text: string | null;
}

/** A change tested, placed on the chart where its date falls. */
export interface ReportAnnotation {
  date: string;
  dateText: string;
  text: string;
  facet: string | null;
  /** The x of the subgroup that shows it, `null` when it falls after the last one (not on the chart). */
  x: XValue | null;
}

/** One plan's line in the network summary. */
export interface NetworkRow {
  plan: string;
  title: string;
  team: string | null;
  measures: { id: string; name: string; type: MeasureType; typeLabel: string; failed: boolean; facets: FacetStatus[] }[];
}

/** How many of the latest points are looked at for "the latest points meet the target". */
const LATEST = 3;

/**
 * Builds the report's content from computed plans: pure data, the same for every output (HTML,
 * A3, slides, PDF). Texts are in one language; numbers and dates are written as the charts write
 * them.
 *
 * @example
 * ```ts
 * import { parsePlan, computePlan, buildReportModel } from "spc-charts/plan";
 * const model = buildReportModel([computePlan(plan, texts)], { lang: "nb", date: "2025-11-23" });
 * model.plans[0].measures[0].signals[0].items[0].text; // "8 punkter på rad under midtlinjen, mars–oktober 2024"
 * model.plans[0].measures[0].facets[0].target?.text;    // "nådd"
 * ```
 */
export function buildReportModel(plans: readonly ComputedPlan[], options: ReportModelOptions = {}): ReportModel {
  const lang: Lang = options.lang ?? plans[0]?.plan.lang ?? "nb";
  const s = reportStrings(lang);
  const several = plans.length > 1;
  const out: ReportPlan[] = plans.map((p, i) => {
    const id = `plan-${i + 1}`;
    const ids = p.measures.map((m) => (several ? `${id}-${m.measure.id}` : m.measure.id));
    return {
      id,
      title: p.plan.title,
      team: p.plan.team ?? null,
      aim: p.plan.aim ?? null,
      description: p.plan.description ?? null,
      file: p.file ?? null,
      a3: a3Of(p, lang, ids),
      measures: p.measures.map((m, j) => measureOf(m, ids[j]!, lang)),
    };
  });
  const c = defaultTheme.colors;
  return {
    lang,
    title: options.title ?? (plans.length === 1 && plans[0] !== undefined ? plans[0].plan.title : s.reportTitle),
    date: options.date === undefined ? null : { iso: options.date, text: formatDate(options.date, lang) },
    measureCount: out.reduce((n, p) => n + p.measures.length, 0),
    plans: out,
    network: out.map((p) => ({
      plan: p.id,
      title: p.title,
      team: p.team,
      measures: p.measures.map((m) => ({ id: m.id, name: m.name, type: m.type, typeLabel: m.typeLabel, failed: m.result === null, facets: m.facets })),
    })),
    colours: { improvement: c.improvement, concern: c.concern, neutral: c.signal, common: c.data },
  };
}

const lines = (v: string | string[] | undefined): string[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map((t) => t.trim()).filter((t) => t !== ""));

/** The baseline of a measure (see {@link ReportA3.baseline}), recomputed from its spec's rows in the baseline. */
function baselineOf(m: ComputedMeasure, id: string, lang: Lang): ReportBaseline | null {
  const result = m.result;
  const spec = m.spec;
  if (result === null || spec === null || !Array.isArray(spec.data)) return null;
  const first = result.points.filter((p) => p.part === 1);
  let kept = first.filter((p) => p.baseline);
  let cut: ReportBaseline["cut"] = kept.length < result.points.length ? (kept.length < first.length ? "freeze" : "part") : "all";
  const firstChange = m.annotations.map((a) => a.x).find((x) => x !== null);
  if (cut === "all" && firstChange !== undefined && firstChange !== null) {
    const before = kept.filter((p) => p.x < firstChange);
    if (before.length >= 2) {
      kept = before;
      cut = "first-change";
    }
  }
  const xs = new Set(kept.map((p) => String(p.x)));
  let baseline: ChartResult;
  try {
    const { freeze: _f, breaks: _b, ...rest } = spec as typeof spec & { freeze?: unknown; breaks?: unknown };
    baseline = cut === "all" ? result : compute({ ...rest, data: spec.data.filter((row) => xs.has(String((row as { x?: unknown }).x))) } as typeof spec);
  } catch {
    return null;
  }
  const xf = new XFormatter(kept.filter((p) => p.facet === kept[0]?.facet).map((p) => p.x), result.xType);
  const n = kept.filter((p) => p.facet === kept[0]?.facet).length;
  return { measureId: id, name: m.measure.name, result: baseline, period: m.period, range: n === 0 ? "" : xf.range(0, n - 1, lang), cut };
}

function a3Of(p: ComputedPlan, lang: Lang, ids: readonly string[]): ReportA3 {
  const a = p.plan.a3 ?? {};
  const day = (iso: string | undefined) => (iso === undefined ? null : { iso, text: formatDate(iso, lang) });
  return {
    given: Object.keys(a).length > 0,
    problem: a.problem ?? null,
    department: a.department ?? null,
    responsible: a.responsible ?? null,
    start: day(a.start),
    end: day(a.end),
    currentState: lines(a.currentState),
    analysis: lines(a.analysis),
    solution: lines(a.solution),
    expectedResult: lines(a.expectedResult),
    changes: a.changes ?? [],
    tests: lines(a.tests),
    followUp: lines(a.followUp),
    baseline: baselineFor(p, lang, ids),
  };
}

function baselineFor(p: ComputedPlan, lang: Lang, ids: readonly string[]): ReportBaseline | null {
  const order = [...p.measures.keys()].sort((a, b) => Number(p.measures[b]!.measure.type === "outcome") - Number(p.measures[a]!.measure.type === "outcome"));
  for (const i of order) {
    const m = p.measures[i]!;
    if (m.result === null) continue;
    return baselineOf(m, ids[i]!, lang);
  }
  return null;
}

function measureOf(m: ComputedMeasure, id: string, lang: Lang): ReportMeasure {
  const s = reportStrings(lang);
  const measure = m.measure;
  const chart = m.result?.chart ?? m.spec?.chart ?? null;
  const target = measure.target;
  const result = m.result;
  const explanation = result === null ? [] : explain(result, { lang }).split("\n");
  return {
    id,
    measureId: measure.id,
    name: measure.name,
    type: measure.type,
    typeLabel: s.measureTypes[measure.type],
    definition: measure.definition ?? null,
    unit: measure.unit ?? null,
    direction: measure.direction,
    directionLabel: s.directions[measure.direction],
    chart,
    chartName: chart === null ? null : chartName(chart, lang),
    chartReason: m.suggestion?.reasons[0]?.[lang] ?? null,
    result,
    period: m.period,
    explanation,
    overview: overviewOf(explanation),
    signals: result === null ? [] : signalGroups(result, lang),
    facets: summariseMeasure(m).map((row) => facetStatus(row, result!, m, lang)),
    target:
      target === undefined
        ? null
        : {
            value: target.value,
            date: target.date ?? null,
            label: target.date === undefined ? valueText(target.value, lang) : s.byDate(valueText(target.value, lang), formatDate(target.date, lang)),
            text: target.text ?? null,
          },
    annotations: m.annotations.map((a) => ({ date: a.date, dateText: formatDate(a.date, lang), text: a.text, facet: a.facet ?? null, x: a.x })),
    errors: m.issues.filter((i) => i.severity !== "warning").map((e) => formatLocated(e, { lang })),
    warnings: m.issues.filter((i) => i.severity === "warning").map((w) => formatLocated(w, { lang })),
    rejectedLines: m.rejectedLines,
  };
}

/**
 * explain()'s lines without its numbered findings (`1. 8 punkter …`) and their "… and 3 more":
 * the signals are shown grouped instead; the line that counts them ends with a full stop.
 */
function overviewOf(explanation: readonly string[]): string[] {
  return explanation
    .filter((line) => !/^\d+\. /.test(line) && !/^… (og|and) \d/.test(line))
    .map((line) => (/^(Reglene fant|The rules found) .*:$/.test(line) ? `${line.slice(0, -1)}.` : line));
}

/** The meaning of a variation class: `common` for none. */
export function meaningOfVariation(variation: Variation | null | undefined): Meaning | "common" {
  if (variation === null || variation === undefined || variation === "common") return "common";
  return variation.startsWith("improvement") ? "improvement" : variation.startsWith("concern") ? "concern" : "neutral";
}

function facetStatus(row: MeasureSummary, result: ChartResult, m: ComputedMeasure, lang: Lang): FacetStatus {
  const s = reportStrings(lang);
  const icon = result.icons.find((i) => i.facet === row.facet);
  const variation: Variation = icon?.variation ?? "common";
  const meaning = meaningOfVariation(variation);
  const parts: string[] = [];
  if (meaning !== "common") parts.push(s.variation[variation] ?? variation);
  if (row.signals.runs) parts.push(s.runsSignal);
  if (row.signals.outside > 0) parts.push(s.outside(row.signals.outside));
  const signal = parts.length > 0;
  const joined = parts.join("; ");
  const signalsText = signal ? joined.charAt(0).toUpperCase() + joined.slice(1) : row.signals.limits ? s.noSignals : `${s.noSignals}; ${s.noLimits}`;
  const assurance = icon?.assurance ?? null;
  return {
    facet: row.facet,
    latest: row.latest === null ? null : { x: row.latest.x, xText: formatX(row.latest.x, m.period, lang), y: row.latest.y, yText: valueText(row.latest.y, lang) },
    centreLine: row.centreLine,
    centreLineText: formatNumber(row.centreLine, lang),
    variation,
    meaning,
    variationLabel: s.variation[variation] ?? variation,
    assurance,
    signalsText,
    signal,
    target: row.target === null ? null : facetTarget(row, result, m, assurance, lang),
  };
}

function facetTarget(row: MeasureSummary, result: ChartResult, m: ComputedMeasure, assurance: Assurance | null, lang: Lang): FacetTarget {
  const s = reportStrings(lang);
  const target = row.target!;
  const direction = m.measure.direction;
  const points = result.points.filter((p) => p.facet === row.facet);
  const currentPart = points[points.length - 1]?.part ?? 1;
  const latest = points.filter((p) => p.part === currentPart && p.y !== null && !p.excluded).slice(-LATEST);
  const meets = (y: number) => (direction === "decrease" ? y <= target.value : y >= target.value);
  const latestMet = direction === "neutral" ? 0 : latest.filter((p) => meets(p.y!)).length;
  let state: TargetState = target.status;
  // The level decides "met"; a last value on the target while the level is not there yet is
  // said as it is, not as "not met yet" (the team sees the point on the line).
  const lastMeets = direction !== "neutral" && row.latest !== null && meets(row.latest.y);
  if (state !== "met" && state !== "unknown" && lastMeets) state = "latest-met";
  return {
    state,
    latestMet,
    latestCount: latest.length,
    text: s.targetState(state, latestMet, latest.length),
    assurance,
    assuranceText: assurance === null ? null : s.assurance[assurance],
  };
}

/** The x words of each facet of a result, made once. */
function facetWordsOf(result: ChartResult): (facet: string | null) => ReturnType<typeof facetXWords> {
  const xs = new Map<string | null, { x: XValue[]; offset: number }>();
  for (const p of result.points) {
    let entry = xs.get(p.facet);
    if (!entry) xs.set(p.facet, (entry = { x: [], offset: p.index - 1 }));
    entry.x.push(p.x);
  }
  const words = new Map<string | null, ReturnType<typeof facetXWords>>();
  return (facet) => {
    let w = words.get(facet);
    if (!w) {
      const entry = xs.get(facet) ?? { x: [], offset: 0 };
      w = facetXWords(new XFormatter(entry.x, result.xType), entry.offset);
      words.set(facet, w);
    }
    return w;
  };
}

function signalGroups(result: ChartResult, lang: Lang): SignalGroup[] {
  const wordsOf = facetWordsOf(result);
  const groups = new Map<string, SignalGroup>();
  for (const f of result.findings) {
    const key = JSON.stringify([f.facet, f.rule, f.side]);
    let group = groups.get(key);
    if (!group) {
      const meaning = meaningOfVariation(f.variation);
      group = { facet: f.facet, rule: f.rule, ruleName: RULES[f.rule]?.name[lang] ?? f.rule, side: f.side, meaning: meaning === "common" ? "neutral" : meaning, summary: "", items: [] };
      groups.set(key, group);
    }
    const words = wordsOf(f.facet);
    const range = f.first === f.last ? words.at(f.first, lang) : words.range(f.first, f.last, lang);
    const described = describeFinding(f, { lang, result });
    group.items.push({ text: shortSignal(f, range, lang), range, first: f.first, last: f.last, xFirst: f.xFirst, xLast: f.xLast, explanation: described.explanation, hint: described.hint });
  }
  for (const g of groups.values()) {
    const side = g.side === null ? "" : ` (${SIDE_WORDS[lang][g.rule === "trend" ? (g.side === "high" ? "rising" : "falling") : g.side]})`;
    g.summary = g.items.length === 1 ? g.items[0]!.text : `${g.ruleName}${side}: ${g.items.map((i) => i.range).join(", ")}`;
  }
  return [...groups.values()];
}

const SIDE_WORDS: Record<Lang, Record<Side | "rising" | "falling", string>> = {
  nb: { high: "over", low: "under", rising: "stigende", falling: "synkende" },
  en: { high: "high", low: "low", rising: "rising", falling: "falling" },
};

/**
 * A value as written for people, with no more decimals than it has: a count of 4 is «4», a
 * target of 6.4 is «6,4» (not «4,00», «6,40»); at most as many as its size calls for.
 */
function valueText(v: number, lang: Lang): string {
  let own = 0;
  while (own < 6 && Math.abs(Number(v.toFixed(own)) - v) > 1e-9 * Math.max(1, Math.abs(v))) own++;
  return formatNumber(v, lang, Math.min(own, decimalsFor(v)));
}

/** A finding in a few words, with its x: «8 punkter på rad under midtlinjen, mars–oktober 2024». */
export function shortSignal(f: Finding, range: string, lang: Lang): string {
  const nb = lang === "nb";
  const n = (v: number) => writeNumber(v, lang, 0);
  const high = f.side === "high";
  const centre = nb ? (high ? "over midtlinjen" : "under midtlinjen") : high ? "above the centre line" : "below the centre line";
  switch (f.rule) {
    case "outside-limits":
      return nb ? `${high ? "Over øvre" : "Under nedre"} kontrollgrense, ${range}` : `${high ? "Above the upper" : "Below the lower"} control limit, ${range}`;
    case "shift":
    case "longest-run":
      return nb ? `${n(f.count)} punkter på rad ${centre}, ${range}` : `${n(f.count)} points in a row ${centre}, ${range}`;
    case "trend":
      return nb ? `${n(f.count)} punkter på rad ${high ? "stigende" : "synkende"}, ${range}` : `${n(f.count)} points in a row ${high ? "rising" : "falling"}, ${range}`;
    case "crossings":
      return nb ? `Bare ${n(f.count)} kryss av midtlinjen (minst ${n(f.limit)} ventet), ${range}` : `Only ${n(f.count)} crossing${f.count === 1 ? "" : "s"} of the centre line (at least ${n(f.limit)} expected), ${range}`;
    case "number-of-runs":
      return nb ? `${n(f.count)} serier (grensen er ${n(f.limit)}), ${range}` : `${n(f.count)} runs (the bound is ${n(f.limit)}), ${range}`;
    default: {
      const name = RULES[f.rule]?.name[lang] ?? f.rule;
      return f.side === null ? `${name}, ${range}` : `${name} ${centre}, ${range}`;
    }
  }
}
