/**
 * `spc chart FILE`: a chart straight from a CSV (or an event log), as SVG, PNG or the computed
 * result as JSON. The options are a one-measure plan, so the command and `spc report` read data,
 * dates, targets and tests of change the same way.
 *
 * @module
 */
import { issueMessage } from "../../locale/message.js";
import { basename } from "node:path";
import { Command, Option } from "commander";
import { readDelimited } from "../../adapters/delimited.js";
import { describeSkipped, titleHints } from "../../adapters/table-start.js";
import { chartName, suggestChart, type ChartSuggestion, type SuggestOptions } from "../../adapters/suggest.js";
import type { Period } from "../../calendar.js";
import { SpcError, formatPath } from "../../errors.js";
import { computeMeasure } from "../../plan/compute.js";
import { formatLocated, type LocatedIssue } from "../../plan/diagnostics.js";
import { validatePlan } from "../../plan/load.js";
import { denominatorsInput, setSeries } from "../../plan/series-input.js";
import { DIRECTIONS, LANGUAGES, PLAN_CHARTS, type Lang, type MeasureInput } from "../../plan/schema.js";
import { PERIODS } from "../../calendar.js";
import type { CliIo } from "../io.js";
import { CommandError, EXIT_CODES } from "../command-error.js";
import { withFindingTexts } from "../finding-texts.js";
import { svgToPng } from "../png.js";
import { readData, readProcessStdin, writeOutput } from "../read-input.js";
import type { CommandDeps } from "./deps.js";
import { parseInclude, parseNumberOption, parsePositionList, parsePositionOrDate, parsePositiveInt, parseYear, withMaxBytes } from "./options.js";
import { checkOutputExtension, refuseOutputOverInput, type CommandInput } from "../output-guard.js";
import { cliLang, say, sayIssue } from "../messages.js";

/** The options of `spc chart`, as commander gives them. */
export interface ChartCommandOptions {
  chart?: string;
  x?: string;
  y?: string;
  n?: string;
  facet?: string;
  note?: string;
  part?: string;
  wide?: boolean;
  events?: boolean;
  event?: string;
  time?: string;
  sameDay?: "reject" | "merge";
  period?: Period;
  denominators?: string;
  denominatorX?: string;
  denominatorN?: string;
  include?: Record<string, string[]>;
  multiply?: number;
  freeze?: number | string;
  breaks?: (number | string)[];
  target?: number;
  direction?: (typeof DIRECTIONS)[number];
  title?: string;
  yLabel?: string;
  decimal?: "," | ".";
  delimiter?: ";" | "," | "tab";
  strict?: boolean;
  output?: string;
  png?: boolean;
  lang: Lang;
  width?: number;
  height?: number;
  quiet?: boolean;
  skipLines?: number;
  year?: number;
  sheet?: string;
  maxBytes?: number;
}

/** Which option a plan path comes from, for usage messages. */
const FLAGS: readonly [RegExp, string][] = [
  [/^chart$/, "--chart"],
  [/^data\.x$|^events\.date$/, "--x"],
  [/^data\.y$/, "--y"],
  [/^data\.n$/, "--n"],
  [/^(data|events)\.facet$/, "--facet"],
  [/^data\.note$/, "--note"],
  [/^data\.part$/, "--part"],
  [/^data\.wide/, "--wide"],
  [/^events\.event$/, "--event"],
  [/^events\.time$/, "--time"],
  [/^events\.sameDay$/, "--same-day"],
  [/^(events\.)?period$/, "--period"],
  [/^events\.denominators\.file$/, "--denominators"],
  [/^events\.denominators\.x$/, "--denominator-x"],
  [/^events\.denominators\.n$/, "--denominator-n"],
  [/^events\.denominators/, "--denominators"],
  [/^events\.include/, "--include"],
  [/^multiply$/, "--multiply"],
  [/^freeze$/, "--freeze"],
  [/^breaks/, "--breaks"],
  [/^target/, "--target"],
  [/^direction$/, "--direction"],
  [/^name$/, "--title"],
  [/^unit$/, "--y-label"],
  [/^(data|events)\.decimal$/, "--decimal"],
  [/^data\.year$/, "--year"],
  [/^(data|events)\.delimiter$/, "--delimiter"],
  [/^(data|events)\.sheet$/, "--sheet"],
];

