/**
 * What the `spc` command says (errors, warnings, notes, progress), in bokmål and English. The
 * language is chosen once per run (`--lang`, else the environment; see lang.ts) and kept here,
 * so that option parsers, which commander calls without context, speak it too.
 *
 * To add a message: see the recipe at the top of src/locale/message.ts.
 *
 * @module
 */
import { loadCoreNb } from "../errors.js";
import { quoted } from "../text/for-people.js";
import { defineMessages, issueMessage, langFromEnv, type MessageLang, type MessageParams, type ParamsOf } from "../locale/message.js";

/** Why a file could not be read or written, by the system's error code. */
export type FileProblem = "ENOENT" | "EISDIR" | "EACCES" | "EPERM" | "ENOSPC" | "EFBIG" | "EROFS" | "ENXIO" | "ERR_INVALID_ARG_VALUE" | "ENAMETOOLONG" | "ELOOP";

const FILE_PROBLEM_EN: Record<FileProblem, string> = { ENOENT: "no such file", EISDIR: "is a folder, not a file", EACCES: "permission denied", EPERM: "permission denied", ENOSPC: "the disk is full, so nothing was changed", EFBIG: "the file would be larger than the system allows, so nothing was changed", EROFS: "the disk is read-only", ENXIO: "a FIFO or device with no one reading it", ERR_INVALID_ARG_VALUE: "the name holds a character no file name can have", ENAMETOOLONG: "the name is too long", ELOOP: "links that point in a circle" };
const FILE_PROBLEM_NB: Record<FileProblem, string> = { ENOENT: "filen finnes ikke", EISDIR: "er en mappe, ikke en fil", EACCES: "ingen tilgang", EPERM: "ingen tilgang", ENOSPC: "disken er full, så ingenting ble endret", EFBIG: "filen ville blitt større enn systemet tillater, så ingenting ble endret", EROFS: "disken er skrivebeskyttet", ENXIO: "en FIFO eller enhet som ingen leser fra", ERR_INVALID_ARG_VALUE: "navnet har et tegn som ingen filnavn kan ha", ENAMETOOLONG: "navnet er for langt", ELOOP: "lenker som peker i ring" };

/** `.svg, .png or .json` */
function orList(items: readonly string[], or: string): string {
  const dotted = items.map((i) => `.${i}`);
  return dotted.length <= 1 ? (dotted[0] ?? "") : `${dotted.slice(0, -1).join(", ")} ${or} ${dotted[dotted.length - 1]}`;
}

/** A byte count for people: "100 MB". */
function megabytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  return bytes >= 1e9 ? `${Math.round(bytes / 1e8) / 10} GB` : bytes >= 1e6 ? `${Math.round(bytes / 1e5) / 10} MB` : `${Math.round(bytes / 100) / 10} kB`;
}

