/**
 * `spc suggest FILE`: which chart fits the data, why, and the `spc chart` command that makes it.
 *
 * @module
 */
import { Command, Option } from "commander";
import { readDelimited } from "../../adapters/delimited.js";
import { chartName, suggestChart, type ChartSuggestion, type SuggestOptions } from "../../adapters/suggest.js";
import { PERIODS, type Period } from "../../calendar.js";
import { SpcError } from "../../errors.js";
import { LANGUAGES, type Lang } from "../../plan/schema.js";
import type { CliIo } from "../io.js";
import { CommandError, EXIT_CODES } from "../command-error.js";
import { readData, readProcessStdin } from "../read-input.js";
import type { CommandDeps } from "./deps.js";
import { parsePositiveInt, parseYear, shellQuote, withMaxBytes } from "./options.js";
import { describeSkipped, titleHints } from "../../adapters/table-start.js";
import { CLI_MESSAGES, cliLang, sayIssue } from "../messages.js";

/** The options of `spc suggest`. */
export interface SuggestCommandOptions {
  x?: string;
  sheet?: string;
  y?: string;
  n?: string;
  facet?: string;
  events?: boolean;
  event?: string;
  period?: Period;
  year?: number;
  skipLines?: number;
  lang: Lang;
  json?: boolean;
  maxBytes?: number;
}



/**
 * The `spc chart` command line that draws a suggestion.
 *
 * @example
 * ```ts
 * chartCommand("fall.csv", { chart: "u", columns: { x: "Måned", y: "Fall", n: "Liggedøgn" }, events: false, reasons: [], alternatives: [] });
 * // "spc chart fall.csv --chart u --x Måned --y Fall --n Liggedøgn -o chart.svg"
 * ```
 */
export function chartCommand(file: string, s: ChartSuggestion, given: { year?: number } = {}): string {
  const words = ["spc", "chart", file, "--chart", s.chart];
  const add = (flag: string, value: string | undefined) => {
    if (value !== undefined) words.push(flag, value);
  };
  if (s.events) {
    words.push("--events");
    add("--x", s.columns.date);
    add("--event", s.columns.event);
    add("--facet", s.columns.facet);
    if (s.period !== undefined && s.period !== "month") add("--period", s.period);
  } else {
    add("--x", s.columns.x);
    add("--y", s.columns.y);
    add("--n", s.columns.n);
    add("--facet", s.columns.facet);
  }
  if (s.multiply !== undefined) add("--multiply", String(s.multiply));
  if (given.year !== undefined) add("--year", String(given.year));
  words.push("-o", "chart.svg");
  return words.map(shellQuote).join(" ");
}

/**
 * The suggestion as text for a person.
 *
 * @example
 * ```ts
 * formatSuggestion(suggestion, "fall.csv", "en");
 * // "U chart\n  Because: …\n  Alternatives:\n  - P chart: …\n  Make the chart:\n    spc chart fall.csv --chart u …"
 * ```
 */
export function formatSuggestion(s: ChartSuggestion, file: string, lang: Lang, given: { year?: number } = {}): string {
  const heading = (h: "because" | "alternatives" | "make") => CLI_MESSAGES.text("suggest_header", { heading: h }, lang);
  const w = { because: heading("because"), alternatives: heading("alternatives"), make: heading("make") };
  const name = chartName(s.chart, lang);
  const lines = [name.charAt(0).toUpperCase() + name.slice(1)];
  lines.push(`  ${w.because}:`);
  for (const r of s.reasons) lines.push(`  - ${r[lang]}`);
  if (s.denominator !== undefined) {
    const d = s.denominator;
    const what = CLI_MESSAGES.text("suggest_denominator", { column: d.column }, lang);
    lines.push(`  - ${what}: ${d.why[lang]}`);
  }
  for (const notice of s.notices ?? []) lines.push(`  - ${notice.text[lang]}`);
  if (s.alternatives.length > 0) {
    lines.push(`  ${w.alternatives}:`);
    for (const a of s.alternatives) lines.push(`  - ${chartName(a.chart, lang)}: ${a.reason[lang]}`);
  }
  lines.push(`  ${w.make}:`, `    ${chartCommand(file, s, given)}`);
  return `${lines.join("\n")}\n`;
}

