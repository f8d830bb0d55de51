import { SpcError } from "../errors.js";
import { compensatedSum, mean, median, sampleSd, sumFinite } from "../stats/mean.js";
import { exactMean, FastMeanSum } from "../stats/exact-mean.js";
import { IssueList } from "./issues.js";
import { floorToPeriod, fromIsoDate, toIsoDate } from "../calendar.js";
import type { ValidSpec } from "./validate.js";
import type { SubgroupColumns } from "../charts/part-frame.js";
import { quoted } from "../text/for-people.js";
import { largest, smallest } from "../extremes.js";

/** The subgroups of one facet, sorted by x, aggregated as qicharts2's `qic.agg()` does. */
export interface FacetSeries extends SubgroupColumns {
  facet: string | null;
  size: number;
  /** The subgroup key to return (ISO string for dates). */
  x: (number | string)[];
  /** Index of the subgroup's first row in `spec.data` (for messages). */
  firstRow: Int32Array;
  /** Number of input rows in each subgroup. */
  rowCount: Int32Array;
  /** Notes per subgroup; null when no row has a note. */
  note: (string | null)[] | null;
  /** Target per subgroup (a trajectory: the first of its rows with one, else NaN); null when no row has one. */
  target: Float64Array | null;
}

/** One facet's parts. */
export interface FacetParts {
  breaks: number[];
  labels: string[] | null;
}

export interface NormalisedSeries {
  xType: "number" | "date" | "category";
  facets: FacetSeries[];
  /**
   * Each facet's parts, in the order of `facets`: break positions (a new part starts after each)
   * from `breaks` (one list for all facets, or one per facet) or from that facet's own row part
   * labels, and the labels in order when the rows carried them.
   */
  facetParts: FacetParts[];
  /**
   * Whether the spec gives parts, as breaks or as row labels, even when they make a single part:
   * qicharts2 then ignores `freeze` (`if (!is.null(part)) freeze <- Inf`).
   */
  partsGiven: boolean;
  /** Part labels that come back after a later one began (their rows stay in the later part). */
  returningLabels: { label: string; row: number; within: string }[];
}

/**
 * Sorts rows by facet and x, floors dates to `period`, groups rows sharing x within a facet into
 * subgroups and aggregates each one (y sum, count, mean, SD; n sum; the plotted y), exactly as
 * qicharts2 does before any chart is computed.
 */
export function normaliseSeries(spec: ValidSpec): NormalisedSeries {
  const rows = spec.rows;
  const issues = new IssueList();
  const { xType, keys, levels } = readX(spec, issues);
  const facetOf = readFacets(spec);
  if (rows.part && spec.breaks) issues.add(["breaks"], "parts_twice", "give parts either as breaks or as row part labels, not both", {});
  if (issues.items.length > 0) throw new SpcError(issues.all());

  const partLabels = rows.part ? labelsInOrder(rows.part, keys, facetOf.index, new Set(rows.withoutX)) : null;
  const order = sortedOrder(keys, facetOf.index, rows.withoutX);
  const facets = groupByFacet(order, facetOf).map(({ facet, rows: facetRows }) =>
    aggregateFacet(spec, facetRows, keys, xType, facet, levels ?? null),
  );
  const facetParts = facets.map((f): FacetParts => {
    if (partLabels) {
      const own = partLabels.get(facetOf.labels.indexOf(f.facet));
      return { breaks: own?.breaks ?? [], labels: own?.labels ?? null };
    }
    return { breaks: breaksOfFacet(spec.breaks, f.facet), labels: null };
  });
  const returning = partLabels ? [...partLabels.values()].flatMap((p) => p.returning).sort((a, b) => a.row - b.row) : [];
  return {
    xType,
    facets,
    facetParts,
    partsGiven: partLabels !== null || facetParts.some((p) => p.breaks.length > 0),
    returningLabels: returning,
  };
}

/** The breaks that apply to one facet: the shared list, or the facet's own entry (none when it has none). */
function breaksOfFacet(breaks: ValidSpec["breaks"], facet: string | null): number[] {
  if (breaks === undefined) return [];
  if (Array.isArray(breaks)) return breaks;
  return facet === null ? [] : (breaks[facet] ?? []);
}

interface XKeys {
  xType: "number" | "date" | "category";
  /** Numeric sort key per row: the number, the day number, or the category's level index. */
  keys: Float64Array;
  /** Category labels by level index. */
  levels?: string[];
}