/** The CLI's own messages. */
export const CLI_MESSAGES = /* @__PURE__ */ defineMessages(
  {
    invalid_spec: { en: () => "spc: invalid chart spec", nb: () => "spc: ugyldig diagramspesifikasjon" },
    warning_line: { en: (p: { message: string }) => `spc: warning: ${p.message}`, nb: (p) => `spc: advarsel: ${p.message}` },
    option_not_a_number: { en: (p: { value: string }) => `${quoted(p.value)} is not a number.`, nb: (p) => `«${p.value}» er ikke et tall.` },
    not_positive_number: {
      en: (p: { value: string }) => `${quoted(p.value)} is not a number greater than 0.`,
      nb: (p) => `«${p.value}» er ikke et tall større enn 0.`,
    },
    not_positive_int: {
      en: (p: { value: string }) => `${quoted(p.value)} is not a whole number of 1 or more.`,
      nb: (p) => `«${p.value}» er ikke et helt tall på 1 eller mer.`,
    },
    not_a_year: {
      en: (p: { value: string }) => `${quoted(p.value)} is not a year (four digits, e.g. 2024).`,
      nb: (p) => `«${p.value}» er ikke et årstall (fire sifre, f.eks. 2024).`,
    },
    not_position_or_date: {
      en: (p: { value: string }) => `${quoted(p.value)} is neither a position (1, 2, …) nor a date.`,
      nb: (p) => `«${p.value}» er verken en posisjon (1, 2, …) eller en dato.`,
    },
    include_format: {
      en: (p: { value: string }) => `${quoted(p.value)} should be COLUMN=VALUE (several values with |).`,
      nb: (p) => `«${p.value}» skal skrives KOLONNE=VERDI (flere verdier skilles med |).`,
    },
    not_a_date: { en: (p: { value: string }) => `${quoted(p.value)} is not a date YYYY-MM-DD.`, nb: (p) => `«${p.value}» er ikke en dato ÅÅÅÅ-MM-DD.` },
    output_extension: {
      en: (p: { command: string; ext: string; allowed: string[] }) => `spc ${p.command}: -o: cannot write .${p.ext}; give a file ending in ${orList(p.allowed, "or")}`,
      nb: (p) => `spc ${p.command}: -o: kan ikke skrive .${p.ext}; oppgi en fil som slutter på ${orList(p.allowed, "eller")}`,
    },
    output_is_input: {
      en: (p: { command: string; output: string; input: string }) =>
        `spc ${p.command}: -o ${p.output} is also an input of this command (${p.input}): it would be overwritten. Write to another file.`,
      nb: (p) => `spc ${p.command}: -o ${p.output} er også en inndatafil for denne kommandoen (${p.input}) og ville blitt overskrevet. Skriv til en annen fil.`,
    },
    not_regular: {
      en: (p: { what: "folder" | "device" | "fifo" | "socket" | "other" }) =>
        ({ folder: "is a folder, not a file", device: "a device, not a regular file", fifo: "a FIFO, a named pipe, not a regular file", socket: "a socket, not a regular file", other: "not a regular file" })[p.what] ?? "not a regular file",
      nb: (p) =>
        ({ folder: "er en mappe, ikke en fil", device: "en enhet, ikke en vanlig fil", fifo: "en FIFO, et navngitt rør, ikke en vanlig fil", socket: "en socket, ikke en vanlig fil", other: "ikke en vanlig fil" })[p.what] ?? "ikke en vanlig fil",
    },
    file_too_large: {
      en: (p: { size: number; max: number }) => `larger than the limit of ${p.max} bytes, about ${megabytes(p.max)}: read nothing; raise the limit with --max-bytes${p.size > p.max ? ` ${p.size}` : ""}`,
      nb: (p) => `større enn grensen på ${p.max} byte, omtrent ${megabytes(p.max)}: ingenting er lest; hev grensen med --max-bytes${p.size > p.max ? ` ${p.size}` : ""}`,
    },
    not_byte_count: {
      en: (p: { value: string }) => `${quoted(p.value)} is not a number of bytes (e.g. 500000000, 500MB or 2GB).`,
      nb: (p) => `«${p.value}» er ikke et antall byte (f.eks. 500000000, 500MB eller 2GB).`,
    },
    outside_plan: {
      en: (p: { file: string; folder: string; why: "absolute" | "escapes" | "link" }) =>
        `${quoted(p.file)} is ${({ absolute: "an absolute path", escapes: "outside the plan's folder", link: "a link to a place outside the plan's folder" })[p.why] ?? "outside the plan's folder"}: a plan reads data only from its own folder (${p.folder}) and below. Move the file there, or, if you trust the plan, run spc report with --allow-outside (or write allowOutside: true at the top of the plan).`,
      nb: (p) =>
        `«${p.file}» er ${({ absolute: "en absolutt sti", escapes: "utenfor planens mappe", link: "en lenke til et sted utenfor planens mappe" })[p.why] ?? "utenfor planens mappe"}: en plan leser data bare fra sin egen mappe (${p.folder}) og mapper under den. Flytt filen dit, eller, hvis du stoler på planen, kjør spc report med --allow-outside (eller skriv allowOutside: true øverst i planen).`,
    },
    internal_error: {
      en: (p: { detail: string }) => `spc: internal error (a bug in spc, not in your files): ${p.detail}. Run again with --debug for details, and report it.`,
      nb: (p) => `spc: intern feil (en feil i spc, ikke i filene dine): ${p.detail}. Kjør på nytt med --debug for detaljer, og meld fra om feilen.`,
    },
    out_of_memory: {
      en: () => "spc: out of memory: the input is too large to handle in one go (see docs/limits.md). Run with --debug for details.",
      nb: () => "spc: tomt for minne: inndataene er for store til å håndteres på én gang (se docs/limits.md). Kjør med --debug for detaljer.",
    },
    using_x: {
      en: (p: { column: string }) => `spc chart: no --x given: using ${quoted(p.column)} as x (see spc suggest)`,
      nb: (p) => `spc chart: --x mangler: bruker «${p.column}» som x (se spc suggest)`,
    },
    reading_event_log: {
      en: (p: { file: string; column: string }) => `spc chart: no --y given: reading ${p.file} as an event log by ${quoted(p.column)} (see spc suggest)`,
      nb: (p) => `spc chart: --y mangler: leser ${p.file} som en hendelseslogg etter «${p.column}» (se spc suggest)`,
    },
    charting_y: {
      en: (p: { y: string; n: string | null; x: string | null }) =>
        `spc chart: no --y given: charting ${quoted(p.y)}${p.n === null ? "" : ` per ${quoted(p.n)}`}${p.x === null ? "" : ` by ${quoted(p.x)}`} (see spc suggest)`,
      nb: (p) => `spc chart: --y mangler: lager diagram av «${p.y}»${p.n === null ? "" : ` per «${p.n}»`}${p.x === null ? "" : ` etter «${p.x}»`} (se spc suggest)`,
    },
    no_denominator: { en: (p: { why: string }) => `spc chart: no denominator (n): ${p.why}`, nb: (p) => `spc chart: ingen nevner (n): ${p.why}` },
    // What the choice of columns left out or could not decide (a Sum column, one column per unit): the text is the suggestion's, in the language chosen.
    columns_notice: { en: (p: { text: string }) => `spc chart: ${p.text}`, nb: (p) => `spc chart: ${p.text}` },
    denominator_chosen: {
      en: (p: { column: string; why: string }) => `spc chart: using ${quoted(p.column)} as the denominator (n): ${p.why}`,
      nb: (p) => `spc chart: bruker «${p.column}» som nevner (n): ${p.why}`,
    },
    cannot_draw: {
      en: (p: { reason: string }) => `spc chart: the chart could not be drawn: ${p.reason}`,
      nb: (p) => `spc chart: diagrammet kunne ikke tegnes: ${p.reason}`,
    },
    png_needs_svg_output: {
      en: () => "spc chart: --png needs -o FILE.svg (the PNG is written beside it)",
      nb: () => "spc chart: --png krever -o FIL.svg (PNG-filen skrives ved siden av)",
    },
    png_needs_output: {
      en: () => "spc: --png needs -o FILE (PNG is not written to the terminal)",
      nb: () => "spc: --png krever -o FIL (PNG skrives ikke til terminalen)",
    },
    png_needs_resvg: {
      en: () => "spc: PNG export needs the optional package @resvg/resvg-js, which is not installed (npm install @resvg/resvg-js); SVG export works without it",
      nb: () => "spc: PNG-eksport krever tilleggspakken @resvg/resvg-js, som ikke er installert (npm install @resvg/resvg-js); SVG-eksport virker uten den",
    },
    pptx_without_png: {
      en: () => "spc report: the slides' charts are SVG only, without the PNG that PowerPoint before 2016 draws, because the optional package @resvg/resvg-js is not installed (npm install @resvg/resvg-js)",
      nb: () => "spc report: diagrammene i lysbildene er bare SVG, uten PNG-en som PowerPoint eldre enn 2016 viser, fordi tilleggspakken @resvg/resvg-js ikke er installert (npm install @resvg/resvg-js)",
    },
    pdf_needs_fonts: {
      en: () => "spc report: a PDF embeds the font DejaVu Sans from the optional package dejavu-fonts-ttf, which is not installed (npm install dejavu-fonts-ttf); HTML works without it",
      nb: () => "spc report: en PDF bygger inn skriften DejaVu Sans fra tilleggspakken dejavu-fonts-ttf, som ikke er installert (npm install dejavu-fonts-ttf); HTML virker uten den",
    },
    stdin_once: {
      en: () => "spc report: standard input (-) can be read only once",
      nb: () => "spc report: standard inndata (-) kan bare leses én gang",
    },
    cannot_read_file: {
      en: (p: { file: string; reason: string }) => `cannot read ${p.file} (${p.reason})`,
      nb: (p) => `kan ikke lese ${p.file} (${p.reason})`,
    },
    strict_nothing_written: { en: () => "spc report: --strict: nothing written", nb: () => "spc report: --strict: ingenting ble skrevet" },
    measures_failed: {
      en: (p: { failed: number; total: number }) => `spc report: ${p.failed} of ${p.total} measures could not be computed; the report shows why`,
      nb: (p) => `spc report: ${p.failed} av ${p.total} målinger kunne ikke beregnes; rapporten viser hvorfor`,
    },
    progress_computing: { en: () => "computing", nb: () => "beregner" },
    progress_drawing: { en: () => "drawing", nb: () => "tegner" },
    cannot_read: {
      en: (p: { file: string; reason: FileProblem | string }) => `${p.file}: cannot read (${FILE_PROBLEM_EN[p.reason as FileProblem] ?? p.reason})`,
      nb: (p) => `${p.file}: kan ikke lese (${FILE_PROBLEM_NB[p.reason as FileProblem] ?? p.reason})`,
    },
    cannot_write: {
      en: (p: { file: string; reason: FileProblem | string }) => `${p.file}: cannot write (${FILE_PROBLEM_EN[p.reason as FileProblem] ?? p.reason})`,
      nb: (p) => `${p.file}: kan ikke skrive (${FILE_PROBLEM_NB[p.reason as FileProblem] ?? p.reason})`,
    },
    not_utf8: {
      en: (p: { file: string }) =>
        `${p.file}: warning: not UTF-8; read as Windows-1252 (Excel's "CSV (semikolondelt)"). Save as "CSV UTF-8" to be sure of æ, ø and å.`,
      nb: (p) => `${p.file}: advarsel: ikke UTF-8; lest som Windows-1252 (Excels «CSV (semikolondelt)»). Lagre som «CSV UTF-8» for å være sikker på æ, ø og å.`,
    },
    binary_needs_file: {
      en: () => "spc: binary output (PNG) needs a file: give -o FILE.png",
      nb: () => "spc: binære utdata (PNG) krever en fil: oppgi -o FIL.png",
    },
    not_json: {
      en: (p: { file: string; detail: string }) => `${p.file}: not valid JSON (${p.detail})`,
      nb: (p) => `${p.file}: ikke gyldig JSON (${p.detail})`,
    },
    suggest_header: {
      en: (p: { heading: "because" | "alternatives" | "make" }) => ({ because: "Because", alternatives: "Alternatives", make: "Make the chart" })[p.heading],
      nb: (p) => ({ because: "Fordi", alternatives: "Alternativer", make: "Lag diagrammet" })[p.heading],
    },
    suggest_denominator: {
      en: (p: { column: string | null }) => (p.column === null ? "no denominator" : `the denominator is "${p.column}"`),
      nb: (p) => (p.column === null ? "ingen nevner" : `nevneren er «${p.column}»`),
    },
  },
  "cli",
);