function flagOf(path: readonly (string | number)[]): string {
  const rest = formatPath(path.slice(2));
  return FLAGS.find(([re]) => re.test(rest))?.[1] ?? (rest === "" ? "spc chart" : rest);
}

/** Problems with the options (paths into the one-measure plan) are usage errors naming the option. */
function usageLines(issues: readonly LocatedIssue[]): string[] {
  return issues.map((i) => `spc chart: ${flagOf(i.path)}: ${sayIssue(i)}`);
}

/** The object without its undefined fields (for `exactOptionalPropertyTypes`). */
function definedOnly<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

/**
 * Registers `spc chart` on a commander program.
 *
 * @example
 * ```ts
 * registerChart(program, io, { render: renderSvg });
 * await program.parseAsync(["chart", "fall.csv", "--chart", "u", "--x", "Måned", "--y", "Fall", "--n", "Liggedøgn", "-o", "fall.svg"], { from: "user" });
 * ```
 */
export function registerChart(program: Command, io: CliIo, deps: CommandDeps): Command {
  return withMaxBytes(program.command("chart"))
    .description("draw a chart from a CSV file (or an event log): SVG, PNG, or the computed result as JSON")
    .argument("<file>", "Excel workbook (.xlsx), CSV or TSV file (; , or tab separated, decimal comma or point), or - for standard input")
    .addOption(new Option("-c, --chart <type>", "chart type, or auto to choose from the data").choices([...PLAN_CHARTS]).default("auto"))
    .option("--x <column>", "subgroup column (dates, numbers or labels); with --events the date column")
    .option("--y <column>", "value column (the numerator for P and U charts); found from the data when absent")
    .option("--n <column>", "denominator column (P and U charts)")
    .option("--facet <column>", "one chart per value of this column (e.g. the ward)")
    .option("--note <column>", "annotation column")
    .option("--part <column>", "part labels: a new part starts where the label changes")
    .option("--wide", "a wide sheet: every column but --x holds one unit's values")
    .option("--events", "read FILE as an event log: one row per event (C, U, T charts) or per case (G, P with --event)")
    .addOption(new Option("--period <period>", "event logs: count per period (default month); tables: floor dates to it").choices([...PERIODS]))
    .option("--event <column>", "event logs: the yes/no column of a log of cases (G chart: cases between events)")
    .option("--time <column>", "event logs, T chart: the time-of-day column (14:30, kl. 14), so that events on one day are apart by hours; found when absent")
    .addOption(
      new Option("--same-day <policy>", "event logs, T chart without times of day: events on the same day as the one before are rejected (listed) or merged into its interval").choices(["reject", "merge"]),
    )
    .option("--denominators <file>", "event logs: denominators per period (e.g. bed-days), making a U chart")
    .option("--denominator-x <column>", "date column of the denominators file (default the first)")
    .option("--denominator-n <column>", "value column of the denominators file (default the second)")
    .option("--include <column=values>", "event logs: keep rows whose column has one of the values (separated by |); repeatable", parseInclude)
    .option("--multiply <number>", "scale y (100 for per cent, 1000 for per 1000)", parseNumberOption)
    .option("--freeze <position|date>", "baseline: limits from the subgroups up to this position or date", parsePositionOrDate)
    .option("--breaks <list>", "new parts after these positions or at these dates, comma-separated; repeatable", parsePositionList)
    .option("--target <number>", "target line, on the chart's scale", parseNumberOption)
    .addOption(new Option("--direction <direction>", "which way is better").choices([...DIRECTIONS]))
    .option("--title <text>", "chart title")
    .option("--y-label <text>", "y axis label")
    .addOption(new Option("--decimal <separator>", "decimal separator of the numbers (detected when absent)").choices([",", "."]))
    .addOption(new Option("--delimiter <delimiter>", "field delimiter (detected when absent)").choices([";", ",", "tab"]))
    .option("--year <year>", "the year of the first week or month when x has none (Uke 3, januar); found in the file name when absent", parseYear)
    .option("--skip-lines <n>", "lines above the header to skip (e.g. a report title in the first row)", parsePositiveInt)
    .option("--sheet <name|n>", "workbooks (.xlsx): the sheet to read, by name or 1-based position (default: the first with a table of numbers)")
    .option("--strict", "fail (exit code 1) on any line that cannot be read, instead of leaving it out")
    .option("-o, --output <file>", "output file: .svg, .png, or .json for the computed result (each finding with its text in --lang); - or absent for standard output")
    .option("--png", "also write a PNG beside the SVG (FILE.png)")
    .addOption(new Option("--lang <lang>", "language of the chart's texts and of messages").choices([...LANGUAGES]).default("nb"))
    .option("--width <pixels>", "chart width", parsePositiveInt)
    .option("--height <pixels>", "chart height", parsePositiveInt)
    .option("-q, --quiet", "do not print warnings")
    .addHelpText(
      "after",
      `
Examples:
  spc chart fall-sykehjem.csv --chart u --x Måned --y Fall --n Liggedøgn --multiply 1000 -o fall.svg
  spc chart fall-sykehjem.csv --x Måned --y Fall --n Liggedøgn -o fall.json     # the computed result
  spc chart fall-sykehjem.xlsx --sheet Data -o fall.svg                      # a sheet of an Excel workbook
  spc chart fall-sykehjem.csv -o fall.svg --png --lang en                      # chart type and columns chosen from the data
  spc chart fallhendelser.csv --events --x Hendelsesdato --period month -o fall-per-maaned.svg
  spc chart fallhendelser.csv --events --chart t --include "Alvorlighetsgrad=Moderat skade|Alvorlig skade" -o t.svg
  spc chart fall-logg.csv --events --chart t --x Dato --time Klokkeslett -o t.svg   # same-day falls apart by hours
  spc chart operasjoner.csv --events --chart g --x Operasjonsdato --event "Postoperativ infeksjon" -o g.svg
  cat data.csv | spc chart - --y Fall > chart.svg

Exit codes: 0 ok, 1 invalid data (with --strict: any unreadable line), 2 bad option or column, 3 file not readable or writable.
Problems are printed as FILE:LINE:COLUMN: message.`,
    )
    .action(async (file: string, options: ChartCommandOptions) => {
      await runChart(file, options, io, deps);
    });
}