function readX(spec: ValidSpec, issues: IssueList): XKeys {
  const { x, length } = spec.rows;
  const keys = new Float64Array(length);
  if (length === 0 || x.every((v) => v === undefined || v === null)) {
    // No x: positions 1..N, as qicharts2 does for a lone y vector.
    for (let i = 0; i < length; i++) keys[i] = i + 1; // rows with x: null still drop out below
    if (spec.period) issues.add(["period"], "period_needs_dates", "needs date x, but the rows have no x", { xType: null });
    return { xType: spec.xType === "category" ? "category" : "number", keys, levels: spec.xType === "category" ? Array.from(keys, String) : [] };
  }
  const xType = spec.xType ?? inferXType(x);
  if (spec.period && xType !== "date") issues.add(["period"], "period_needs_dates", `needs date x, but x is read as ${xType}`, { xType });
  if (xType === "number") {
    for (let i = 0; i < length; i++) {
      const v = x[i];
      if (v === null) continue;
      if (typeof v !== "number") issues.add(["data", i, "x"], "invalid_type", `must be a number (xType "number"), not ${quoted(v as string)}`, { expected: "number_x", got: quoted(v as string) });
      else keys[i] = v;
    }
    return { xType, keys };
  }
  if (xType === "date") {
    for (let i = 0; i < length; i++) {
      const v = x[i];
      if (v === null) continue;
      const day = (typeof v === "string" ? dayOfX(v) : null) ?? Number.NaN;
      if (Number.isNaN(day)) {
        const hint = dateHintParams(v);
        const why = hint.timeOfDay ? "; a time of day other than midnight UTC is not read" : hint.iso === null ? "" : `, so ${hint.iso}; the CSV adapters read dd.mm.yyyy, a spec does not`;
        issues.add(["data", i, "x"], "invalid_date", `${typeof v === "string" ? quoted(v) : v} is not a date (expected YYYY-MM-DD${why})`, { value: String(v), ...hint });
      }
      // A time of day (an event log's "2024-01-19T21:15") orders the subgroups within the day; it
      // is left out where the x are periods, and the point's x is the date.
      keys[i] = spec.period ? floorToPeriod(Math.floor(day), spec.period) : day;
    }
    return { xType, keys };
  }
  const levels = spec.xLevels ? [...spec.xLevels] : [];
  const levelIndex = new Map(levels.map((label, i) => [label, i]));
  for (let i = 0; i < length; i++) {
    if (x[i] === null) continue;
    const label = String(x[i]);
    let index = levelIndex.get(label);
    if (index === undefined) {
      if (spec.xLevels) {
        issues.add(["data", i, "x"], "unknown_level", `${quoted(String(label))} is not one of xLevels`, { value: String(label) });
        continue;
      }
      index = levels.length;
      levels.push(label);
      levelIndex.set(label, index);
    }
    keys[i] = index;
  }
  return { xType, keys, levels };
}

/**
 * How x reads when `xType` is not given: numbers; else dates when at least half the values look
 * like dates, so that a typo or a `dd.mm.yyyy` among ISO dates is an error naming its row rather
 * than a quiet switch to categories (which would reorder the points and change the runs); else
 * categories.
 */
function inferXType(x: (number | string | null | undefined)[]): "number" | "date" | "category" {
  let numbers = true;
  let present = 0;
  let dateLike = 0;
  for (const v of x) {
    if (v === null || v === undefined) continue;
    present++;
    if (typeof v !== "number") numbers = false;
    if (typeof v === "string" && DATE_LIKE.test(v.trim())) dateLike++;
  }
  if (numbers) return "number";
  return dateLike > 0 && dateLike * 2 >= present ? "date" : "category";
}

/** ISO dates and timestamps, and day.month.year dates (which a spec must write as ISO dates). */
const DATE_LIKE = /^(\d{4}-\d{1,2}-\d{1,2}(T.*)?|\d{1,2}\.\d{1,2}\.\d{2,4})$/;

/** `Date.prototype.toISOString()` at midnight UTC: "2024-03-01T00:00:00.000Z". */
const MIDNIGHT_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/;

