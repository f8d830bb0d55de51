/**
 * The workshop's machinery: read `exercises.json`, turn each chart's dataset into a chart spec
 * with the library's own adapters, compute it, and check the answer keys — the facts in
 * `exercises.json` and the numbers stated in the Markdown — against `compute()`.
 *
 * Used by `test/workshop/answers.test.ts`, and meant for the docs build, which renders each
 * `<!-- chart: ID -->` marker from `chartSpec(chart, lang)`. Nothing here is typed by hand that
 * the library can compute. See `README.md` beside this file for the scheme.
 *
 * @module
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compute, type ChartResult, type ChartSpec, type ChartSpecDraft, type Part, type Point } from "../../src/index.js";
import {
  casesBetweenEvents,
  countEvents,
  daysBetweenEvents,
  parseNorwegianNumber,
  readDelimited,
  tableToSpec,
  type AdapterSpec,
  type CaseMapping,
  type CasesBetweenOptions,
  type ColumnMapping,
  type CountEventsOptions,
  type DaysBetweenOptions,
  type EventMapping,
  type TableToSpecOptions,
} from "../../src/adapters/index.js";

/** The workshop's folder (this file's). */
export const WORKSHOP_DIR = dirname(fileURLToPath(import.meta.url));

export const LANGS = ["nb", "en"] as const;
export type Lang = (typeof LANGS)[number];
export type Localised = Record<Lang, string>;

/** How a chart's dataset becomes chart rows: which adapter, which columns, which options. */
export type ReadDef =
  | { adapter: "table"; mapping: ColumnMapping; options?: TableToSpecOptions }
  | { adapter: "countEvents"; mapping: EventMapping; options: CountEventsOptions }
  | { adapter: "daysBetween"; mapping: EventMapping; options?: DaysBetweenOptions }
  | { adapter: "casesBetween"; mapping: CaseMapping; options?: CasesBetweenOptions };

/** Presentation text of a chart in one language. */
export interface Labels {
  title: string;
  yLabel?: string;
  xLabel?: string;
}

/** Facts about one part (keyed by part number in {@link Answers.parts}). */
export interface PartFacts {
  first?: number;
  last?: number;
  nUseful?: number;
  cl?: number;
  meanLcl?: number;
  meanUcl?: number;
  longestRun?: number;
  longestRunMax?: number;
  crossings?: number;
  crossingsMin?: number;
  runsSignal?: boolean;
  sigmaSignals?: number;
}

/** Facts about one point (keyed by its x in {@link Answers.at}). */
export interface PointFacts {
  y?: number;
  n?: number;
  cl?: number;
  lcl?: number;
  ucl?: number;
  sigmaSignal?: boolean;
  note?: string;
}

/**
 * An answer key as checkable facts. Every field is optional; each one given is asserted
 * against `compute()`. Numbers are stated rounded: a number written with d decimals must be
 * the computed value rounded to d decimals (|computed − stated| ≤ ½·10⁻ᵈ).
 */
export interface Answers {
  /** Number of subgroups (points) on the chart. */
  points?: number;
  /** Whether any part has a runs signal. */
  runsSignal?: boolean;
  /** The x of every point outside the 3-sigma limits, in order (exactly these). */
  sigmaSignalsAt?: string[];
  /** The codes of the result's warnings, sorted (exactly these). */
  warnings?: string[];
  /** Per part number ("1", "2", …). */
  parts?: Record<string, PartFacts>;
  /** Per point, by its x as the result gives it (dates as YYYY-MM-DD). */
  at?: Record<string, PointFacts>;
  /** The target line as returned. */
  target?: number;
  /** The target is this many per cent below part 1's centre line (to the target's decimals). */
  targetReduction?: number;
  /** The last x on the chart. */
  lastX?: string;
  /** The x where the first signalling longest run starts (the first point the rule flags). */
  longestRunFrom?: string;
  /** Sums over the points: `y` the counts (numerators), `n` the denominators. */
  totals?: { y?: number; n?: number };
  /** The ids of the rules that found something, sorted (exactly these). */
  findingRules?: string[];
  /** Per rule id: the first finding of that rule (its number of points and the rule's limit). */
  findings?: Record<string, { count?: number; limit?: number; xFirst?: string; xLast?: string }>;
}

