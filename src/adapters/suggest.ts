/**
 * Which chart fits the data? Proposes a chart type from the data's shape — counts with
 * denominators, measurements, several values per subgroup, an event log, rare events — and says
 * why, in Norwegian and English, with the other charts worth considering.
 *
 * The rules are the ones improvement trainers teach (Provost & Murray, *The Health Care Data
 * Guide*; Anhøj's run-chart rules):
 *
 * - fewer than 12 subgroups: a run chart, until there are enough points for limits;
 * - a count with a denominator: P when each unit can count once (a share), U when events are
 *   counted per unit of exposure (bed-days, patients who can fall twice);
 * - a count without a denominator: C; a measurement: I; several measurements per subgroup: Xbar;
 * - an event log: counts per period (C, or U with denominators); rare events (under one per
 *   period on average): days between events (T); a log of cases with a yes/no column: cases
 *   between events (G), or the share per period (P) when events are not rare.
 *
 * @module
 */
import { notice } from "./notice-messages.js";
import type { ChartRow, ChartType } from "../chart-spec/schema.js";
import { MIN_USEFUL_POINTS } from "../compute/warnings.js";
import type { Period } from "../calendar.js";
import { isYearHeader, tableToSpec } from "./columns.js";
import { parseDate } from "./dates.js";
import { countEvents } from "./events.js";
import { detectDecimalSeparator, isMissingMarker, parseNorwegianNumber } from "./numbers.js";
import { isTotalLabel } from "./totals.js";
import { SpcError } from "../errors.js";
import { usageError } from "./report.js";
import { ADAPTER_MESSAGES } from "./messages.js";
import { normaliseHeader, resolveColumn, type ColumnRef, type Table } from "./table.js";
import { CARE_DAYS_SCALE, isCareDays } from "./units.js";
import { parseYearless } from "./yearless.js";

/** A text in Norwegian bokmål and English. */
export interface LocalText {
  nb: string;
  en: string;
}

/** A proposed chart type, with the reasons for it and the alternatives. */
export interface ChartSuggestion {
  chart: ChartType;
  /** Why this chart, most important first. */
  reasons: LocalText[];
  /** Other charts worth considering, each with when it would be the better choice. */
  alternatives: { chart: ChartType; reason: LocalText }[];
  /** The columns (header names) the suggestion is about. */
  columns: { x?: string; y?: string; n?: string; facet?: string; date?: string; event?: string };
  /** The table was read as an event log (one row per event, or per case). */
  events: boolean;
  /** For event logs: the counting period the numbers refer to. */
  period?: Period;
  /**
   * For P and U charts: a scale for readable numbers — 100 for a share (per cent), and for a
   * rate the first of 1, 100, 1 000, … that makes the overall rate at least 0.5 (falls per
   * 1 000 bed-days).
   */
  multiply?: number;
  /**
   * When {@link suggestChart} looked for the denominator itself (no `n` given): the column it
   * chose (`null`: none) and why, for one line that says so — a denominator is never guessed
   * silently.
   */
  denominator?: { column: string | null; why: LocalText };
  /**
   * What the reading of the columns left out or could not decide, each with a stable code:
   * `total_column` (a column named as a total, never a value or a denominator) and
   * `one_column_per_unit` (several count columns side by side, as one per ward: `--wide`).
   */
  notices?: { code: "total_column" | "one_column_per_unit"; columns: string[]; text: LocalText }[];
}

/** Options of {@link suggestChart}: what is already known about the table. */
export interface SuggestOptions {
  /** Subgroup column (dates, numbers, labels). */
  x?: ColumnRef;
  /** Value column (numerator). */
  y?: ColumnRef;
  /** Denominator column. */
  n?: ColumnRef;
  /** Unit column (one chart per value). */
  facet?: ColumnRef;
  /** `true`: the table is an event log; `false`: one row per subgroup; absent: decided from the data. */
  events?: boolean;
  /** Event logs: the date column (default: the first column of dates). */
  date?: ColumnRef;
  /** Event logs: a yes/no column saying which cases had the event (a case log, for G charts). */
  event?: ColumnRef;
  /** Event logs: the counting period; default `"month"`. */
  period?: Period;
  /** The year of x weeks or months written without one (see `tableToSpec`). */
  year?: number;
  /** Title lines and the file name, which may name the year of yearless weeks (see `tableToSpec`). */
  yearHints?: readonly string[];
  /**
   * With `y` given and no `n`: also look for its denominator (a column named as one, e.g.
   * Liggedøgn, or of whole numbers never below y and above it on most lines). Default false;
   * `spc chart` sets it for `auto`, and `"required"` for P and U charts, which need one: then
   * "no denominator" is said even when no column could have been one.
   */
  findDenominator?: boolean | "required";
}

/** Names of the columns, to read meaning from the headers. */
export interface DataNames {
  y?: string;
  n?: string;
  /** The values were written as per cent (`57 %`). */
  percent?: boolean;
}

/** The shape of an event log, for {@link suggestForEvents}. */
export interface EventShape {
  /** Number of events (rows with the event). */
  events: number;
  /** Number of counting periods from the first to the last event. */
  periods: number;
  period: Period;
  /** Denominators are available (per period). */
  denominators: boolean;
  /** For a case log: the number of cases (with and without the event). */
  cases?: number;
  /** Number of units (facets); default 1. */
  facets?: number;
  /**
   * The user chose the counting period (e.g. `--period month`): count per period even when the
   * events are rare, with days between events as the alternative. A team that asks for falls per
   * month must not get a chart of days between falls.
   */
  countsAsked?: boolean;
}

export { chartName } from "../chart-names.js";

