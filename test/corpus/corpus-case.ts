// The corpus's cases (test/fixtures/corpus/expected.json) and the library path that charts one
// the way `spc chart` does: readDataFile → text → columns (given, or found by suggestChart) → a
// one-measure plan → validatePlan + computePlan. The CLI path is the CLI itself (corpus.test.ts).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDataFile } from "../../src/adapters/data-file.js";
import { readDelimited } from "../../src/adapters/delimited.js";
import { suggestChart, type ChartSuggestion, type SuggestOptions } from "../../src/adapters/suggest.js";
import { titleHints } from "../../src/adapters/table-start.js";
import type { Period } from "../../src/calendar.js";
import { SpcError } from "../../src/errors.js";
import { computePlan, validatePlan, type MeasureInput } from "../../src/plan/index.js";
import { denominatorsInput, setSeries } from "../../src/plan/series-input.js";
import type { ChartResult } from "../../src/types.js";
import { repoRoot } from "../support/shared.js";

/** One case: a fixture, the extra `spc chart` arguments, and what must come of it. */
export interface CorpusCase {
  /** Shown in the test's name; defaults to the file and the arguments. */
  name?: string;
  /** A file in test/fixtures. */
  file: string;
  /** Extra arguments of `spc chart FILE … -o out.json`. */
  args?: string[];
  /** The CLI's exit code. */
  exit: number;
  /** Substrings of standard error that must appear (skipped lines, totals, rejected `file:line`). */
  stderr?: string[];
  /** Substrings that must not appear. */
  notStderr?: string[];
  /** A refusal: a stable issue code (from the library) and a part of the CLI's message. */
  refusal?: { code?: string; message?: string };
  chart?: string;
  /** The columns used: x, y, n, facet for tables (wide: the units are columns), date and event for logs. */
  columns?: { x?: string; y?: string; n?: string; facet?: string; date?: string; event?: string; wide?: boolean };
  multiply?: number;
  yLabel?: string | null;
  facets?: (string | null)[];
  /** Every point: [facet, x, y rounded to 6 decimals]. */
  points?: [string | null, string | number | null, number | null][];
}

/** The cases, from test/fixtures/corpus/expected.json. */
export function corpusCases(): CorpusCase[] {
  const text = readFileSync(join(repoRoot, "test", "fixtures", "corpus", "expected.json"), "utf8");
  return (JSON.parse(text) as { cases: CorpusCase[] }).cases;
}

/** A fixture's path as the CLI is given it (relative to the repository root). */
export const fixturePath = (file: string) => `test/fixtures/${file}`;

/** y rounded to 6 decimals (and -0 as 0), so that the last bits of a division do not matter. */
export const round6 = (v: number | null | undefined): number | null => (typeof v === "number" && Number.isFinite(v) ? Math.round(v * 1e6) / 1e6 + 0 : null);

/** A result's points as the corpus writes them. */
export function pointsOf(result: Pick<ChartResult, "points">): NonNullable<CorpusCase["points"]> {
  return result.points.map((p) => [p.facet ?? null, p.x ?? null, round6(p.y)]);
}

/** The flags of a case's arguments that the library path needs. */
interface Flags {
  chart: string;
  x?: string;
  y?: string;
  n?: string;
  facet?: string;
  wide: boolean;
  events: boolean;
  time?: string;
  sameDay?: "reject" | "merge";
  period?: Period;
  year?: number;
  sheet?: string;
  skipLines?: number;
  strict: boolean;
  include?: Record<string, string[]>;
  event?: string;
  note?: string;
  part?: string;
  multiply?: number;
  yLabel?: string;
  decimal?: "," | ".";
  /** As plans write it (`tab`); readDelimited takes a TAB character. */
  delimiter?: ";" | "," | "tab";
  denominators?: string;
  denominatorX?: string;
  denominatorN?: string;
}

function parseFlags(args: readonly string[]): Flags {
  const flags: Flags = { chart: "auto", wide: false, events: false, strict: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new Error(`corpus: ${a} needs a value`);
      return v;
    };
    if (a === "--chart" || a === "-c") flags.chart = value();
    else if (a === "--x") flags.x = value();
    else if (a === "--y") flags.y = value();
    else if (a === "--n") flags.n = value();
    else if (a === "--facet") flags.facet = value();
    else if (a === "--wide") flags.wide = true;
    else if (a === "--events") flags.events = true;
    else if (a === "--time") flags.time = value();
    else if (a === "--same-day") flags.sameDay = value() as "reject" | "merge";
    else if (a === "--period") flags.period = value() as Period;
    else if (a === "--year") flags.year = Number(value());
    else if (a === "--sheet") flags.sheet = value();
    else if (a === "--skip-lines") flags.skipLines = Number(value());
    else if (a === "--strict") flags.strict = true;
    else if (a === "--event") flags.event = value();
    else if (a === "--note") flags.note = value();
    else if (a === "--part") flags.part = value();
    else if (a === "--multiply") flags.multiply = Number(value().replace(",", "."));
    else if (a === "--y-label") flags.yLabel = value();
    else if (a === "--decimal") flags.decimal = value() as "," | ".";
    else if (a === "--delimiter") flags.delimiter = value() as ";" | "," | "tab";
    else if (a === "--denominators") flags.denominators = value();
    else if (a === "--denominator-x") flags.denominatorX = value();
    else if (a === "--denominator-n") flags.denominatorN = value();
    else if (a === "--quiet" || a === "-q") continue;
    else if (a === "--lang" || a === "--title" || a === "--direction" || a === "--target" || a === "--freeze" || a === "--breaks" || a === "--width" || a === "--height") value(); // not about the series
    else if (a === "--include") {
      const [column, values] = value().split("=");
      flags.include = { ...flags.include, [column ?? ""]: (values ?? "").split("|") };
    } else throw new Error(`corpus: the library path does not know ${a}; add it to parseFlags`);
  }
  if (flags.time !== undefined || flags.sameDay !== undefined || flags.event !== undefined || flags.denominators !== undefined) flags.events = true;
  return flags;
}