/** One chart of an exercise: a dataset, how to read it, the analysis choices and the answer key. */
export interface ChartDef {
  /** The exercise id, or the exercise id, "/" and a name when an exercise has several charts. */
  id: string;
  /** Path of the CSV, relative to the workshop folder. */
  dataset: string;
  read: ReadDef;
  /** The chart spec's analysis choices (chart, freeze, breaks, multiply, target, …); not data. */
  spec: Omit<ChartSpec, "data" | "title" | "yLabel" | "xLabel"> & Partial<Pick<ChartSpec, "chart">>;
  /** The period one x stands for, for writing dates in the text: month, week (x is the audit's day) or day. */
  xUnit: "month" | "week" | "day";
  labels: Record<Lang, Labels>;
  /** Notes in English for the English docs, by x; the Norwegian notes come from the dataset. */
  notes?: { en: Record<string, string> };
  answers: Answers;
}

export interface Exercise {
  id: string;
  number: number;
  /** Minutes a group needs: 10–20. */
  minutes: number;
  title: Localised;
  goal: Localised;
  /** Where in the team's year the exercise is set. */
  when: Localised;
  /** The Markdown of each language, relative to the workshop folder. */
  files: Localised;
  charts: ChartDef[];
}

export interface Workshop {
  exercises: Exercise[];
}

/** Reads `exercises.json`. */
export function loadWorkshop(dir: string = WORKSHOP_DIR): Workshop {
  return JSON.parse(readFileSync(join(dir, "exercises.json"), "utf8")) as Workshop;
}

export function readWorkshopFile(path: string, dir: string = WORKSHOP_DIR): string {
  return readFileSync(join(dir, path), "utf8");
}

/** What an adapter made of a chart's dataset. */
export interface ChartData {
  spec: AdapterSpec;
  /** Lines the adapter could not read (a workshop dataset has none). */
  rejected: { line: number; reason: string }[];
  /** The adapter's notes (a workshop dataset has none). */
  warnings: string[];
}

/** Reads a chart's dataset with the library's adapters. */
export function readChartData(chart: ChartDef, dir: string = WORKSHOP_DIR): ChartData {
  const table = readDelimited(readWorkshopFile(chart.dataset, dir));
  const read = chart.read;
  switch (read.adapter) {
    case "table": {
      const options: TableToSpecOptions = { ...read.options };
      if (chart.spec.chart !== undefined) options.chart = chart.spec.chart;
      return tableToSpec(table, read.mapping, options);
    }
    case "countEvents":
      return countEvents(table, read.mapping, read.options);
    case "daysBetween":
      return daysBetweenEvents(table, read.mapping, read.options);
    case "casesBetween":
      return casesBetweenEvents(table, read.mapping, read.options);
  }
}

/**
 * The chart spec of a chart, in a language: the adapter's rows, the exercise's analysis choices
 * and the language's labels (and, in English, the English notes).
 */
export function chartSpec(chart: ChartDef, lang: Lang = "nb", dir: string = WORKSHOP_DIR): ChartSpec {
  const { spec: adapted } = readChartData(chart, dir);
  const labels = chart.labels[lang];
  const english = lang === "en" ? chart.notes?.en : undefined;
  const data = adapted.data.map((row) => {
    if (english === undefined || row.note === undefined) return row;
    const note = typeof row.x === "string" ? english[row.x] : undefined;
    return note === undefined ? row : { ...row, note };
  });
  const spec = { ...adapted, ...chart.spec, data, title: labels.title } as ChartSpecDraft;
  if (labels.yLabel !== undefined) spec.yLabel = labels.yLabel;
  if (labels.xLabel !== undefined) spec.xLabel = labels.xLabel;
  return spec as ChartSpec;
}

/** Computes a chart from its dataset. */
export function computeChart(chart: ChartDef, lang: Lang = "nb", dir: string = WORKSHOP_DIR): ChartResult {
  return compute(chartSpec(chart, lang, dir));
}

// ---------------------------------------------------------------------------------------------
// Facts: a path into the answer key names a value that can be read off the result.

/** A fact's value as computed: a number, boolean, string, list, or undefined when the path names nothing. */
export type FactValue = number | boolean | string | string[] | null | undefined;

function partOf(result: ChartResult, number: string): Part | undefined {
  return result.parts.find((p) => String(p.part) === number);
}

function pointAt(result: ChartResult, x: string): Point | undefined {
  return result.points.find((p) => String(p.x) === x);
}