const t = (nb: string, en: string): LocalText => ({ nb, en });
const q = (name: string) => `«${name}»`;
const qe = (name: string) => `"${name}"`;
/** Numbers in reasons: one decimal at most, decimal comma in nb. */
const num = (value: number): LocalText => {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return { nb: text.replace(".", ","), en: text };
};

// Header words, matched on normalised headers (lower case, no accents, ø → o).
const EXPOSURE_WORDS = /dogn|dager|days|timer|hours|maneder|months|uker|weeks|bed|exposure|eksponering|arsverk|besok|visits/;
const EVENT_WORDS = /fall|avvik|hendelse|infeksjon|skade|feil|klage|trykksar|event|incident|error|complaint|infection|injur|ulcer/;
const SHARE_WORDS = /\bmed\b|\bwith\b|korrekt|riktig|utfort|gjennomfort|vurdert|screenet|ja\b|correct|done|compliant|screened|assessed/;
const COUNT_WORDS = /antall|count|number|\bnr of\b|henvisning|innleggelse|referral|admission/;
const RATIO_WORDS = /andel|prosent|percent|rate|\bper\b|ratio|snitt|average|mean|median|gjennomsnitt/;
const ID_WORDS = /(^|\s)(id|nr|nummer|number|no)(\s|$)|pasientnr|lopenr|journalnr/;
/** Headers of number columns that classify a row (pressure-ulcer category 1–4, severity grade) rather than measure it. */
const CLASS_WORDS = /\b(kategori|category|grad|grade|stadium|stage|klasse|class|niva|level|type)\b/;

const YES = new Set(["1", "ja", "j", "yes", "y", "true", "sann", "x"]);
const NO = new Set(["0", "nei", "n", "no", "false", "usann", ""]);

const SCALES = [1, 100, 1_000, 10_000, 100_000, 1_000_000] as const;

/** The first conventional scale that makes the overall rate at least 0.5 (as `countEvents` suggests). */
function rateScale(events: number, exposure: number): number {
  if (!(events > 0) || !(exposure > 0)) return 1;
  return SCALES.find((m) => (events / exposure) * m >= 0.5) ?? 1_000_000;
}

/** Distinct subgroups per facet: the most any facet has, and whether any x repeats within a facet. */
function subgroupShape(data: readonly ChartRow[]): { subgroups: number; repeated: boolean; facets: number } {
  const perFacet = new Map<string, Set<string>>();
  let rows = 0;
  for (const row of data) {
    if (row.x === null) continue;
    rows++;
    const facet = row.facet ?? "";
    let set = perFacet.get(facet);
    if (set === undefined) perFacet.set(facet, (set = new Set()));
    set.add(row.x === undefined ? `#${rows}` : String(row.x));
  }
  let subgroups = 0;
  let distinct = 0;
  for (const set of perFacet.values()) {
    subgroups = Math.max(subgroups, set.size);
    distinct += set.size;
  }
  return { subgroups, repeated: distinct < rows, facets: Math.max(1, perFacet.size) };
}

function finiteValues(data: readonly ChartRow[], field: "y" | "n"): number[] {
  const out: number[] = [];
  for (const row of data) {
    const v = row[field];
    if (typeof v === "number" && Number.isFinite(v)) out.push(v);
  }
  return out;
}

function fewPoints(chart: ChartType, subgroups: number, suggestion: ChartSuggestion): ChartSuggestion {
  if (subgroups >= MIN_USEFUL_POINTS || chart === "run") return suggestion;
  return {
    ...suggestion,
    chart: "run",
    reasons: [
      t(
        `bare ${subgroups} ${subgroups === 1 ? "undergruppe" : "undergrupper"}: et seriediagram til det er minst ${MIN_USEFUL_POINTS} punkter (Anhøjs regler trenger ${MIN_USEFUL_POINTS} nyttige punkter, kontrollgrenser helst 20)`,
        `only ${subgroups} subgroup${subgroups === 1 ? "" : "s"}: a run chart until there are at least ${MIN_USEFUL_POINTS} points (Anhøj's rules need ${MIN_USEFUL_POINTS} useful points, control limits preferably 20)`,
      ),
      ...suggestion.reasons,
    ],
    alternatives: [
      {
        chart,
        reason: t(`når det er minst ${MIN_USEFUL_POINTS} punkter`, `once there are at least ${MIN_USEFUL_POINTS} points`),
      },
      ...suggestion.alternatives,
    ],
  };
}

/**
 * Proposes a chart for rows already read (e.g. the `data` of a `tableToSpec` result): the shape
 * of y and n decides, and the column names (when given) tell events from shares and exposure.
 * With fewer than 12 subgroups the proposal is a run chart, and the control chart is the first
 * alternative.
 *
 * @example
 * ```ts
 * const rows = [{ x: "2024-01-01", y: 4, n: 2790 }, { x: "2024-02-01", y: 2, n: 2604 }];
 * const s = suggestFromData(rows, { y: "Fall", n: "Liggedøgn" });
 * s.chart;                  // "run" (two months only)
 * s.alternatives[0].chart;  // "u"
 * s.reasons[1].en;          // '"Liggedøgn" is exposure (time at risk), so events per unit of it: U chart'
 * ```
 */