/** The object without its undefined fields (for `exactOptionalPropertyTypes`). */
const defined = <T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };

/** What the library gave: a result with the columns it used, or the codes and messages of a refusal. */
export type LibraryOutcome =
  | { kind: "result"; result: ChartResult; columns: NonNullable<CorpusCase["columns"]>; suggestion: ChartSuggestion | null }
  | { kind: "refusal"; codes: string[]; messages: string[] };

function refusalOf(e: unknown): LibraryOutcome {
  if (e instanceof SpcError) return { kind: "refusal", codes: e.issues.map((i) => i.code), messages: e.issues.map((i) => i.message) };
  throw e;
}

/**
 * Charts a case through the library: the file's bytes through readDataFile, the columns given
 * by its arguments or found by suggestChart (as `spc chart` finds them), and the plan API.
 */
export async function chartThroughLibrary(c: CorpusCase): Promise<LibraryOutcome> {
  const path = fixturePath(c.file);
  const flags = parseFlags(c.args ?? []);
  let file;
  try {
    file = await readDataFile(new Uint8Array(readFileSync(join(repoRoot, path))), path, flags.sheet === undefined ? {} : { sheet: flags.sheet });
  } catch (e) {
    return refusalOf(e);
  }
  const workbook = file.kind === "workbook";
  const table = readDelimited(file.text, defined({ skipLines: flags.skipLines, delimiter: workbook ? (";" as const) : flags.delimiter === "tab" ? ("\t" as const) : flags.delimiter }));
  const yearHints = [...titleHints(table), path];
  const given = defined({ x: flags.x, y: flags.y, n: flags.n, facet: flags.facet, year: flags.year }) as SuggestOptions;

  let columns: NonNullable<CorpusCase["columns"]> = defined({ x: flags.x, y: flags.y, n: flags.n, facet: flags.facet });
  let events = flags.events;
  let event = flags.event;
  let suggestion: ChartSuggestion | null = null;
  try {
    if (!events && flags.wide) {
      const x = columns.x ?? suggestChart(table, defined({ year: flags.year, yearHints }) as SuggestOptions).columns.x;
      columns = defined({ ...columns, x, wide: true });
    } else if (!events && flags.y !== undefined) {
      // --y given: x, the unit and the denominator (when the chart may have one) are found, as
      // `spc chart` finds them.
      const rate = ["p", "pp", "u", "up"].includes(flags.chart);
      if (flags.x === undefined || (flags.n === undefined && (rate || flags.chart === "auto"))) {
        const findDenominator = flags.n === undefined && (rate || flags.chart === "auto") ? (rate ? ("required" as const) : true) : false;
        suggestion = suggestChart(table, { ...given, yearHints, findDenominator });
        columns = defined({
          x: flags.x ?? suggestion.columns.x,
          y: flags.y,
          n: flags.n ?? suggestion.denominator?.column ?? undefined,
          facet: flags.facet ?? suggestion.columns.facet,
        });
      }
    } else if (!events) {
      suggestion = suggestChart(table, { ...given, yearHints });
      if (suggestion.events) {
        events = true;
        event = suggestion.columns.event;
        columns = defined({ date: suggestion.columns.date, event, facet: flags.facet });
      } else {
        columns = defined({ x: suggestion.columns.x, y: suggestion.columns.y, n: suggestion.columns.n, facet: suggestion.columns.facet });
      }
    }
    if (events && flags.x !== undefined) columns = defined({ date: flags.x, event, facet: flags.facet });
    else if (events && columns.date === undefined && event === undefined) {
      const found = suggestChart(table, defined({ events: true, facet: flags.facet }) as SuggestOptions);
      columns = defined({ date: found.columns.date, facet: flags.facet });
    } else if (events && columns.date === undefined) columns = defined({ event, facet: flags.facet });
  } catch (e) {
    return refusalOf(e);
  }

  const measure = defined({ name: c.file, type: "outcome", chart: flags.chart, multiply: flags.multiply, unit: flags.yLabel }) as MeasureInput;
  const texts: Record<string, string> = { [path]: file.text };
  let denominators: ReturnType<typeof denominatorsInput> | undefined;
  if (flags.denominators !== undefined) {
    const dPath = flags.denominators;
    let d;
    try {
      d = await readDataFile(new Uint8Array(readFileSync(join(repoRoot, dPath))), dPath);
    } catch (e) {
      return refusalOf(e);
    }
    texts[dPath] = d.text;
    denominators = denominatorsInput({ file: dPath, workbook: d.kind === "workbook" }, flags, columns.facet);
  }
  // The measure as `spc chart` builds it from the same flags (one function for both).
  const seriesColumns = events ? { x: columns.date, event: columns.event, facet: columns.facet } : columns;
  setSeries(measure, { file: path, workbook }, seriesColumns, flags, { events, denominators });
  let plan;
  try {
    plan = validatePlan({ title: "corpus", measures: [measure] });
  } catch (e) {
    return refusalOf(e);
  }
  const computed = computePlan(plan, texts, { strict: flags.strict }).measures[0]!;
  if (computed.result === null) {
    const errors = computed.issues.filter((i) => i.severity !== "warning");
    return { kind: "refusal", codes: computed.issues.map((i) => i.code), messages: errors.map((i) => i.message) };
  }
  return { kind: "result", result: computed.result, columns, suggestion };
}