/**
 * The chart's totals: `n`, the sum of the denominators; `y`, the sum of the counts (for a chart
 * with denominators, each point's y ÷ multiply × n, which is the count it was made from).
 */
function totals(result: ChartResult): { y: number; n: number } {
  let y = 0;
  let n = 0;
  for (const p of result.points) {
    if (p.y === null || p.excluded) continue;
    if (p.n === null) y += p.y;
    else {
      n += p.n;
      y += Math.round(((p.y / result.multiply) * p.n) * 1e6) / 1e6;
    }
  }
  return { y, n };
}

/**
 * The computed value a fact path names:
 * `points`, `runsSignal`, `sigmaSignalsAt` (or `sigmaSignalsAt.0`), `warnings`, `target`, `lastX`,
 * `longestRunFrom` (the x where the first signalling longest run starts),
 * `totals.y`, `totals.n` (sums of counts and denominators),
 * `findingRules` (the rules that found something), `findings.trend.count` (a field of a rule's first finding),
 * `parts.2.cl` (any {@link PartFacts} field of part 2), `at.2023-11-01.ucl` (any {@link PointFacts}
 * field of the point at that x).
 */
export function computedFact(result: ChartResult, path: string): FactValue {
  const [head, ...rest] = path.split(".");
  const sigmaAt = result.points.filter((p) => p.sigmaSignal).map((p) => String(p.x));
  switch (head) {
    case "points":
      return rest.length === 0 ? result.points.length : undefined;
    case "runsSignal":
      return rest.length === 0 ? result.parts.some((p) => p.runsSignal) : undefined;
    case "sigmaSignalsAt":
      if (rest.length === 0) return sigmaAt;
      if (rest[0] === "length" && rest.length === 1) return sigmaAt.length;
      return rest.length === 1 && /^\d+$/.test(rest[0] ?? "") ? sigmaAt[Number(rest[0])] : undefined;
    case "warnings":
      return rest.length === 0 ? [...new Set(result.warnings.map((w) => w.code))].sort() : undefined;
    case "target":
      return rest.length === 0 ? result.target : undefined;
    case "lastX":
      return rest.length === 0 ? String(result.points.at(-1)?.x) : undefined;
    case "longestRunFrom": {
      const run = result.findings.find((f) => f.rule === "longest-run");
      const point = run && result.points.find((p) => p.facet === run.facet && p.index === run.first);
      return rest.length === 0 && point ? String(point.x) : undefined;
    }
    case "findingRules":
      return rest.length === 0 ? [...new Set(result.findings.map((f) => f.rule))].sort() : undefined;
    case "findings": {
      const [rule, field, ...more] = rest;
      const finding = result.findings.find((f) => f.rule === rule);
      if (finding === undefined || field === undefined || more.length > 0 || !["count", "limit", "xFirst", "xLast"].includes(field)) return undefined;
      const value = (finding as unknown as Record<string, unknown>)[field];
      return typeof value === "number" || typeof value === "string" ? value : undefined;
    }
    case "totals":
      return rest.length === 1 && (rest[0] === "y" || rest[0] === "n") ? totals(result)[rest[0]] : undefined;
    case "parts": {
      const [number, field, ...more] = rest;
      const part = number === undefined ? undefined : partOf(result, number);
      if (part === undefined || field === undefined || more.length > 0 || !(field in part)) return undefined;
      return (part as unknown as Record<string, FactValue>)[field];
    }
    case "at": {
      // x may itself contain dots? Dates do not; keep the last segment as the field.
      const field = rest.at(-1);
      const x = rest.slice(0, -1).join(".");
      const point = pointAt(result, x);
      if (point === undefined || field === undefined || !(field in point)) return undefined;
      return (point as unknown as Record<string, FactValue>)[field];
    }
    default:
      return undefined;
  }
}

/** Number of decimals a stated number was written with (`8.30` given as text counts 2). */
export function decimalsOf(text: string): number {
  const m = /[.,](\d+)$/.exec(text.trim());
  return m === null ? 0 : (m[1] ?? "").length;
}