export function suggestFromData(data: readonly ChartRow[], names: DataNames = {}): ChartSuggestion {
  if (!Array.isArray(data)) throw usageError("invalid_input", "the data must be an array of rows");
  const shape = subgroupShape(data);
  const columns: ChartSuggestion["columns"] = {};
  if (names.y !== undefined) columns.y = names.y;
  if (names.n !== undefined) columns.n = names.n;
  const base = (chart: ChartType, reasons: LocalText[], alternatives: ChartSuggestion["alternatives"] = []): ChartSuggestion =>
    fewPoints(chart, shape.subgroups, { chart, reasons, alternatives, columns, events: false });
  const yName = names.y ?? "y";
  const nName = names.n ?? "n";
  const ys = finiteValues(data, "y");
  const hasN = data.some((r) => r.n !== undefined);

  if (ys.length === 0) {
    return base("run", [t("ingen verdier å vurdere: et seriediagram", "no values to judge: a run chart")]);
  }

  if (hasN) {
    const pairs = data.filter((r) => typeof r.y === "number" && typeof r.n === "number") as { y: number; n: number }[];
    const ns = pairs.map((p) => p.n);
    const meanN = ns.reduce((a, b) => a + b, 0) / Math.max(1, ns.length);
    const yHeader = normaliseHeader(yName);
    const nHeader = normaliseHeader(nName);
    const above = pairs.filter((p) => p.y > p.n).length;
    const fractionalN = ns.some((n) => !Number.isInteger(n));
    const fractionalY = pairs.some((p) => !Number.isInteger(p.y));
    const laney = (chart: "pp" | "up") => ({
      chart,
      reason: t(
        `med store nevnere (i snitt ${num(meanN).nb}) blir grensene svært smale; hvis de fleste punktene faller utenfor, bruk Laneys justering`,
        `with large denominators (mean ${num(meanN).en}) the limits get very narrow; if most points fall outside them, use Laney's adjustment`,
      ),
    });
    // One or two numerators above their denominator among many that are not: typing slips in a
    // share (the chart then names their lines), not a sign of events per unit.
    const slips = above > 0 && above <= Math.max(1, 0.05 * pairs.length);
    let rate: LocalText | null = null;
    if (above > 0 && !slips) {
      rate = t(
        `${above} ${above === 1 ? "teller er" : "tellere er"} større enn nevneren, så dette er hendelser per enhet, ikke en andel: U-diagram`,
        `${above} numerator${above === 1 ? " is" : "s are"} larger than the denominator, so these are events per unit, not a share: U chart`,
      );
    } else if (fractionalY) {
      rate = t(`${q(yName)} har desimaler, så det er ikke en telling av tilfeller: U-diagram`, `${qe(yName)} has decimals, so it is not a count of cases: U chart`);
    } else if (fractionalN) {
      rate = t(`nevneren ${q(nName)} har desimaler, så den er eksponering (tid, volum): U-diagram`, `the denominator ${qe(nName)} has decimals, so it is exposure (time, volume): U chart`);
    } else if (EXPOSURE_WORDS.test(nHeader)) {
      rate = t(`${q(nName)} er eksponering (tid med risiko), så hendelser per enhet av den: U-diagram`, `${qe(nName)} is exposure (time at risk), so events per unit of it: U chart`);
    } else if (EVENT_WORDS.test(yHeader) && !SHARE_WORDS.test(yHeader)) {
      rate = t(
        `${q(yName)} høres ut som hendelser som kan skje flere ganger per enhet av ${q(nName)}: U-diagram`,
        `${qe(yName)} sounds like events that can happen more than once per unit of ${qe(nName)}: U chart`,
      );
    }
    const totalY = pairs.reduce((a, p) => a + p.y, 0);
    const totalN = ns.reduce((a, b) => a + b, 0);
    const withScale = (suggestion: ChartSuggestion, multiply: number): ChartSuggestion => (multiply === 1 ? suggestion : { ...suggestion, multiply });
    if (rate !== null) {
      const alternatives: ChartSuggestion["alternatives"] = [];
      if (above === 0 && !fractionalY && !fractionalN) {
        alternatives.push({
          chart: "p",
          reason: t(
            `hvis hver enhet i ${q(nName)} kan telles høyst én gang i ${q(yName)} (en andel)`,
            `if each unit of ${qe(nName)} can count at most once in ${qe(yName)} (a share)`,
          ),
        });
      }
      if (meanN >= 1000) alternatives.push(laney("up"));
      if (isCareDays(nName)) {
        // Per 1000 days of care whatever their number, so that charts of wards and years compare.
        const per = t(
          `${q(nName)} er liggedøgn (døgn med pleie): per ${CARE_DAYS_SCALE} ${nName.toLowerCase()}, som er vanlig for fall, infeksjoner og trykksår`,
          `${qe(nName)} counts days of care: per ${CARE_DAYS_SCALE} of them, the usual scale for falls, infections and pressure ulcers`,
        );
        return withScale(base("u", [rate, per], alternatives), CARE_DAYS_SCALE);
      }
      return withScale(base("u", [rate], alternatives), rateScale(totalY, totalN));
    }
    const alternatives: ChartSuggestion["alternatives"] = [
      {
        chart: "u",
        reason: t(
          `hvis ${q(yName)} er hendelser som kan skje flere ganger per enhet`,
          `if ${qe(yName)} are events that can happen more than once per unit`,
        ),
      },
    ];
    if (meanN >= 1000) alternatives.push(laney("pp"));
    return withScale(base(
      "p",
      [
        slips
          ? t(
              `tellerne er hele tall, og alle unntatt ${above} er ikke større enn nevneren: en andel av tilfellene (${q(yName)} av ${q(nName)}), P-diagram; ${above === 1 ? "raden" : "radene"} der telleren er størst, er trolig en skrivefeil`,
              `the numerators are whole numbers and all but ${above} are no larger than their denominator: a share of cases (${qe(yName)} of ${qe(nName)}), P chart; the ${above === 1 ? "row" : "rows"} where the numerator is larger ${above === 1 ? "is" : "are"} probably a typing slip`,
            )
          : t(
              `hver teller er et helt tall som ikke er større enn nevneren: en andel av tilfellene (${q(yName)} av ${q(nName)}), P-diagram`,
              `every numerator is a whole number no larger than its denominator: a share of cases (${qe(yName)} of ${qe(nName)}), P chart`,
            ),
      ],
      alternatives,
    ), 100);
  }

  if (shape.repeated) {
    const perSubgroup = data.length / Math.max(1, shape.subgroups * shape.facets);
    return base(
      "xbar",
      [
        t(
          `flere målinger per undergruppe (i snitt ${num(perSubgroup).nb}): gjennomsnitt per undergruppe, Xbar-diagram`,
          `several measurements per subgroup (${num(perSubgroup).en} on average): the subgroup means, Xbar chart`,
        ),
      ],
      [{ chart: "s", reason: t("for spredningen innen undergruppene", "for the spread within subgroups") }],
    );
  }

  const yHeader = normaliseHeader(yName);
  if (names.percent === true) {
    return base(
      "i",
      [
        t(
          `verdiene i ${q(yName)} er skrevet i prosent, uten tellere og nevnere: et I-diagram av prosentverdiene`,
          `the values of ${qe(yName)} are written as per cent, without their numerators and denominators: an I chart of the per cent values`,
        ),
      ],
      [
        {
          chart: "p",
          reason: t("med telleren og nevneren (--y og --n) i stedet for prosenten: grensene tar hensyn til hvor mange det gjelder", "with the numerator and denominator (--y and --n) instead of the per cent: the limits then allow for how many it is about"),
        },
      ],
    );
  }
  const wholeNonNegative = ys.every((v) => Number.isInteger(v) && v >= 0);
  const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
  if (RATIO_WORDS.test(yHeader) && !COUNT_WORDS.test(yHeader)) {
    return base(
      "i",
      [
        t(
          `${q(yName)} er et forhold eller en andel uten teller og nevner: I-diagram`,
          `${qe(yName)} is a ratio or share without its numerator and denominator: I chart`,
        ),
      ],
      [
        {
          chart: "p",
          reason: t("med telleren og nevneren (--y og --n) i stedet for forholdet", "with the numerator and denominator (--y and --n) instead of the ratio"),
        },
      ],
    );
  }
  if (wholeNonNegative && (COUNT_WORDS.test(yHeader) || EVENT_WORDS.test(yHeader))) {
    const alternatives: ChartSuggestion["alternatives"] = [
      {
        chart: "u",
        reason: t(
          "hvis mulighetene for hendelser varierer fra periode til periode (pasienter, liggedøgn): med en nevner",
          "if the opportunity for events varies between periods (patients, bed-days): with a denominator",
        ),
      },
    ];
    if (meanY < 1) {
      alternatives.unshift({
        chart: "t",
        reason: t(
          `sjeldne hendelser (i snitt ${num(meanY).nb} per undergruppe): med datoene for hendelsene viser dager mellom hendelsene endring raskere`,
          `rare events (${num(meanY).en} per subgroup on average): with the events' dates, days between events show change sooner`,
        ),
      });
    }
    return base(
      "c",
      [
        t(
          `${q(yName)} er tellinger (hele tall, ingen nevner): C-diagram, hvis mulighetene er omtrent like store i hver periode`,
          `${qe(yName)} are counts (whole numbers, no denominator): C chart, if the opportunity is about the same in every period`,
        ),
      ],
      alternatives,
    );
  }
  const alternatives: ChartSuggestion["alternatives"] = [];
  if (wholeNonNegative) {
    alternatives.push({
      chart: "c",
      reason: t(`hvis ${q(yName)} er tellinger av hendelser`, `if ${qe(yName)} are counts of events`),
    });
  }
  return base("i", [t(`${q(yName)} er målinger, én per undergruppe: I-diagram (individverdier)`, `${qe(yName)} are measurements, one per subgroup: I chart (individuals)`)], alternatives);
}