/**
 * Before any work: `-o chart.pdf` would quietly get SVG bytes (only .svg, .png and .json, or no
 * extension: SVG), and `-o` (or the PNG written beside it) must not be the data or the
 * denominators file.
 */
async function checkOutput(file: string, options: ChartCommandOptions): Promise<void> {
  checkOutputExtension("chart", options.output, ["svg", "png", "json"]);
  const inputs: CommandInput[] = [{ path: file, shown: file }];
  if (options.denominators !== undefined) inputs.push({ path: options.denominators, shown: options.denominators });
  const outputs = [options.output];
  if (options.png === true && options.output !== undefined) outputs.push(options.output.replace(/\.svg$/i, "") + ".png");
  await refuseOutputOverInput("chart", outputs, inputs);
}

async function runChart(file: string, options: ChartCommandOptions, io: CliIo, deps: CommandDeps): Promise<void> {
  const said: { skipped?: string } = {};
  try {
    await chartFile(file, options, io, deps, said);
  } catch (e) {
    // A failure says first which lines were skipped: it explains a header that was not the one meant.
    if (e instanceof CommandError && said.skipped !== undefined && !e.lines.includes(said.skipped)) throw new CommandError(e.exitCode, [said.skipped, ...e.lines]);
    throw e;
  }
}