let current: MessageLang = "en";

/**
 * Sets the language of this run's messages (run.ts and the commands' registration do).
 *
 * @example
 * ```ts
 * setCliLang("nb");
 * ```
 */
export function setCliLang(lang: MessageLang): void {
  current = lang;
  if (lang === "nb") loadCoreNb();
}

/**
 * The language of this run's messages.
 *
 * @example
 * ```ts
 * cliLang(); // "en" unless --lang nb or a Norwegian LANG chose bokmål
 * ```
 */
export function cliLang(): MessageLang {
  return current;
}

type CliCode = keyof typeof CLI_MESSAGES.entries & string;

/**
 * One CLI message in this run's language.
 *
 * @example
 * ```ts
 * say("stdin_once", {}); // "spc report: standard input (-) can be read only once"
 * ```
 */
export function say<K extends CliCode>(code: K, params: ParamsOf<typeof CLI_MESSAGES, K>): string {
  return CLI_MESSAGES.text(code, params, current);
}

/**
 * A library issue's or warning's message in this run's language.
 *
 * @example
 * ```ts
 * sayIssue(result.warnings[0]); // the warning in bokmål with --lang nb
 * ```
 */
export function sayIssue(issue: { code: string; message: string; params?: MessageParams | undefined }): string {
  return issueMessage(issue, current);
}

/**
 * The language of a run's messages: `--lang nb|en` (or `--lang=…`) anywhere before `--`, else
 * the environment (`LC_ALL`, `LC_MESSAGES`, `LANG`: nb, nn or no give bokmål), else English.
 * Read before the program is built, because the help texts are set when it is.
 *
 * @example
 * ```ts
 * resolveCliLang(["chart", "data.csv", "--lang", "nb"], {}); // "nb"
 * resolveCliLang(["--help"], { LANG: "nb_NO.UTF-8" });       // "nb"
 * resolveCliLang(["--help"], {});                            // "en"
 * ```
 */
export function resolveCliLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): MessageLang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice("--lang=".length) : undefined;
    if (value === "nb" || value === "en") return value;
  }
  return langFromEnv(env);
}