/**
 * Proposes a chart for an event log from its shape: counts per period (C, or U with
 * denominators), days between events (T) when events are rare, and for a log of cases with a
 * yes/no column cases between events (G), or the share per period (P) when events are common.
 * Fewer than 12 periods (or intervals) give a run chart.
 *
 * @example
 * ```ts
 * suggestForEvents({ events: 15, periods: 24, period: "month", denominators: false }).chart; // "t"
 * suggestForEvents({ events: 15, periods: 24, period: "month", denominators: false, countsAsked: true }).chart; // "c"
 * suggestForEvents({ events: 90, periods: 24, period: "month", denominators: true }).chart; // "u"
 * ```
 */
export function suggestForEvents(shape: EventShape): ChartSuggestion {
  const facets = Math.max(1, shape.facets ?? 1);
  const periodWord = PERIOD_WORDS[shape.period];
  const result = (chart: ChartType, points: number, reasons: LocalText[], alternatives: ChartSuggestion["alternatives"] = []) =>
    fewPoints(chart, points, { chart, reasons, alternatives, columns: {}, events: true, period: shape.period });
  const perPeriod = shape.events / Math.max(1, shape.periods * facets);

  if (shape.cases !== undefined) {
    const share = shape.cases > 0 ? shape.events / shape.cases : 0;
    const percent = num(Math.round(share * 1000) / 10);
    const common = share >= 0.1;
    if (common && shape.periods >= MIN_USEFUL_POINTS) {
      return result(
        "p",
        shape.periods,
        [
          t(
            `en logg over tilfeller med en ja/nei-kolonne, og hendelsene er ikke sjeldne (${shape.events} av ${shape.cases}, ${percent.nb} %): andelen per ${periodWord.nb}, P-diagram`,
            `a log of cases with a yes/no column, and the events are not rare (${shape.events} of ${shape.cases}, ${percent.en}%): the share per ${periodWord.en}, P chart`,
          ),
        ],
        [{ chart: "g", reason: t("tilfeller mellom hendelser, best når hendelsene er sjeldne", "cases between events, best when events are rare") }],
      );
    }
    return result(
      "g",
      Math.max(0, shape.events - facets),
      [
        common
          ? t(
              `en logg over tilfeller med en ja/nei-kolonne (${shape.events} av ${shape.cases} med hendelsen, ${percent.nb} %), men bare ${shape.periods} ${shape.periods === 1 ? periodWord.nb : PERIOD_PLURALS[shape.period].nb} for en andel per ${periodWord.nb}: antall tilfeller mellom hendelsene, G-diagram`,
              `a log of cases with a yes/no column (${shape.events} of ${shape.cases} had the event, ${percent.en}%), but only ${shape.periods} ${shape.periods === 1 ? periodWord.en : PERIOD_PLURALS[shape.period].en} for a share per ${periodWord.en}: the number of cases between events, G chart`,
            )
          : t(
              `en logg over tilfeller med sjeldne hendelser (${shape.events} av ${shape.cases}, ${percent.nb} %): antall tilfeller mellom hendelsene, G-diagram`,
              `a log of cases with rare events (${shape.events} of ${shape.cases}, ${percent.en}%): the number of cases between events, G chart`,
            ),
      ],
      [{ chart: "p", reason: t(`andelen per ${periodWord.nb}, når hendelsene er vanligere`, `the share per ${periodWord.en}, when events are more common`) }],
    );
  }
  const rare = perPeriod < 1;
  if (shape.denominators) {
    const alternatives: ChartSuggestion["alternatives"] = [];
    if (rare) {
      alternatives.push({
        chart: "t",
        reason: t(
          `sjeldne hendelser (i snitt ${num(perPeriod).nb} per ${periodWord.nb}): dager mellom hendelsene viser endring raskere`,
          `rare events (${num(perPeriod).en} per ${periodWord.en} on average): days between events show change sooner`,
        ),
      });
    }
    return result(
      "u",
      shape.periods,
      [t(`hendelser telt per ${periodWord.nb} med nevnere: hendelser per enhet, U-diagram`, `events counted per ${periodWord.en} with denominators: events per unit, U chart`)],
      alternatives,
    );
  }
  if (rare && shape.countsAsked !== true) {
    return result(
      "t",
      Math.max(0, shape.events - facets),
      [
        t(
          `sjeldne hendelser (i snitt ${num(perPeriod).nb} per ${periodWord.nb}): et C-diagram ville vært mest nuller, så dager mellom hendelsene, T-diagram`,
          `rare events (${num(perPeriod).en} per ${periodWord.en} on average): a C chart would be mostly zeros, so days between events, T chart`,
        ),
      ],
      [{ chart: "c", reason: t(`antallet per ${periodWord.nb}`, `the count per ${periodWord.en}`) }],
    );
  }
  return result(
    "c",
    shape.periods,
    [
      t(
        `hendelser telt per ${periodWord.nb} (i snitt ${num(perPeriod).nb}), uten nevner: C-diagram, hvis mulighetene er omtrent like store hver ${periodWord.nb}`,
        `events counted per ${periodWord.en} (${num(perPeriod).en} on average), without a denominator: C chart, if the opportunity is about the same every ${periodWord.en}`,
      ),
    ],
    [
      ...(rare
        ? [{ chart: "t" as const, reason: t(`sjeldne hendelser (i snitt ${num(perPeriod).nb} per ${periodWord.nb}): dager mellom hendelsene, T-diagram`, `rare events (${num(perPeriod).en} per ${periodWord.en} on average): days between events, T chart`) }]
        : []),
      {
        chart: "u",
        reason: t("med nevnere per periode (f.eks. liggedøgn)", "with denominators per period (e.g. bed-days)"),
      },
    ],
  );
}