/** Runs `spc chart`; `said.skipped` gets the "skipped line 1 (title …)" line, for a failure message. */
async function chartFile(file: string, options: ChartCommandOptions, io: CliIo, deps: CommandDeps, said: { skipped?: string }): Promise<void> {
  const stdin = deps.readStdin ?? readProcessStdin;
  const shown = file === "-" ? "<stdin>" : file;
  const warn = (line: string) => {
    if (options.quiet !== true) io.stderr(`${line}\n`);
  };
  await checkOutput(file, options);
  const data = await readData(file, stdin, shown, warn, { sheet: options.sheet, maxBytes: options.maxBytes });
  const text = data.text;
  const texts: Record<string, string> = { [shown]: text };
  // Lines skipped by --skip-lines are still counted, so that line numbers in messages stay the file's.
  const skipLines = options.skipLines ? { skipLines: options.skipLines } : {};
  const readTable = () => readDelimited(text, { ...skipLines, ...(data.workbook === undefined ? {} : { delimiter: data.workbook.delimiter }) });

  let columns = { x: options.x, y: options.y, n: options.n, facet: options.facet };
  let events = options.events === true || options.event !== undefined || options.denominators !== undefined || options.time !== undefined || options.sameDay !== undefined;
  let event = options.event;
  const table = withUsage(shown, readTable);
  const skipped = describeSkipped(table.skipped, cliLang());
  if (skipped !== null) said.skipped = `${shown}: ${skipped}`;
  // Title lines above the table first, then the file's name, may say the year of "Uke 3".
  const yearHints = [...titleHints(table), ...(file === "-" ? [] : [file])];
  const chartType = options.chart ?? "auto";
  if (!events && options.wide !== true && options.y !== undefined && (options.x === undefined || (options.n === undefined && ["auto", "p", "pp", "u", "up", "np"].includes(chartType)))) {
    // --y given: the date column is still x, and a denominator is looked for as a person would —
    // and named, with the reason, in one line.
    const found = withUsage(shown, () =>
      suggestChart(readTable(), {
        ...(definedOnly({ x: options.x, y: options.y, n: options.n, facet: options.facet, year: options.year }) as SuggestOptions),
        yearHints,
        // P and U charts need a denominator: "none found" is said for them whatever the columns.
        findDenominator: options.n === undefined && (chartType === "auto" ? true : ["p", "pp", "u", "up", "np"].includes(chartType) ? "required" : false),
      }),
    );
    if (!found.events) {
      if (options.x === undefined && found.columns.x !== undefined) {
        columns = { ...columns, x: found.columns.x };
        warn(say("using_x", { column: found.columns.x }));
      }
      if (options.facet === undefined && found.columns.facet !== undefined) columns = { ...columns, facet: found.columns.facet };
      for (const notice of found.notices ?? []) warn(say("columns_notice", { text: notice.text[cliLang()] }));
      if (found.denominator !== undefined) {
        if (found.denominator.column !== null) columns = { ...columns, n: found.denominator.column };
        warn(denominatorLine(found.denominator));
      }
    }
  }
  if (!events && options.wide === true && options.x === undefined) {
    // A wide sheet without --x: the column every unit shares is the one a person would take as x
    // (the first column of dates or weeks), found as `spc suggest` finds it.
    const found = withUsage(shown, () => suggestChart(readTable(), { ...(definedOnly({ year: options.year }) as SuggestOptions), yearHints }));
    if (!found.events && found.columns.x !== undefined) {
      columns = { ...columns, x: found.columns.x };
      warn(say("using_x", { column: found.columns.x }));
    }
  }
  if (!events && options.y === undefined && options.wide !== true) {
    // No value column given: find it (and whether this is an event log) from the data.
    const suggestion = withUsage(shown, () =>
      suggestChart(readTable(), { ...(definedOnly({ x: options.x, n: options.n, facet: options.facet, year: options.year }) as SuggestOptions), yearHints }),
    );
    for (const notice of suggestion.notices ?? []) warn(say("columns_notice", { text: notice.text[cliLang()] }));
    if (suggestion.denominator !== undefined) warn(denominatorLine(suggestion.denominator));
    if (suggestion.events) {
      events = true;
      event = suggestion.columns.event;
      columns = { ...columns, x: suggestion.columns.date };
      warn(say("reading_event_log", { file: shown, column: String(suggestion.columns.date) }));
    } else {
      columns = { x: suggestion.columns.x, y: suggestion.columns.y, n: suggestion.columns.n, facet: suggestion.columns.facet };
      warn(say("charting_y", { y: String(columns.y), n: columns.n ?? null, x: columns.x ?? null }));
    }
  }

  const measure: MeasureInput = definedOnly({
    name: options.title ?? basename(shown),
    type: "outcome",
    chart: options.chart as MeasureInput["chart"],
    direction: options.direction,
    multiply: options.multiply,
    freeze: options.freeze,
    breaks: options.breaks,
    unit: options.yLabel,
  }) as MeasureInput;
  if (options.target !== undefined) {
    // A plan's target needs a direction (to judge it); on the command line it may be just a line.
    if (options.direction === "increase" || options.direction === "decrease") measure.target = { value: options.target };
    else measure.spec = { target: options.target };
  }
  if (events && columns.x === undefined && event === undefined) {
    // An event log without --x: its first column of dates.
    const found = withUsage(shown, () => suggestChart(readTable(), { events: true, ...(columns.facet === undefined ? {} : { facet: columns.facet }) }));
    columns = { ...columns, x: found.columns.date };
  }
  let denominators: ReturnType<typeof denominatorsInput> | undefined;
  if (events && options.denominators !== undefined) {
    const dShown = options.denominators === "-" ? "<stdin>" : options.denominators;
    const d = await readData(options.denominators, stdin, dShown, warn, { maxBytes: options.maxBytes });
    texts[dShown] = d.text;
    denominators = denominatorsInput({ file: dShown, workbook: d.workbook !== undefined }, options, columns.facet);
  }
  setSeries(measure, { file: shown, workbook: data.workbook !== undefined }, { ...columns, wide: options.wide, event }, options, { events, denominators });

  let plan;
  try {
    plan = validatePlan({ title: "spc chart", measures: [measure] });
  } catch (e) {
    if (e instanceof SpcError) throw new CommandError(EXIT_CODES.usage, usageLines(e.issues));
    throw e;
  }
  const planMeasure = plan.measures[0]!;
  const computed = computeMeasure(planMeasure, texts, { strict: options.strict === true });
  const errors = computed.issues.filter((i) => i.severity !== "warning");
  if (computed.result === null) {
    const optionErrors = errors.filter((i) => i.path[0] === "measures" && i.file === undefined);
    if (optionErrors.length > 0) throw new CommandError(EXIT_CODES.usage, usageLines(optionErrors));
    throw new CommandError(
      EXIT_CODES.invalidInput,
      [...errors, ...computed.issues.filter((i) => i.severity === "warning" && i.code === "rejected_row")].map((i) => formatLocated(i, { lang: cliLang() })),
    );
  }
  for (const w of computed.issues) {
    // Which lines were passed over is a plain statement, not a warning: `fall.csv: skipped line 1 (title "…")`.
    if (w.code === "skipped_lines") warn(`${w.file ?? shown}: ${sayIssue(w)}`);
    else if (w.path[0] !== "measures") warn(formatLocated(w, { lang: cliLang() }));
    else {
      // An option's problem names the flag; the message keeps its code and parameters (for the language).
      const { params: _params, ...rest } = w;
      warn(formatLocated({ ...rest, path: [], message: `${flagOf(w.path)}: ${sayIssue(w)}` }, { lang: cliLang() }));
    }
  }
  if (computed.summaryNotice !== undefined) warn(`spc chart: ${issueMessage(computed.summaryNotice, cliLang())}`);
  if (computed.suggestion !== null && options.chart === "auto") {
    // Every reason: "only 5 subgroups" alone would hide that the points are days between events.
    const lang = cliLang();
    warn(`spc chart: ${chartName(computed.result.chart, lang)}: ${computed.suggestion.reasons.map((r) => r[lang]).join("; ")}`);
  }

  const result = computed.result;
  // Without --title the chart is titled by what it measures (the y column, e.g. "Fall"; the unit
  // is on the y axis), not by the file's name; an event log's counts have no column to name.
  if (options.title === undefined) result.title = !events && typeof columns.y === "string" ? columns.y : null;
  const output = options.output ?? "-";
  if (output.toLowerCase().endsWith(".json")) {
    await writeOutput(output, `${JSON.stringify(withFindingTexts(result, options.lang), null, 2)}\n`, io.stdout);
    return;
  }
  const renderOptions = definedOnly({ lang: options.lang, width: options.width, height: options.height });
  let svg: string;
  try {
    svg = deps.render(result, renderOptions);
  } catch (e) {
    throw new CommandError(EXIT_CODES.invalidInput, [say("cannot_draw", { reason: e instanceof SpcError ? e.issues.map(sayIssue).join("; ") : e instanceof Error ? e.message : String(e) })]);
  }
  // Tests inject a loader for @resvg/resvg-js through the CliIo.
  const png = () => svgToPng(svg, 2, ...(io.loadResvg === undefined ? [] : [io.loadResvg]));
  if (output.toLowerCase().endsWith(".png")) {
    await writeOutput(output, await png(), io.stdout);
    return;
  }
  await writeOutput(output, svg.endsWith("\n") ? svg : `${svg}\n`, io.stdout);
  if (options.png === true) {
    if (output === "-") throw new CommandError(EXIT_CODES.usage, [say("png_needs_svg_output", {})]);
    await writeOutput(output.replace(/\.svg$/i, "") + ".png", await png(), io.stdout);
  }
}

