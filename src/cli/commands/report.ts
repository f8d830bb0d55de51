/**
 * `spc report PLAN… -o report.html`: one self-contained HTML page with every measure of one or
 * several measurement plans (a learning network gets a table of contents).
 *
 * A measure whose data cannot be read does not stop the others: the report is written with the
 * problem in place of its chart, the problems are printed, and the exit code says so (1, or 3
 * when a file could not be read). With `--strict` nothing is written unless every measure and
 * every line of data is sound.
 *
 * @module
 */
import { dirname, isAbsolute, join, relative } from "node:path";
import { Command, InvalidArgumentError, Option } from "commander";
import { formatLocated, type LocatedIssue } from "../../plan/diagnostics.js";
import { computePlan, planDataSources, type ComputedPlan } from "../../plan/compute.js";
import { parsePlan } from "../../plan/load.js";
import { SpcError } from "../../errors.js";
import { LANGUAGES, type Lang, type Plan } from "../../plan/schema.js";
import { sourceKey } from "../../plan/source.js";
import type { ReportOptions } from "../../report/build.js";
import type { CliIo } from "../io.js";
import { CommandError, EXIT_CODES, type ExitCode } from "../command-error.js";
import { createProgress } from "../progress.js";
import { besidePlan, readData, readProcessStdin, readText, writeOutput } from "../read-input.js";
import { defaultToday, type CommandDeps } from "./deps.js";
import { parsePositiveInt, withMaxBytes } from "./options.js";
import { refuseOutputOverInput, type CommandInput } from "../output-guard.js";
import { checkReportOutput, reportWriter } from "../report-writers.js";
import { buildReportModel } from "../../report/model.js";
import { filesOutsidePlan, planFiles } from "../plan-files.js";
import { cliLang, say, sayIssue } from "../messages.js";
import { quoted } from "../../text/for-people.js";
import { daysInMonth } from "../../calendar.js";

/** The options of `spc report`. */
export interface ReportCommandOptions {
  output?: string;
  lang?: Lang;
  title?: string;
  date?: string | false;
  strict?: boolean;
  verbose?: boolean;
  width?: number;
  height?: number;
  allowOutside?: boolean;
  maxBytes?: number;
  a3?: boolean;
}

/** Show the progress bar from this many measures on (fewer finish before it would be seen). */
export const PROGRESS_FROM = 5;

function parseDateOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new InvalidArgumentError(say("not_a_date", { value }));
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  // 2024-02-30 has the right shape but is no day of the calendar.
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidArgumentError(`${quoted(value)} is not a date: ${month < 1 || month > 12 ? "there is no month " + month : year < 1 ? "there is no year 0" : `month ${month} of ${year} has ${daysInMonth(year, month)} days`}.`);
  }
  return value;
}

/**
 * A data file's name as the user gave it: the plan's folder as written on the command line, then
 * the name in the plan (`team/plan.yaml` + `fall.csv` → `team/fall.csv`). A relative name is never
 * made absolute (a report is shared, and someone's home folder is no business of its readers); an
 * absolute one is shortened to the working folder when it is below it.
 */
export function shownDataPath(planFile: string, file: string, cwd = process.cwd()): string {
  const given = isAbsolute(file) || planFile === "-" ? file : join(dirname(planFile), file);
  if (!isAbsolute(given)) return given;
  const rel = relative(cwd, given);
  return rel === "" || rel.startsWith("..") || isAbsolute(rel) ? given : rel;
}

/** The issue without its parameters: its message is replaced, and the old parameters no longer fit. */
function withoutParams(issue: LocatedIssue): LocatedIssue {
  const { params: _params, ...rest } = issue;
  return rest;
}

/** The value at a path of a plan (e.g. `measures[2].data.file`). */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let value = root;
  for (const step of path) value = value === null || typeof value !== "object" ? undefined : (value as Record<string | number, unknown>)[step];
  return value;
}

interface LoadedPlan {
  file: string;
  text: string;
  plan: Plan;
}

/**
 * Registers `spc report` on a commander program.
 *
 * @example
 * ```ts
 * registerReport(program, io, { render: renderSvg });
 * await program.parseAsync(["report", "fall.yaml", "infeksjon.yaml", "-o", "nettverk.html"], { from: "user" });
 * ```
 */