const PERIOD_PLURALS: Readonly<Record<Period, LocalText>> = {
  day: t("dager", "days"),
  week: t("uker", "weeks"),
  month: t("måneder", "months"),
  quarter: t("kvartaler", "quarters"),
  year: t("år", "years"),
};

const PERIOD_WORDS: Readonly<Record<Period, LocalText>> = {
  day: t("dag", "day"),
  week: t("uke", "week"),
  month: t("måned", "month"),
  quarter: t("kvartal", "quarter"),
  year: t("år", "year"),
};

interface ColumnProfile {
  index: number;
  name: string;
  present: number;
  dates: number;
  numbers: number;
  yesNo: number;
  /** Cells such as `#N/A`. */
  missing: number;
  distinctNumbers: boolean;
  wholeNumbers: boolean;
  countsUp: boolean;
}

/** What each column holds, judged on the first 1 000 rows. */
function profile(table: Table): ColumnProfile[] {
  const rows = table.rows.filter((r) => r.problem === undefined).slice(0, 1000);
  return table.header.map((name, index) => {
    const values = rows.map((r) => (r.cells[index] ?? "").trim());
    const present = values.filter((v) => v !== "");
    const decimal = detectDecimalSeparator(present).decimal;
    const numbers: number[] = [];
    let dates = 0;
    let yesNo = 0;
    let missing = 0;
    for (const v of present) {
      if (isMissingMarker(v)) missing++;
      if (parseDate(v).ok || parseYearless(v) !== null) dates++;
      const p = parseNorwegianNumber(v, { decimal });
      if (p.ok && p.value !== null) numbers.push(p.value);
      const lower = v.toLowerCase();
      if (YES.has(lower) || NO.has(lower)) yesNo++;
    }
    // A running number counts up by one (or wraps to 1, as week numbers do at a new year); a
    // measure that improves week by week also rises, but not in steps of exactly one.
    let countsUp = numbers.length > 1;
    for (let i = 1; i < numbers.length && countsUp; i++) {
      const step = (numbers[i] ?? 0) - (numbers[i - 1] ?? 0);
      countsUp = step === 1 || (numbers[i] === 1 && step < 0);
    }
    return {
      index,
      name,
      present: present.length,
      dates,
      numbers: numbers.length,
      yesNo,
      missing,
      distinctNumbers: new Set(numbers).size === numbers.length,
      wholeNumbers: numbers.every(Number.isInteger),
      countsUp,
    };
  });
}