/** A stated number agrees with the computed one when it is that number rounded to its decimals. */
export function agrees(computed: number, stated: number, decimals: number): boolean {
  return Math.abs(computed - stated) <= 0.5 * 10 ** -decimals + 1e-9 * Math.max(1, Math.abs(computed));
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Compares one stated fact with its computed value; returns a problem or null. */
function compareFact(path: string, stated: unknown, computed: FactValue): string | null {
  if (computed === undefined) return `${path}: the result has no such fact`;
  if (typeof stated === "number") {
    if (typeof computed !== "number") return `${path}: stated ${stated}, computed ${describe(computed)}`;
    const decimals = decimalsOf(String(stated));
    return agrees(computed, stated, decimals) ? null : `${path}: stated ${stated}, computed ${computed} (${computed.toFixed(decimals + 2)})`;
  }
  return describe(stated) === describe(computed) ? null : `${path}: stated ${describe(stated)}, computed ${describe(computed)}`;
}

/** Every leaf of an answer key as [path, stated value]; lists are leaves. */
export function factLeaves(answers: Answers): [string, unknown][] {
  const out: [string, unknown][] = [];
  const walk = (prefix: string, value: unknown) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(prefix === "" ? k : `${prefix}.${k}`, v);
    } else out.push([prefix, value]);
  };
  walk("", answers);
  return out;
}