export function registerReport(program: Command, io: CliIo, deps: CommandDeps): Command {
  return withMaxBytes(program.command("report"))
    .description("build one self-contained report (HTML or PDF), PowerPoint slides (-o FILE.pptx), or the learning network's A3 (--a3), from one or more measurement plans (YAML or JSON)")
    .argument("<plans...>", "measurement plan files; - for standard input (data paths are then relative to the working folder)")
    .option("-o, --output <file>", "the output file; its extension is the format: .html, .pdf (A4, charts as vectors), .pptx for PowerPoint slides, or .json for the report's content as data; - or absent for HTML on standard output")
    .addOption(new Option("--lang <lang>", "language of the report and of messages (default: the first plan's lang, else nb)").choices([...LANGUAGES]))
    .option("--title <text>", "page title (default: the plan's title, or «Måleplaner» for several)")
    .option("--date <YYYY-MM-DD>", "date printed under the title (default today, or SOURCE_DATE_EPOCH)", parseDateOption)
    .option("--no-date", "print no date (reproducible output)")
    .option("--strict", "write nothing unless every measure is computed and every line of data is read (exit code 1)")
    .option("--verbose", "also print the warnings of every chart (too few points, …), not only unreadable lines")
    .option("--width <pixels>", "chart width", parsePositiveInt)
    .option("--height <pixels>", "chart height", parsePositiveInt)
    .option("--a3", "the learning network's A3 form instead of the report: one A3 landscape page per plan")
    .option("--allow-outside", "let the plans read data files outside their own folders (absolute paths, .., links out); only for plans you trust")
    .addHelpText(
      "after",
      `
Examples:
  spc report fall.yaml -o fall.html
  spc report fall.yaml --a3 -o fall-a3.html   # print on A3 landscape
  spc report team-*/plan.yaml -o nettverk.html --title "Læringsnettverk fall" --lang nb
  spc report team-*/plan.yaml -o samling.pptx   # slides: a section per team, editable text
  spc report plan.yaml -o rapport.pdf          # A4 PDF: charts as vectors, DejaVu Sans embedded
  spc report plan.yaml --a3 -o a3.pdf          # the A3 form on one A3 landscape page
  spc schema plan > plan.schema.json     # for editors: autocomplete and checks while writing a plan

Data files are read from each plan's folder and below; a plan naming a file elsewhere (an
absolute path, .., a link out) is refused unless --allow-outside is given or the plan says
allowOutside: true. Files are read only if regular and at most 100 MB (--max-bytes raises it).

Exit codes: 0 ok; 1 an invalid plan, or one naming a file outside its folder (nothing written),
or a measure that could not be computed (the report is written with the problem shown);
2 bad option, or -o naming one of the plans or data files; 3 a plan or data file not readable.
Problems are printed as FILE:LINE:COLUMN: message.`,
    )
    .action(async (files: string[], options: ReportCommandOptions) => {
      await runReport(files, options, io, deps);
    });
}