/** Most of a column's values: two thirds, so that a few typos do not change what the column is. */
const mostly = (count: number, of: number) => of > 0 && count * 3 >= of * 2;

/** A number column that identifies rows (patient number, running number) rather than measures something. */
function isIdColumn(c: ColumnProfile): boolean {
  if (!mostly(c.numbers, c.present) || !c.wholeNumbers || !c.distinctNumbers) return false;
  return ID_WORDS.test(normaliseHeader(c.name)) || (c.countsUp && c.present > 2);
}

/**
 * Proposes a chart for a table (e.g. from `readDelimited`): finds the columns when they are not
 * given — a date column for x, number columns for y and n (a pair where one is never above the
 * other is a numerator and its denominator), or an event log when no column measures anything —
 * and says why, in Norwegian and English.
 *
 * @throws {SpcError} when a given column does not exist.
 * @example
 * ```ts
 * const table = readDelimited(fallSykehjemCsv); // Måned;Fall;Liggedøgn;…, 12 months
 * const s = suggestChart(table);
 * s.chart;        // "u"
 * s.columns;      // { x: "Måned", y: "Fall", n: "Liggedøgn" }
 * s.reasons[0].nb; // "«Liggedøgn» er eksponering (tid med risiko), så hendelser per enhet av den: U-diagram"
 * ```
 */
export function suggestChart(table: Table, options: SuggestOptions = {}): ChartSuggestion {
  if (table === null || typeof table !== "object" || !Array.isArray(table.header) || !Array.isArray(table.rows)) {
    throw usageError("invalid_input", "the table must have a header and rows (use readDelimited)");
  }
  const name = (ref: ColumnRef | undefined, role: string) => (ref === undefined ? undefined : table.header[resolveColumn(table, ref, role)] ?? "");
  const given = { x: name(options.x, "x"), y: name(options.y, "y"), n: name(options.n, "n"), facet: name(options.facet, "facet") };
  const date = name(options.date, "date");
  const event = name(options.event, "event");
  // Total and average rows say nothing about what the columns are (and "2,09" in a count column
  // would make it look like measurements): they are judged without them.
  const whole = table;
  table = { ...table, rows: table.rows.filter((r) => !r.cells.some((c) => isTotalLabel(c))) };
  const profiles = profile(table);
  const dateColumns = profiles.filter((c) => mostly(c.dates, c.present));
  const isNumbers = (c: ColumnProfile) =>
    mostly(c.numbers, c.present) && !isIdColumn(c) && !mostly(c.dates, c.present) && !(c.wholeNumbers && CLASS_WORDS.test(normaliseHeader(c.name)));
  // A column named Sum or Totalt adds up the others: never a value, never a denominator (it is
  // "never smaller" than each of them, which would make a share of every unit's total).
  const totalColumns = profiles.filter((c) => isTotalLabel(c.name) && isNumbers(c) && c.name !== given.y && c.name !== given.n);
  // A column År beside a column of weeks or dates is the year of those, not a measure.
  const yearColumns = profiles.filter((c) => isYearHeader(c.name) && c.wholeNumbers && dateColumns.some((d) => d.index !== c.index));
  const measureColumns = profiles.filter((c) => isNumbers(c) && !totalColumns.includes(c) && !yearColumns.includes(c));
  const notices: NonNullable<ChartSuggestion["notices"]> = totalColumns.map((c) => ({
    code: "total_column",
    columns: [c.name],
    text: t(
      `kolonnen ${q(c.name)} er en sum eller et gjennomsnitt av de andre, ikke data: utelatt`,
      `column ${qe(c.name)} is a total or summary of the other columns, not data: left out`,
    ),
  }));

  const empty = profiles.find((c) => c.present > 0 && c.missing === c.present);
  if (given.y === undefined && options.events !== true && measureColumns.length === 0 && empty !== undefined) {
    // A column of nothing but #N/A is a value column without values, not an event log.
    const made = notice("nothing_to_chart", { column: empty.name, rows: empty.present, markers: empty.present, marker: "#N/A", markerLine: null, unread: 0, unreadLine: null, unreadReason: null });
    throw new SpcError([{ code: "nothing_to_chart", path: ["y"], message: made.message, params: made.params }]);
  }
  const asEvents =
    options.events ?? (given.y === undefined && (event !== undefined || date !== undefined || (measureColumns.length === 0 && dateColumns.length > 0)));
  if (asEvents) return withNotices(suggestForLog(table, profiles, dateColumns, { date: date ?? given.x, event, facet: given.facet, period: options.period ?? "month" }), notices);

  const x = given.x ?? dateColumns[0]?.name ?? firstLabelColumn(profiles, measureColumns);
  const facet = given.facet ?? (x === undefined ? undefined : facetColumn(table, profiles, measureColumns, x));
  const candidates = measureColumns.filter((c) => c.name !== x && c.name !== facet);
  let y = given.y;
  let n = given.n;
  let denominator: ChartSuggestion["denominator"];
  if (y === undefined) {
    const pair = n === undefined ? countPair(table, candidates) : null;
    if (pair !== null) {
      [y, n] = pair;
      denominator = { column: n, why: denominatorWhy(y, n) };
    } else {
      y = candidates.find((c) => c.name !== n)?.name;
      const units = n === undefined ? perUnitColumns(candidates) : [];
      if (units.length > 1) {
        notices.push({
          code: "one_column_per_unit",
          columns: units,
          text: t(
            `kolonnene ${units.map(q).join(", ")} ser ut som én kolonne med tellinger per enhet (ingen av dem er en nevner): bare ${q(y ?? "")} vises; gi --wide for ett diagram per enhet`,
            `the columns ${units.map(qe).join(", ")} look like one column of counts per unit (none of them is a denominator): only ${qe(y ?? "")} is charted; give --wide for one chart per unit`,
          ),
        });
      } else if (n === undefined && y !== undefined && denominatorPlausible(candidates, y)) {
        denominator = { column: null, why: noDenominator(y) };
      }
    }
  } else if (n === undefined && (options.findDenominator === true || options.findDenominator === "required")) {
    const yName = y;
    const found = denominatorOf(table, candidates.filter((c) => c.name !== yName), yName);
    if (found !== null) n = found;
    if (found !== null) denominator = { column: found, why: denominatorWhy(yName, found) };
    else if (options.findDenominator === "required" || denominatorPlausible(candidates, yName)) denominator = { column: null, why: noDenominator(yName) };
  }
  if (y === undefined) {
    throw new SpcError([ADAPTER_MESSAGES.issue("no_value_column", ["y"], { columns: table.header, rows: table.rows.length })]);
  }
  const mapping = { y, ...(x === undefined ? {} : { x }), ...(n === undefined ? {} : { n }), ...(facet === undefined ? {} : { facet }) };
  const { spec, percent } = tableToSpec(whole, mapping, {
    requireValues: true,
    ...(options.year === undefined ? {} : { year: options.year }),
    ...(options.yearHints === undefined ? {} : { yearHints: options.yearHints }),
  });
  const suggestion = suggestFromData(spec.data, { y, ...(n === undefined ? {} : { n }), percent });
  if (denominator !== undefined) suggestion.denominator = denominator;
  const others = candidates.filter((c) => c.name !== y && c.name !== n).map((c) => c.name);
  if (given.y === undefined && others.length > 0) {
    suggestion.reasons.push(
      t(
        `verdien er hentet fra ${q(y)}${n === undefined ? "" : ` med nevner ${q(n)}`}; andre tallkolonner: ${others.map(q).join(", ")} (velg med --y)`,
        `the value is taken from ${qe(y)}${n === undefined ? "" : ` with denominator ${qe(n)}`}; other number columns: ${others.map(qe).join(", ")} (choose with --y)`,
      ),
    );
  }
  if (facet !== undefined && given.facet === undefined) {
    suggestion.reasons.push(
      t(`hver verdi av ${q(facet)} får sitt eget diagram (én rad per ${q(x ?? "")} og ${q(facet)})`, `each value of ${qe(facet)} gets its own chart (one row per ${qe(x ?? "")} and ${qe(facet)})`),
    );
  }
  suggestion.columns = mapping;
  return withNotices(suggestion, notices);
}