/**
 * Registers `spc suggest` on a commander program.
 *
 * @example
 * ```ts
 * registerSuggest(program, io, { render: renderSvg });
 * ```
 */
export function registerSuggest(program: Command, io: CliIo, deps: CommandDeps): Command {
  return withMaxBytes(program.command("suggest"))
    .description("propose a chart type from the data's shape, and say why")
    .argument("<file>", "Excel workbook (.xlsx), CSV or TSV file, or - for standard input")
    .option("--sheet <name|n>", "workbooks (.xlsx): the sheet to read, by name or 1-based position (default: the first with a table of numbers)")
    .option("--x <column>", "subgroup column (found from the data when absent)")
    .option("--y <column>", "value column (found from the data when absent)")
    .option("--n <column>", "denominator column")
    .option("--facet <column>", "unit column: one chart per value")
    .option("--events", "the file is an event log (one row per event or case)")
    .option("--event <column>", "event logs: the yes/no column of a log of cases")
    .addOption(new Option("--period <period>", "event logs: counting period (default month)").choices([...PERIODS]))
    .option("--year <year>", "the year of the first week or month when x has none (Uke 3, januar); found in the file name when absent", parseYear)
    .option("--skip-lines <n>", "lines above the header to skip (titles and notes are found without it)", parsePositiveInt)
    .addOption(new Option("--lang <lang>", "language of the reasons and of messages").choices([...LANGUAGES]).default("nb"))
    .option("--json", "print the suggestion as JSON (reasons in both languages)")
    .addHelpText(
      "after",
      `
Examples:
  spc suggest fall-sykehjem.csv            # counts with a denominator of bed-days: U chart
  spc suggest fall-sykehjem.xlsx           # the first sheet with a table of numbers (or --sheet Data)
  spc suggest fallhendelser.csv --lang en  # an event log: counts per month, or days between (T) when rare
  spc suggest operasjoner.csv --events --event "Postoperativ infeksjon"

Exit codes: 0 ok, 1 nothing to chart in the file, 2 bad option or column, 3 file not readable.`,
    )
    .action(async (file: string, options: SuggestCommandOptions) => {
      const shown = file === "-" ? "<stdin>" : file;
      const data = await readData(file, deps.readStdin ?? readProcessStdin, shown, (line) => io.stderr(`${line}\n`), { sheet: options.sheet, maxBytes: options.maxBytes });
      const text = data.text;
      const given: SuggestOptions = {};
      for (const key of ["x", "y", "n", "facet", "event", "period", "events", "year"] as const) {
        const value = options[key];
        if (value !== undefined) (given as Record<string, unknown>)[key] = value;
      }
      let suggestion: ChartSuggestion;
      try {
        const table = readDelimited(text, {
          ...(options.skipLines === undefined ? {} : { skipLines: options.skipLines }),
          ...(data.workbook === undefined ? {} : { delimiter: data.workbook.delimiter }),
        });
        const skipped = describeSkipped(table.skipped, cliLang());
        if (skipped !== null) io.stderr(`${shown}: ${skipped}\n`);
        // Title lines, then the file's name, may say the year of weeks written without one:
        // "Trykksår 2024" above the table, "fall-uke-2024.csv".
        given.yearHints = [...titleHints(table), ...(file === "-" ? [] : [file])];
        suggestion = suggestChart(table, given);
      } catch (e) {
        if (!(e instanceof SpcError)) throw e;
        const usage = e.issues.some((i) => i.path[0] === "mapping");
        throw new CommandError(
          usage ? EXIT_CODES.usage : EXIT_CODES.invalidInput,
          e.issues.map((i) => {
            if (i.path[0] === "mapping") return `spc suggest: --${String(i.path[1])}: ${sayIssue(i)}`;
            const line = (i as { line?: unknown }).line;
            return `${shown}${typeof line === "number" && line > 0 ? `:${line}` : ""}: ${sayIssue(i)}`;
          }),
        );
      }
      io.stdout(options.json === true ? `${JSON.stringify(suggestion, null, 2)}\n` : formatSuggestion(suggestion, file, options.lang, options.year === undefined ? {} : { year: options.year }));
    });
}