async function runReport(files: string[], options: ReportCommandOptions, io: CliIo, deps: CommandDeps): Promise<void> {
  if (files.filter((f) => f === "-").length > 1) throw new CommandError(EXIT_CODES.usage, [say("stdin_once", {})]);
  // Before any work: the format is the extension of -o (src/cli/report-writers.ts).
  checkReportOutput(options.output);
  const stdin = deps.readStdin ?? readProcessStdin;
  // First: a bad SOURCE_DATE_EPOCH is a usage error before any file is read.
  const date = options.date === false ? undefined : (options.date ?? (deps.today ?? defaultToday)());

  // 1. Every plan, read and checked before any data is read.
  const plans: LoadedPlan[] = [];
  const planErrors: string[] = [];
  for (const file of files) {
    const shown = file === "-" ? "<stdin>" : file;
    const text = await readText(file, stdin, shown, undefined, options.maxBytes);
    let plan: Plan;
    try {
      plan = parsePlan(text);
    } catch (e) {
      if (!(e instanceof SpcError)) throw e;
      for (const issue of e.issues) planErrors.push(formatLocated({ ...issue, file: shown }, { lang: cliLang() }));
      continue;
    }
    plans.push({ file, text, plan });
    // A plan reads from its own folder: what it names elsewhere would land in the report.
    for (const issue of await filesOutsidePlan(file, shown, text, plan, options.allowOutside === true)) planErrors.push(formatLocated(issue, { lang: cliLang() }));
  }
  if (planErrors.length > 0) throw new CommandError(EXIT_CODES.invalidInput, planErrors);
  // Before any data is read: -o must be none of the plans and none of the files they read.
  const inputs: CommandInput[] = files.map((f) => ({ path: f, shown: f }));
  for (const p of plans) for (const { file } of planFiles(p.plan)) inputs.push({ path: besidePlan(p.file, file), shown: shownDataPath(p.file, file) });
  await refuseOutputOverInput("report", [options.output], inputs);

  // 2. The data files, each read once per plan; an unreadable one fails only its measures.
  const total = plans.reduce((n, p) => n + p.plan.measures.length, 0);
  const progress = createProgress(
    { write: io.stderr, isTTY: deps.stderrIsTTY ?? process.stderr.isTTY === true, columns: deps.stderrColumns ?? process.stderr.columns ?? 80 },
    total >= PROGRESS_FROM,
  );
  let exitCode: ExitCode = EXIT_CODES.ok;
  const lines: string[] = [];
  const computed: ComputedPlan[] = [];
  let done = 0;
  try {
    for (const p of plans) {
      const shown = p.file === "-" ? "<stdin>" : p.file;
      // No prototype: a data file named "__proto__" or "toString" is an ordinary key.
      const texts: Record<string, string> = Object.create(null) as Record<string, string>;
      const unreadable = new Map<string, string>();
      const workbooks = new Set<string>();
      const badSheets = new Map<string, string>();
      for (const source of planDataSources(p.plan)) {
        const data = source.file;
        try {
          const read = await readData(besidePlan(p.file, data), stdin, data, (line) => io.stderr(`${line}\n`), { sheet: source.sheet, maxBytes: options.maxBytes });
          texts[source.key] = read.text;
          if (read.workbook !== undefined) workbooks.add(source.key);
        } catch (e) {
          if (!(e instanceof CommandError)) throw e;
          // A sheet the workbook does not have is a mistake in the plan, not an unreadable file.
          if (e.exitCode === EXIT_CODES.usage && source.sheet !== undefined) {
            badSheets.set(source.key, e.lines.join("; ").replace(`${data}: `, ""));
            continue;
          }
          // A workbook refused (.xls): the reason is the whole message.
          const why = /\(([^)]*)\)$/.exec(e.lines[0] ?? "")?.[1] ?? e.lines[0]?.replace(`${data}: `, "") ?? "cannot read";
          unreadable.set(data, why);
        }
      }
      readWorkbooksAsWritten(p.plan, workbooks);
      const dataFiles = new Set(planDataSources(p.plan).map((d) => d.file));
      const result = computePlan(p.plan, texts, {
        strict: options.strict === true,
        planText: p.text,
        planFile: shown,
        onProgress: () => progress.update(++done, total, say("progress_computing", {})),
      });
      for (const m of result.measures) {
        m.issues = m.issues.map((issue): LocatedIssue => {
          // Data files are named relative to the plan; messages name them as the user can open them.
          if (issue.file !== undefined && dataFiles.has(issue.file)) return { ...issue, file: shownDataPath(p.file, issue.file) };
          const file = valueAt(p.plan, issue.path);
          if (issue.code !== "missing_file" || typeof file !== "string") return issue;
          const sheetPath = [...issue.path.slice(0, -1), "sheet"];
          const sheet = valueAt(p.plan, sheetPath);
          const badSheet = typeof sheet === "string" || typeof sheet === "number" ? badSheets.get(sourceKey({ file, sheet })) : undefined;
          if (badSheet !== undefined) return { ...withoutParams(issue), code: "unknown_sheet", path: sheetPath, message: `${shownDataPath(p.file, file)}: ${badSheet}` };
          exitCode = EXIT_CODES.io;
          // Said in this run's language: the code stays, the parameters of "not given" no longer fit.
          return { ...withoutParams(issue), message: say("cannot_read_file", { file: shownDataPath(p.file, file), reason: unreadable.get(file) ?? "not read" }) };
        });
        for (const issue of m.issues) {
          const error = issue.severity !== "warning";
          if (issue.code === "skipped_lines") lines.push(`${issue.file ?? shown}: ${sayIssue(issue)}`);
          else if (error || issue.code === "rejected_row" || options.verbose === true) lines.push(formatLocated(issue, { lang: cliLang() }));
        }
        if (m.result === null && exitCode === EXIT_CODES.ok) exitCode = EXIT_CODES.invalidInput;
      }
      computed.push(result);
    }
    if (options.strict === true && exitCode !== EXIT_CODES.ok) {
      progress.done();
      throw new CommandError(exitCode, [...lines, say("strict_nothing_written", {})]);
    }

    // 3. The document, in the format -o names.
    done = 0;
    const reportOptions: ReportOptions = {
      render: deps.render,
      ...(options.lang === undefined ? {} : { lang: options.lang }),
      ...(options.title === undefined ? {} : { title: options.title }),
      ...(date === undefined ? {} : { date }),
      ...(options.width === undefined ? {} : { width: options.width }),
      ...(options.height === undefined ? {} : { height: options.height }),
      onProgress: (n) => progress.update(n, total, say("progress_drawing", {})),
    };
    const model = buildReportModel(computed, reportOptions);
    const write = await reportWriter(options.output);
    const document = await write({ computed, model, options: reportOptions, a3: options.a3 === true, io });
    progress.done();
    await writeOutput(options.output ?? "-", document, io.stdout);
  } finally {
    progress.done();
  }
  if (exitCode !== EXIT_CODES.ok || lines.length > 0) {
    if (exitCode === EXIT_CODES.ok) {
      for (const line of lines) io.stderr(`${line}\n`);
      return;
    }
    const failed = computed.reduce((n, p) => n + p.measures.filter((m) => m.result === null).length, 0);
    throw new CommandError(exitCode, [...lines, say("measures_failed", { failed, total })]);
  }
}

/**
 * A workbook's sheet arrives as `;`-separated text with decimal commas: its sources read it so,
 * whatever the plan says about the delimiter and decimal separator of CSV files.
 */
function readWorkbooksAsWritten(plan: Plan, workbooks: ReadonlySet<string>): void {
  if (workbooks.size === 0) return;
  for (const m of plan.measures) {
    if (m.data !== undefined && workbooks.has(sourceKey(m.data))) Object.assign(m.data, { delimiter: ";", decimal: "," });
    if (m.events !== undefined) {
      if (workbooks.has(sourceKey(m.events))) Object.assign(m.events, { delimiter: ";" });
      const d = m.events.denominators;
      if (d !== undefined && workbooks.has(sourceKey(d))) Object.assign(d, { delimiter: ";", decimal: "," });
    }
  }
}