function withNotices(suggestion: ChartSuggestion, notices: NonNullable<ChartSuggestion["notices"]>): ChartSuggestion {
  if (notices.length > 0) suggestion.notices = [...(suggestion.notices ?? []), ...notices];
  return suggestion;
}

/**
 * Whether "no denominator" is worth saying: y holds whole numbers (counts, which may have one)
 * and another column of whole numbers could have been it. A measurement (days of waiting, a
 * per cent) has no denominator, and saying so is noise.
 */
function denominatorPlausible(candidates: readonly ColumnProfile[], y: string): boolean {
  const yProfile = candidates.find((c) => c.name === y);
  if (yProfile === undefined || !yProfile.wholeNumbers) return false;
  return candidates.some((c) => c.name !== y && c.wholeNumbers);
}

/**
 * Columns of whole numbers side by side, none named as a denominator, as exposure or as a
 * ratio: counts of one kind per unit (a ward per column), which a person would chart one per
 * unit (`--wide`).
 */
function perUnitColumns(candidates: readonly ColumnProfile[]): string[] {
  const counts = candidates.filter((c) => c.wholeNumbers);
  if (counts.length < 2 || counts.length !== candidates.length) return [];
  const named = (c: ColumnProfile) => {
    const h = normaliseHeader(c.name);
    return isCareDays(c.name) || DENOMINATOR_WORDS.test(h) || EXPOSURE_WORDS.test(h) || RATIO_WORDS.test(h);
  };
  return counts.some(named) ? [] : counts.map((c) => c.name);
}

/**
 * When x repeats, a text column that makes (x, label) unique names the units: a long table with
 * one row per month and ward, not several measurements per month.
 */
function facetColumn(table: Table, profiles: readonly ColumnProfile[], measures: readonly ColumnProfile[], x: string): string | undefined {
  const xCol = table.header.indexOf(x);
  const rows = table.rows.filter((r) => r.problem === undefined);
  const xs = rows.map((r) => (r.cells[xCol] ?? "").trim());
  if (new Set(xs).size === xs.length) return undefined;
  for (const c of profiles) {
    if (c.index === xCol || measures.some((m) => m.index === c.index) || mostly(c.dates, c.present)) continue;
    const labels = rows.map((r) => (r.cells[c.index] ?? "").trim());
    const distinct = new Set(labels);
    if (distinct.size < 2 || distinct.size * 2 > labels.length || labels.some((l) => l === "")) continue;
    const pairs = new Set(xs.map((v, i) => `${v}\u0000${labels[i] ?? ""}`));
    if (pairs.size === xs.length) return c.name;
  }
  return undefined;
}

function firstLabelColumn(profiles: readonly ColumnProfile[], measures: readonly ColumnProfile[]): string | undefined {
  const first = profiles[0];
  if (first === undefined || measures.some((m) => m.index === first.index)) return undefined;
  return first.name;
}

/** Why `n` is the denominator of `y`. */
function denominatorWhy(y: string, n: string): LocalText {
  if (isCareDays(n)) return t(`navnet sier liggedøgn (døgn med pleie)`, `its name says days of care`);
  if (DENOMINATOR_WORDS.test(normaliseHeader(n))) return t(`navnet sier at den er en nevner`, `its name says it is a denominator`);
  return t(`${q(y)} er aldri større enn den, og mindre på de fleste linjene`, `${qe(y)} is never larger than it, and smaller on most lines`);
}