/** Every fact of a chart's answer key that disagrees with `compute()`; empty when all hold. */
export function checkAnswers(chart: ChartDef, result: ChartResult): string[] {
  const problems: string[] = [];
  for (const [path, stated] of factLeaves(chart.answers)) {
    if (path === "targetReduction") {
      const cl = partOf(result, "1")?.cl;
      const target = chart.answers.target ?? result.target;
      if (typeof stated !== "number" || typeof cl !== "number" || typeof target !== "number") {
        problems.push(`${chart.id} targetReduction: needs a number, part 1's centre line and a target`);
      } else if (!agrees(cl * (1 - stated / 100), target, decimalsOf(String(target)))) {
        problems.push(`${chart.id} targetReduction: ${stated} % below ${cl} is ${cl * (1 - stated / 100)}, not the target ${target}`);
      }
      continue;
    }
    const problem = compareFact(path, stated, computedFact(result, path));
    if (problem !== null) problems.push(`${chart.id} ${problem}`);
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Markdown: markers, sections, stated numbers and dates.

/** `<!-- chart: ID -->` on a line of its own. */
export const CHART_MARKER = /^<!--\s*chart:\s*(\S+)\s*-->\s*$/;
/** `<!-- data: datasets/FILE.csv -->` on a line of its own: the docs build shows the dataset as a table. */
export const DATA_MARKER = /^<!--\s*data:\s*(\S+)\s*-->\s*$/;
/** `<!-- fact: [CHART_ID] PATH -->` right after the number or date it states. */
export const FACT_MARKER = /<!--\s*fact:\s*(?:(\S+)\s+)?(\S+)\s*-->/g;

/** Section headings of an exercise, per language, in order. */
export const SECTIONS: Record<Lang, { story: string; tasks: string; hints: string; answers: string }> = {
  nb: { story: "Historien", tasks: "Oppgaver", hints: "Hint", answers: "Fasit" },
  en: { story: "The story", tasks: "Tasks", hints: "Hints", answers: "Answer key" },
};

/** Header fields of an exercise, per language. */
export const FIELDS: Record<Lang, { goal: string; time: string; minutes: string; title: string; when: string }> = {
  nb: { goal: "Læringsmål", time: "Tid", minutes: "minutter", title: "Oppgave", when: "Når" },
  en: { goal: "Learning goal", time: "Time", minutes: "minutes", title: "Exercise", when: "When" },
};

export interface FactMarker {
  line: number;
  /** The chart id given in the marker, or null (then the exercise's only chart). */
  chart: string | null;
  path: string;
  /** The text before the marker on its line, with trailing emphasis and spaces removed. */
  before: string;
}

export interface ParsedMarkdown {
  title: string | null;
  goal: string | null;
  when: string | null;
  minutes: number | null;
  /** `## ` headings in order. */
  headings: string[];
  /** Text of each `## ` section, by heading. */
  sections: Map<string, string>;
  charts: { line: number; id: string }[];
  data: { line: number; path: string }[];
  facts: FactMarker[];
  /** Relative link targets. */
  links: string[];
}

/** Reads an exercise's (or any workshop page's) Markdown. */
export function parseMarkdown(text: string, lang: Lang): ParsedMarkdown {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const fields = FIELDS[lang];
  const out: ParsedMarkdown = { title: null, goal: null, when: null, minutes: null, headings: [], sections: new Map(), charts: [], data: [], facts: [], links: [] };
  let current: string | null = null;
  lines.forEach((raw, i) => {
    const line = i + 1;
    const title = /^# (.+)$/.exec(raw);
    if (title !== null && out.title === null) out.title = (title[1] ?? "").trim();
    const heading = /^## (.+)$/.exec(raw);
    if (heading !== null) {
      current = (heading[1] ?? "").trim();
      out.headings.push(current);
      out.sections.set(current, "");
    } else if (current !== null) {
      out.sections.set(current, `${out.sections.get(current) ?? ""}${raw}\n`);
    }
    const goal = new RegExp(`^\\*\\*${fields.goal}:\\*\\*\\s*(.+)$`).exec(raw);
    if (goal !== null) out.goal = (goal[1] ?? "").trim();
    const when = new RegExp(`^\\*\\*${fields.when}:\\*\\*\\s*(.+)$`).exec(raw);
    if (when !== null) out.when = (when[1] ?? "").trim();
    const time = new RegExp(`^\\*\\*${fields.time}:\\*\\*\\s*(\\d+)\\s+${fields.minutes}`).exec(raw);
    if (time !== null) out.minutes = Number(time[1]);
    const chart = CHART_MARKER.exec(raw);
    if (chart !== null) out.charts.push({ line, id: chart[1] ?? "" });
    const data = DATA_MARKER.exec(raw);
    if (data !== null) out.data.push({ line, path: data[1] ?? "" });
    for (const m of raw.matchAll(FACT_MARKER)) {
      const before = raw.slice(0, m.index).replace(/[\s*_]+$/, "");
      out.facts.push({ line, chart: m[1] ?? null, path: m[2] ?? "", before });
    }
    for (const m of raw.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1] ?? "";
      if (!/^[a-z]+:/i.test(target) && !target.startsWith("#")) out.links.push(target);
    }
  });
  return out;
}

/** The minutes of each task of a `## Oppgaver` / `## Tasks` section: numbered items ending in `(N min)`. */
export function taskMinutes(section: string): { task: number; minutes: number | null }[] {
  const tasks: { task: number; minutes: number | null }[] = [];
  let currentItem: { task: number; text: string } | null = null;
  const flush = () => {
    if (currentItem === null) return;
    const m = /\((\d+)\s*min\)\**\s*$/.exec(currentItem.text.trim());
    tasks.push({ task: currentItem.task, minutes: m === null ? null : Number(m[1]) });
  };
  for (const raw of section.split("\n")) {
    const item = /^(\d+)\.\s+(.*)$/.exec(raw);
    if (item !== null) {
      flush();
      currentItem = { task: Number(item[1]), text: item[2] ?? "" };
    } else if (currentItem !== null && /^\s{2,}\S/.test(raw)) {
      currentItem.text += ` ${raw.trim()}`;
    } else if (currentItem !== null && raw.trim() !== "") {
      flush();
      currentItem = null;
    }
  }
  flush();
  return tasks;
}

const NUMBER: Record<Lang, RegExp> = {
  // 1 853 / 1 853 (no-break space) / 9,49 / −2 / 29,0 %
  nb: /(?:^|[^\d,.])([-−]?(?:\d{1,3}(?:[ \u00a0]\d{3})+|\d+)(?:,\d+)?)\s?(?:%|‰)?$/,
  // 1,853 / 9.49 / -2 / 29.0%
  en: /(?:^|[^\d,.])(-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s?(?:%|‰)?$/,
};

/** The number a text ends with, as written and as a value; null when it ends with no number. */
export function statedNumber(before: string, lang: Lang): { text: string; value: number } | null {
  const m = NUMBER[lang].exec(before);
  if (m === null) return null;
  const text = m[1] ?? "";
  const parsed = parseNorwegianNumber(text.replace("−", "-"), { decimal: lang === "nb" ? "," : "." });
  return parsed.ok && parsed.value !== null ? { text, value: parsed.value } : null;
}

const MONTHS: Record<Lang, string[]> = {
  nb: ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** ISO week number of a `YYYY-MM-DD` date. */
export function isoWeek(iso: string): number {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday 0
  d.setUTCDate(d.getUTCDate() - day + 3); // Thursday of the week
  const firstThursday = new Date(Date.UTC(d.getUTCFullYear(), 0, 4));
  const fDay = (firstThursday.getUTCDay() + 6) % 7;
  firstThursday.setUTCDate(firstThursday.getUTCDate() - fDay + 3);
  return 1 + Math.round((d.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
}

/** The ways the text may write a date fact (the first is how it should be written). */
export function dateRenderings(iso: string, unit: ChartDef["xUnit"], lang: Lang): string[] {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const month = MONTHS[lang][m - 1] ?? "";
  switch (unit) {
    case "month":
      return [`${month} ${y}`];
    case "week":
      return lang === "nb" ? [`uke ${isoWeek(iso)} ${y}`, `uke ${isoWeek(iso)}`] : [`week ${isoWeek(iso)} ${y}`, `week ${isoWeek(iso)}`];
    case "day":
      return lang === "nb"
        ? [`${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`, `${d}. ${month} ${y}`, `${d}. ${month}`]
        : [`${d} ${month} ${y}`, `${d} ${month}`];
  }
}

/**
 * Checks the facts stated in an exercise's Markdown against the computed results: each
 * `<!-- fact: … -->` marker must follow a number (or, for a date fact, a date) that agrees with
 * the computed value and with the answer key, whose path must exist. Returns the problems.
 */
export function checkMarkdownFacts(
  exercise: Exercise,
  lang: Lang,
  parsed: ParsedMarkdown,
  results: ReadonlyMap<string, ChartResult>,
): string[] {
  const problems: string[] = [];
  const file = exercise.files[lang];
  for (const fact of parsed.facts) {
    const where = `${file}:${fact.line} (${fact.chart ?? ""} ${fact.path})`;
    const chartId = fact.chart ?? (exercise.charts.length === 1 ? exercise.charts[0]?.id : undefined);
    const chart = exercise.charts.find((c) => c.id === chartId);
    const result = chartId === undefined ? undefined : results.get(chartId);
    if (chart === undefined || result === undefined) {
      problems.push(`${where}: name the chart (${exercise.charts.map((c) => c.id).join(", ")})`);
      continue;
    }
    const key = factLeaves(chart.answers).find(([p]) => p === fact.path || fact.path.startsWith(`${p}.`));
    if (key === undefined) {
      problems.push(`${where}: the answer key in exercises.json has no such fact`);
      continue;
    }
    const computed = computedFact(result, fact.path);
    if (typeof computed === "number") {
      const stated = statedNumber(fact.before, lang);
      if (stated === null) problems.push(`${where}: no number right before the marker`);
      else if (!agrees(computed, stated.value, decimalsOf(stated.text))) {
        problems.push(`${where}: the text says ${stated.text}, compute() gives ${computed}`);
      }
    } else if (typeof computed === "string" && /^\d{4}-\d{2}-\d{2}$/.test(computed)) {
      const options = dateRenderings(computed, chart.xUnit, lang);
      const before = fact.before.toLowerCase();
      if (!options.some((o) => before.endsWith(o.toLowerCase()))) {
        problems.push(`${where}: the text should end with ${options.map((o) => `"${o}"`).join(" or ")} (${computed})`);
      }
    } else {
      problems.push(`${where}: only numbers and dates can be stated in the text (the fact is ${describe(computed)})`);
    }
  }
  return problems;
}

/**
 * Decimal numbers in the answer key that carry no fact marker: a computed number must be
 * checkable. (Whole numbers may be plain: weeks, counts of points read off the chart.) A line
 * marked `<!-- worked -->` is a worked calculation: its intermediate numbers may be plain, but
 * it must state a checked result.
 */
export function unmarkedDecimals(section: string, lang: Lang): string[] {
  const decimal = lang === "nb" ? /\d+,\d+/g : /\d+\.\d+/g;
  const found: string[] = [];
  for (const line of section.split("\n")) {
    if (/<!--\s*worked\s*-->/.test(line)) {
      // A worked calculation: its intermediate numbers need no marker, but its result does.
      if (!/<!--\s*fact:/.test(line)) found.push(`a worked calculation without a checked result: ${line.trim()}`);
      continue;
    }
    const stripped = line.replace(/<!--.*?-->/g, (m) => " ".repeat(m.length));
    for (const m of stripped.matchAll(decimal)) {
      const after = line.slice((m.index ?? 0) + m[0].length);
      if (!/^\s?(?:%|‰)?[*_]*\s*<!--\s*fact:/.test(after)) found.push(`${m[0]} in: ${line.trim()}`);
    }
  }
  return found;
}

/** Whether a workshop path exists. */
export function workshopFileExists(path: string, dir: string = WORKSHOP_DIR): boolean {
  return existsSync(join(dir, path));
}