/** The one line that says which denominator was chosen, and why (or that none was). */
function denominatorLine(d: NonNullable<ChartSuggestion["denominator"]>): string {
  const why = d.why[cliLang()];
  return d.column === null ? say("no_denominator", { why }) : say("denominator_chosen", { column: d.column, why });
}

/**
 * Problems with the data itself (not with an option): exit code 1, located in the file. A file
 * without a column of numbers (`no_value_column`) is one, as `spc suggest` says it.
 */
const DATA_CODES = new Set(["nothing_to_chart", "period_needs_year", "time_not_dates", "no_value_column"]);

/** SpcErrors about columns named on the command line are usage errors (exit code 2); problems with the data are not. */
function withUsage<T>(shown: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SpcError && e.issues.some((i) => DATA_CODES.has(i.code))) {
      throw new CommandError(
        EXIT_CODES.invalidInput,
        e.issues.map((i) => {
          const line = (i as { line?: unknown }).line;
          return formatLocated(
            { code: i.code, message: i.message, ...(i.params === undefined ? {} : { params: i.params }), path: [], file: shown, ...(typeof line === "number" && line > 0 ? { line } : {}) },
            { lang: cliLang() },
          );
        }),
      );
    }
    if (e instanceof SpcError) {
      throw new CommandError(
        EXIT_CODES.usage,
        e.issues.map((i) => `spc chart: ${i.path[0] === "mapping" || i.path.length === 1 ? `--${String(i.path[i.path.length - 1])}: ` : ""}${sayIssue(i)}`),
      );
    }
    throw e;
  }
}