function noDenominator(y: string): LocalText {
  return t(
    `ingen annen kolonne er navngitt som en nevner eller er alltid minst like stor som ${q(y)}; gi --n for å bruke en`,
    `no other column is named as a denominator or is always at least ${qe(y)}; give --n to use one`,
  );
}

/** Denominator names: days of care, exposure, and the words for "denominator" and "opportunities". */
const DENOMINATOR_WORDS = /nevner|denominator|\bopportunit|\bmuligheter\b|observasjoner|observations|innlagte|pasienter|patients|beboere|residents|\bn\b/;

/**
 * The denominator of a given value column: a column named as one (days of care first), else a
 * column of whole numbers never below it (and above it somewhere).
 */
function denominatorOf(table: Table, candidates: readonly ColumnProfile[], y: string): string | null {
  const named = candidates.find((c) => isCareDays(c.name)) ?? candidates.find((c) => DENOMINATOR_WORDS.test(normaliseHeader(c.name)) && c.wholeNumbers);
  if (named !== undefined) return named.name;
  const yProfile = profile(table).find((c) => c.name === y);
  if (yProfile === undefined) return null;
  return countPair(table, [yProfile, ...candidates], y)?.[1] ?? null;
}

/**
 * The first two columns of whole numbers where one is never above the other and below it on
 * most lines (two thirds; equal lines do not count for it): numerator, denominator. "Never
 * larger" alone is weak on small counts — two wards with 0–2 falls a month are often equal —
 * and would make one ward the denominator of the other.
 */
function countPair(table: Table, candidates: readonly ColumnProfile[], numerator?: string): [string, string] | null {
  const whole = candidates.filter((c) => c.wholeNumbers);
  const rows = table.rows.filter((r) => r.problem === undefined).slice(0, 1000);
  const read = (c: ColumnProfile) => {
    const texts = rows.map((r) => (r.cells[c.index] ?? "").trim());
    const decimal = detectDecimalSeparator(texts).decimal;
    return texts.map((v) => {
      const p = parseNorwegianNumber(v, { decimal });
      return p.ok ? p.value : null;
    });
  };
  const values = new Map(whole.map((c) => [c.name, read(c)]));
  /** Never above the other on a line, and below it on most lines. */
  const below = (small: readonly (number | null)[], large: readonly (number | null)[]) => {
    let lines = 0;
    let smaller = 0;
    for (let k = 0; k < small.length; k++) {
      const x = small[k];
      const z = large[k];
      if (x === null || z === null || x === undefined || z === undefined) continue;
      lines++;
      if (x > z) return false;
      if (x < z) smaller++;
    }
    return smaller > 0 && mostly(smaller, lines);
  };
  // Among three or more count columns side by side (wards), one that is only larger than one
  // other is a coincidence of small counts; a denominator (operations beside infections and
  // reoperations) bounds them all.
  const boundsAll = (n: ColumnProfile) => whole.length < 3 || whole.every((c) => c === n || below(values.get(c.name) ?? [], values.get(n.name) ?? []));
  for (let i = 0; i < whole.length; i++) {
    for (let j = i + 1; j < whole.length; j++) {
      const a = whole[i]!;
      const b = whole[j]!;
      const va = values.get(a.name) ?? [];
      const vb = values.get(b.name) ?? [];
      if ((numerator === undefined || numerator === a.name) && below(va, vb) && boundsAll(b)) return [a.name, b.name];
      if ((numerator === undefined || numerator === b.name) && below(vb, va) && boundsAll(a)) return [b.name, a.name];
    }
  }
  return null;
}

function suggestForLog(
  table: Table,
  profiles: readonly ColumnProfile[],
  dateColumns: readonly ColumnProfile[],
  given: { date: string | undefined; event: string | undefined; facet: string | undefined; period: Period },
): ChartSuggestion {
  const date = given.date ?? dateColumns[0]?.name;
  if (date === undefined) {
    throw usageError("no_date_column", `an event log needs a column of dates; the columns are ${table.header.map((h) => `"${h}"`).join(", ")}`, ["date"]);
  }
  const event = given.event ?? profiles.find((c) => c.name !== date && mostly(c.yesNo, c.present) && c.present > 0 && !mostly(c.numbers, c.present))?.name;
  const facetMapping = given.facet === undefined ? {} : { facet: given.facet };
  const all = countEvents(table, { date, ...facetMapping }, { period: given.period });
  const periods = new Set(all.spec.data.map((r) => String(r.x))).size;
  const facets = new Set(all.spec.data.map((r) => r.facet ?? "")).size;
  let suggestion: ChartSuggestion;
  if (event !== undefined) {
    const eventCol = resolveColumn(table, event, "event");
    const isYes = (v: string) => YES.has(v.trim().toLowerCase());
    const events = table.rows.filter((r) => r.problem === undefined && isYes(r.cells[eventCol] ?? "")).length;
    const cases = all.used.length;
    suggestion = suggestForEvents({ events, periods, period: given.period, denominators: false, cases, facets });
    suggestion.columns = { date, event, ...facetMapping };
  } else {
    suggestion = suggestForEvents({ events: all.used.length, periods, period: given.period, denominators: false, facets });
    suggestion.columns = { date, ...facetMapping };
    suggestion.reasons.push(
      t(
        `tabellen har ingen tallkolonne å vise, så den leses som en hendelseslogg: én rad per hendelse, datoen i ${q(date)}`,
        `the table has no column of numbers to chart, so it is read as an event log: one row per event, the date in ${qe(date)}`,
      ),
    );
  }
  return suggestion;
}