/** Why a date-looking x was not read, for the error message: a time of day, or the ISO date a dd.mm.yyyy date means. */
function dateHintParams(v: unknown): { iso: string | null; timeOfDay: boolean } {
  if (typeof v !== "string") return { iso: null, timeOfDay: false };
  if (/^\d{4}-\d{2}-\d{2}T/.test(v)) return { iso: null, timeOfDay: true };
  const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v.trim());
  if (dmy) return { iso: `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`, timeOfDay: false };
  return { iso: null, timeOfDay: false };
}

/**
 * A date with a wall-clock time and no zone, "2024-01-19T21:15" (or with seconds): the moment of an event in a log,
 * so that two events of one day are two subgroups in time order (a T chart of days between them;
 * qicharts2 plots such x, POSIXct, at their time). Without a zone no machine's clock moves it.
 */
const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * The day number of an ISO date, of a timestamp at midnight UTC (what JavaScript's Date writes),
 * or of a date with a time of day ({@link LOCAL_DATE_TIME}), as a fraction of the day.
 */
function dayOfX(v: string): number | null {
  const day = fromIsoDate(v) ?? fromIsoDate(MIDNIGHT_TIMESTAMP.exec(v)?.[1] ?? "");
  if (day !== null) return day;
  const timed = LOCAL_DATE_TIME.exec(v);
  const date = timed ? fromIsoDate(timed[1]!) : null;
  return date === null ? null : date + (Number(timed![2]) * 3600 + Number(timed![3]) * 60 + Number(timed![4] ?? 0)) / 86400;
}

interface FacetIndex {
  /**
   * Facet labels: those in `facetLevels` first, in that order (a wide sheet's units as the sheet
   * has them), then the others sorted as R sorts factor levels (here: by code unit, for the same
   * order everywhere).
   */
  labels: (string | null)[];
  index: Int32Array;
}

function readFacets(spec: ValidSpec): FacetIndex {
  const { facet, length } = spec.rows;
  const index = new Int32Array(length);
  if (!facet) return { labels: [null], index };
  const present = new Set(facet as string[]);
  const listed = (spec.facetLevels ?? []).filter((label, i, all) => present.has(label) && all.indexOf(label) === i);
  const rest = [...present].filter((label) => !listed.includes(label)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const labels = [...listed, ...rest];
  const position = new Map(labels.map((label, i) => [label, i]));
  for (let i = 0; i < length; i++) index[i] = position.get(facet[i] as string) as number;
  return { labels, index };
}

interface PartLabels {
  labels: string[];
  breaks: number[];
  /** Labels that come back after a later label began: their rows stay in the later part. */
  returning: { label: string; row: number; within: string }[];
}

/**
 * qicharts2 takes one part label per distinct x in input order, and starts a part where a new
 * label first appears: the break is the number of distinct x before it. Each facet is read on
 * its own (by facet index), so that a unit whose rows start later, or whose parts change at
 * another date, gets its own breaks rather than the first facet's.
 */
function labelsInOrder(part: (string | undefined)[], keys: Float64Array, facetIndex: Int32Array, skip: Set<number>): Map<number, PartLabels> {
  const byFacet = new Map<number, PartLabels & { seenX: Set<number> }>();
  for (let i = 0; i < part.length; i++) {
    if (skip.has(i)) continue;
    const facetId = facetIndex[i]!;
    let own = byFacet.get(facetId);
    if (!own) byFacet.set(facetId, (own = { labels: [], breaks: [], returning: [], seenX: new Set() }));
    const key = keys[i] as number;
    if (own.seenX.has(key)) continue;
    const label = part[i] as string;
    const { labels, returning } = own;
    if (!labels.includes(label)) {
      if (labels.length > 0) own.breaks.push(own.seenX.size);
      labels.push(label);
    } else if (label !== labels[labels.length - 1] && !returning.some((r) => r.label === label)) {
      returning.push({ label, row: i, within: labels[labels.length - 1]! });
    }
    own.seenX.add(key);
  }
  return byFacet;
}

/**
 * Row indices ordered by facet, then x, then input order (stable), leaving out rows without x.
 * Skips the sort when the rows are already ordered, as they usually are.
 */
function sortedOrder(keys: Float64Array, facet: Int32Array, withoutX: number[]): Int32Array {
  // No Set when every row has an x (the common case): a Set per call is dear in a small chart.
  const skip = withoutX.length > 0 ? new Set(withoutX) : null;
  const order = new Int32Array(keys.length - (skip?.size ?? 0));
  let sorted = true;
  let k = 0;
  // The previous row's facet and key in locals: two reads a row rather than six (5·10⁵ rows for an Xbar chart of 10⁵ subgroups).
  let lastFacet = -1;
  let lastKey = 0;
  for (let i = 0; i < keys.length; i++) {
    if (skip?.has(i)) continue;
    const f = facet[i]!;
    const key = keys[i]!;
    if (f < lastFacet || (f === lastFacet && key < lastKey)) sorted = false;
    lastFacet = f;
    lastKey = key;
    order[k++] = i;
  }
  if (sorted) return order;
  return Int32Array.from(
    Array.from(order).sort((a, b) => facet[a]! - facet[b]! || keys[a]! - keys[b]! || a - b),
  );
}

/** Splits the sorted row order into one slice per facet (one empty facet for an empty spec). */
function groupByFacet(order: Int32Array, facets: FacetIndex): { facet: string | null; rows: Int32Array }[] {
  const out: { facet: string | null; rows: Int32Array }[] = [];
  let start = 0;
  while (start < order.length) {
    const facetId = facets.index[order[start]!]!;
    let end = start;
    while (end < order.length && facets.index[order[end]!] === facetId) end++;
    out.push({ facet: facets.labels[facetId] ?? null, rows: order.subarray(start, end) });
    start = end;
  }
  if (out.length === 0) out.push({ facet: facets.labels[0] ?? null, rows: order });
  return out;
}

function aggregateFacet(
  spec: ValidSpec,
  order: Int32Array,
  keys: Float64Array,
  xType: "number" | "date" | "category",
  facet: string | null,
  levels: string[] | null,
): FacetSeries {
  const { rows } = spec;
  // Subgroup boundaries: runs of equal keys in sorted order.
  // One buffer for the subgroup starts and, after them, firstRow and rowCount (a typed array's
  // buffer costs about a microsecond to make and free; a view of one a tenth of that).
  const integers = new Int32Array(3 * order.length + 1);
  const starts = integers.subarray(0, order.length + 1);
  let size = 0;
  let previous = Number.NaN; // unequal to every key: the first row starts a subgroup, as a NaN key always did
  for (let i = 0; i < order.length; i++) {
    const key = keys[order[i]!]!;
    if (key !== previous) starts[size++] = i;
    previous = key;
  }
  starts[size] = order.length;

  const x: (number | string)[] = new Array(size);
  const hasN = rows.n !== null;
  const aggregate = spec.aggregate;
  // With one row per subgroup (the common case) several columns hold the same numbers, and they
  // share one array (nothing downstream writes into them): a lone row's sum is its mean, its SD
  // and range are NaN (and so is n when there is none), and the plotted y is the row's value
  // unless aggregate is "sum" or "sd". For 10^6 rows that fills 24 MB rather than 56 (measured in
  // the commit that made it). The columns are views of two buffers rather than eight: a typed
  // array's buffer costs about a microsecond to make, most of the time of a chart of a few dozen points.
  const single = order.length === size;
  const yIsValue = single && !hasN && (aggregate === "mean" || aggregate === "median");
  const numbers = new Float64Array((single ? 3 + (yIsValue ? 0 : 1) + (hasN ? 1 : 0) : 7) * size);
  let columns = 0;
  const column = () => numbers.subarray(size * columns, size * ++columns);
  const ySum = column();
  const yMean = single ? ySum : column();
  const ySd = column();
  const yRange = single ? ySd : column();
  const n = single && !hasN ? ySd : column();
  const yLength = column();
  const y = yIsValue ? ySum : column();
  const firstRow = integers.subarray(order.length + 1, order.length + 1 + size);
  const note: (string | null)[] | null = rows.note ? new Array(size).fill(null) : null;
  const target = rows.target ? new Float64Array(size).fill(Number.NaN) : null;
  let yScratch = new Float64Array(0);
  let nScratch = new Float64Array(0);
  // Views of the scratch buffers by length, made once per length (and again when they grow): a
  // view costs as much as a subgroup of five's arithmetic; two per subgroup were a fifth of an
  // Xbar chart of 10⁵ subgroups of 5.
  let yViews: Float64Array[] = [];
  let nViews: Float64Array[] = [];

  for (let g = 0; g < size; g++) {
    const from = starts[g]!;
    const to = starts[g + 1]!;
    const first = order[from]!;
    const key = keys[first]!;
    firstRow[g] = first;
    // A number x is the row's own value (equal to its key): a small integer stays a V8 small
    // integer, where the key read from a Float64Array would be boxed anew in every point.
    x[g] = xType === "date" ? toIsoDate(Math.floor(key)) : xType === "category" ? (levels?.[key] ?? String(rows.x[first])) : typeof rows.x[first] === "number" ? (rows.x[first] as number) : key;

    if (to - from === 1) {
      // One row per subgroup is the common case: skip the general path's allocations.
      let yv = rows.y[first]!;
      let nv = hasN ? rows.n![first]! : Number.NaN;
      if (hasN && (Number.isNaN(yv) || Number.isNaN(nv))) yv = nv = Number.NaN;
      const missing = Number.isNaN(yv);
      ySum[g] = yv;
      yLength[g] = missing ? 0 : 1;
      yMean[g] = yv;
      ySd[g] = Number.NaN;
      yRange[g] = Number.NaN;
      n[g] = hasN ? (Number.isNaN(nv) ? 0 : nv) : Number.NaN;
      if (hasN) y[g] = (missing ? 0 : yv) / n[g]!;
      else y[g] = missing ? (aggregate === "sum" ? 0 : Number.NaN) : aggregate === "sd" ? Number.NaN : yv;
      if (note) note[g] = rows.note![first] || null;
      if (target) target[g] = rows.target![first]!;
      continue;
    }

    // The subgroup's values go into scratch buffers reused across subgroups: three arrays per
    // subgroup were most of the garbage of a chart of 10⁵ subgroups.
    if (to - from > yScratch.length) {
      yScratch = new Float64Array(2 * (to - from));
      nScratch = new Float64Array(2 * (to - from));
      yViews = [];
      nViews = [];
    }
    let yCount = 0;
    let nCount = 0;
    const notes: string[] | null = note ? [] : null;
    // The exact mean is the dear part of a subgroup: its fast proof sums as the values are read.
    const exact = new FastMeanSum();
    for (let i = from; i < to; i++) {
      const r = order[i]!;
      let yv = rows.y[r]!;
      let nv = hasN ? rows.n![r]! : Number.NaN;
      if (hasN && (Number.isNaN(yv) || Number.isNaN(nv))) yv = nv = Number.NaN;
      if (!Number.isNaN(yv)) {
        yScratch[yCount++] = yv;
        exact.add(yv);
      }
      if (!Number.isNaN(nv)) nScratch[nCount++] = nv;
      const text = rows.note?.[r];
      if (notes && text && !notes.includes(text)) notes.push(text);
      if (target && Number.isNaN(target[g]!)) target[g] = rows.target![r]!;
    }
    const ys = (yViews[yCount] ??= yScratch.subarray(0, yCount));
    // y is finite or missing (validated): the values kept are all finite.
    const total = compensatedSum(ys);
    ySum[g] = total; // several rows: missing values are dropped (a lone missing row stays missing above)
    yLength[g] = ys.length;
    // Computed once for the mean, SD and y; exactly, when the fast proof cannot tell.
    const centre = exact.mean() ?? exactMean(ys);
    yMean[g] = centre;
    ySd[g] = sampleSd(ys, centre);
    yRange[g] = rangeOf(ys);
    n[g] = hasN ? sumFinite((nViews[nCount] ??= nScratch.subarray(0, nCount))) : Number.NaN;
    y[g] = hasN ? total / n[g]! : aggregate === "mean" ? centre : aggregateValues(ys, aggregate);
    if (note) note[g] = notes!.length > 0 ? notes!.join(" | ") : null;
  }

  const rowCount = integers.subarray(order.length + 1 + size, order.length + 1 + 2 * size);
  for (let g = 0; g < size; g++) rowCount[g] = starts[g + 1]! - starts[g]!;
  return { facet, size, x, firstRow, rowCount, y, n, ySum, yLength, yMean, ySd, yRange, note, target };
}

/** R's `agg.fun(y, na.rm = TRUE)`: note that the sum of no values is 0, as in R. */
function aggregateValues(values: Float64Array, aggregate: "mean" | "median" | "sum" | "sd"): number {
  switch (aggregate) {
    case "mean":
      return mean(values);
    case "median":
      return median(values);
    case "sum":
      return sumFinite(values);
    case "sd":
      return sampleSd(values);
  }
}

/** max − min of the values, NaN for fewer than two (a range needs two observations, as an SD does). */
function rangeOf(values: Float64Array): number {
  return values.length < 2 ? Number.NaN : largest(values) - smallest(values);
}
