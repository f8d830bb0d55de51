#!/usr/bin/env node
// Makes the workshop's datasets: `node docs/workshop/make-datasets.mjs` writes every CSV in
// docs/workshop/datasets/ (and `--check` only compares). The files are committed; the test
// test/workshop/answers.test.ts checks that they are exactly what this script makes, so a
// dataset is changed here or not at all.
//
// Every number is drawn from a seeded generator around documented levels (PARAMETERS below),
// except a few values that a lesson is about, which are set and named in `fixed`. Each seed was
// picked, among the first 150 tried, for a draw that shows its lessons cleanly; the test
// asserts every lesson (signals, runs, centre lines) against compute(), so a new seed or level
// that breaks a lesson fails the test rather than the workshop.
//
// The files look like what Norwegian Excel writes with "CSV UTF-8 (semikolondelt)": a byte-order
// mark, `;` between fields, CRLF line ends, decimal commas, dates as dd.mm.yyyy or month names
// (`jan.23`, `januar 2023`), thousands separated by a no-break space where Excel shows them.
//
// No dependencies: plain Node ≥ 20.

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The story's processes. Months count from January 2023 (month 1); weeks are ISO weeks of 2024
 * (the weekly audit is done on the Wednesday).
 */
export const PARAMETERS = {
  /** Solheim sykehjem: falls and bed-days, monthly, January 2023 – October 2024. */
  falls: {
    seed: 21,
    months: 22,
    beds: 62,
    /** Share of beds occupied, drawn uniformly in [min, max] each month. */
    occupancy: { min: 0.92, max: 0.98 },
    /** July 2023: 8 rooms closed for refurbishment. */
    closedBeds: { month: 7, beds: 8 },
    /** Falls per 1 000 bed-days before the fall bundle, and from `improvedFrom` on. */
    baselineRate: 8.5,
    improvedRate: 5.3,
    /** March 2024: the fall bundle in use on all units (the first PDSA cycles ran in February). */
    improvedFrom: 15,
    /** November 2023: one resident with delirium fell 12 times (a special cause). */
    specialCause: { month: 11, extraFalls: 12 },
  },
  /** Solheim: risk assessment within 48 hours of admission, monthly, January 2023 – October 2024. */
  riskAssessment: {
    seed: 1,
    months: 22,
    /** Admissions per month ~ Poisson(meanAdmissions), at least minAdmissions. */
    meanAdmissions: 16,
    minAdmissions: 6,
    baselineShare: 0.62,
    improvedShare: 0.9,
    /** March 2024: admission checklist with the risk assessments. */
    improvedFrom: 15,
    /**
     * The two months the P chart lesson is about: April 2023, few admissions and a low share
     * (inside the wide limits); July 2023, many short stays and summer temps (below the limit).
     */
    fixed: { 4: { admissions: 8, assessed: 2 }, 7: { admissions: 31, assessed: 8 } },
  },
  /** Solheim: residents with bed rails (balancing measure), counted on the first Wednesday. */
  bedRails: { seed: 1, months: 22, residents: { min: 57, max: 62 }, share: 0.21 },
  /**
   * Solheim: residents at risk of pressure ulcers with a documented skin inspection, audited
   * each Wednesday of 2024, weeks 1–43.
   */
  skinInspection: {
    seed: 1,
    weeks: 43,
    /** Residents at risk ~ Binomial(62, riskShare). */
    riskShare: 0.33,
    /** Share with a documented inspection: weeks 1–8, 9–12 (one unit testing), 13 on. */
    levels: [
      { fromWeek: 1, share: 0.45 },
      { fromWeek: 9, share: 0.5 },
      { fromWeek: 13, share: 0.83 },
    ],
    notes: {
      7: "PDSA 1: hudkort ved morgenstell, én pleier på avd. 2",
      9: "PDSA 2: hudkort for alle risikobeboere på avd. 2",
      13: "PDSA 3: hudkort på alle avdelinger",
      17: "PDSA 4: hudinspeksjon fast punkt på tavlemøtet",
      26: "Sommervikarer lært opp i hudkort",
    },
  },
  /** Solheim: new pressure ulcers (category 2–4), January 2023 – October 2024. */
  pressureUlcers: {
    seed: 9,
    first: "2023-01-01",
    last: "2024-10-31",
    /** Mean days between new pressure ulcers before and after the skin-inspection routine. */
    baselineMeanDays: 14,
    improvedMeanDays: 50,
    improvedFrom: "2024-04-01",
  },
  /** Home care, zone North: medication incidents, January 2023 – May 2024. */
  medication: {
    seed: 13,
    months: 17,
    meanPerMonth: 5.5,
    /** April 2024: the month the team worried about (the highest yet, but common-cause). */
    fixed: { 16: 11 },
  },
  /** Åsen omsorgssenter: oral care documented twice daily, weeks 17–22 of 2024 (a new measure). */
  oralCare: {
    firstWeek: 17,
    residents: [24, 23, 24, 25, 24, 24],
    documented: [10, 11, 12, 14, 15, 16],
  },
};

// ---------------------------------------------------------------------------------------------
// Random numbers

/** mulberry32: a small, fast, well-mixed 32-bit generator; the same seed gives the same stream. */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson(lambda) by Knuth's multiplication method (lambda here is below 40). */
function poisson(rand, lambda) {
  const limit = Math.exp(-lambda);
  let k = 0;
  let p = rand();
  while (p > limit) {
    k++;
    p *= rand();
  }
  return k;
}

function binomial(rand, n, p) {
  let k = 0;
  for (let i = 0; i < n; i++) if (rand() < p) k++;
  return k;
}

function pick(rand, items) {
  return items[Math.floor(rand() * items.length)];
}

/** Exponential waiting time in whole days, at least 1. */
function waitDays(rand, mean) {
  return Math.max(1, Math.round(-mean * Math.log(1 - rand())));
}

// ---------------------------------------------------------------------------------------------
// Calendar and Norwegian formats

const DAY = 86_400_000;
const MONTHS_SHORT = ["jan", "feb", "mar", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "des"];
const MONTHS_LONG = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

/** Month number m (1 = January 2023) as { year, month (1–12) }. */
function monthOf(m) {
  return { year: 2023 + Math.floor((m - 1) / 12), month: ((m - 1) % 12) + 1 };
}

function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n) => String(n).padStart(2, "0");

function ddmmyyyy(date) {
  return `${pad(date.getUTCDate())}.${pad(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}

/** Excel's `mmm.yy` in Norwegian: `jan.23`, `mai.23`. */
const monthShort = (m) => {
  const { year, month } = monthOf(m);
  return `${MONTHS_SHORT[month - 1]}.${String(year).slice(2)}`;
};
/** `januar 2023`. */
const monthLong = (m) => {
  const { year, month } = monthOf(m);
  return `${MONTHS_LONG[month - 1]} ${year}`;
};
/** `01.01.2023`: a date cell holding the month's first day. */
const monthFirstDay = (m) => {
  const { year, month } = monthOf(m);
  return ddmmyyyy(new Date(Date.UTC(year, month - 1, 1)));
};

/** The Wednesday of ISO week w of 2024 (week 1 starts on Monday 1 January 2024). */
function wednesday2024(week) {
  return new Date(Date.UTC(2024, 0, 3) + (week - 1) * 7 * DAY);
}

/** A number the way Norwegian Excel shows it: decimal comma, thousands by a no-break space. */
function nb(value, decimals = 0, group = false) {
  const [whole, fraction] = value.toFixed(decimals).split(".");
  const grouped = group ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0") : whole;
  return fraction === undefined ? grouped : `${grouped},${fraction}`;
}

const percent = (num, den) => `${nb((100 * num) / den, 1)} %`;

/** A cell as Excel writes it: in quotes (with quotes doubled) when it holds `;`, `"` or a line break. */
function cell(value) {
  const text = String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV file as Excel writes it: BOM, `;`, CRLF. */
function csv(header, rows) {
  return "\ufeff" + [header, ...rows].map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";
}

// ---------------------------------------------------------------------------------------------
// The processes

function fallsSeries(p = PARAMETERS.falls) {
  const rand = mulberry32(p.seed);
  const out = [];
  for (let m = 1; m <= p.months; m++) {
    const { year, month } = monthOf(m);
    const beds = p.beds - (m === p.closedBeds.month ? p.closedBeds.beds : 0);
    const occupancy = p.occupancy.min + rand() * (p.occupancy.max - p.occupancy.min);
    const bedDays = Math.round(beds * daysInMonth(year, month) * occupancy);
    const rate = m < p.improvedFrom ? p.baselineRate : p.improvedRate;
    let falls = poisson(rand, (rate * bedDays) / 1000);
    if (m === p.specialCause.month) falls += p.specialCause.extraFalls;
    out.push({ m, falls, bedDays });
  }
  return out;
}

function riskSeries(p = PARAMETERS.riskAssessment) {
  const rand = mulberry32(p.seed);
  const out = [];
  for (let m = 1; m <= p.months; m++) {
    const drawnN = Math.max(p.minAdmissions, poisson(rand, p.meanAdmissions));
    const share = m < p.improvedFrom ? p.baselineShare : p.improvedShare;
    const drawnY = binomial(rand, drawnN, share);
    const fixed = p.fixed[m];
    out.push(fixed === undefined ? { m, admissions: drawnN, assessed: drawnY } : { m, ...fixed });
  }
  return out;
}

function bedRailSeries(p = PARAMETERS.bedRails) {
  const rand = mulberry32(p.seed);
  const out = [];
  for (let m = 1; m <= p.months; m++) {
    const residents = p.residents.min + Math.floor(rand() * (p.residents.max - p.residents.min + 1));
    out.push({ m, residents, withRails: binomial(rand, residents, p.share) });
  }
  return out;
}

function skinSeries(p = PARAMETERS.skinInspection) {
  const rand = mulberry32(p.seed);
  const out = [];
  for (let w = 1; w <= p.weeks; w++) {
    const atRisk = binomial(rand, 62, p.riskShare);
    const share = p.levels.filter((l) => l.fromWeek <= w).at(-1).share;
    out.push({ week: w, date: wednesday2024(w), atRisk, inspected: binomial(rand, atRisk, share), note: p.notes[w] ?? "" });
  }
  return out;
}

const UNITS = ["Avd. 1 langtid", "Avd. 2 langtid", "Avd. 3 korttid"];
const ULCER_SITES = ["Hæl", "Sete/korsrygg", "Hofte", "Ankel", "Albue", "Øre"];
/** Category 4 (full-thickness tissue loss) is seen where there is tissue to lose. */
const DEEP_ULCER_SITES = ["Sete/korsrygg", "Hæl", "Hofte"];

function ulcerLog(p = PARAMETERS.pressureUlcers) {
  const rand = mulberry32(p.seed);
  const first = Date.parse(p.first);
  const last = Date.parse(p.last);
  const change = Date.parse(p.improvedFrom);
  const out = [];
  let t = first + waitDays(rand, p.baselineMeanDays) * DAY;
  while (t <= last) {
    const r = rand();
    const category = r < 0.7 ? 2 : r < 0.92 ? 3 : 4;
    out.push({ date: new Date(t), unit: pick(rand, UNITS), category, site: pick(rand, category === 4 ? DEEP_ULCER_SITES : ULCER_SITES) });
    t += waitDays(rand, t < change ? p.baselineMeanDays : p.improvedMeanDays) * DAY;
  }
  return out;
}

const INCIDENT_TYPES = ["Dose ikke gitt", "Feil tidspunkt", "Feil i dosett", "Feil dose", "Feil legemiddel", "Manglende signatur"];
const SEVERITIES = ["Ingen skade", "Ingen skade", "Ingen skade", "Mindre alvorlig"];

function medicationLog(p = PARAMETERS.medication) {
  const rand = mulberry32(p.seed);
  const out = [];
  for (let m = 1; m <= p.months; m++) {
    const { year, month } = monthOf(m);
    const drawn = poisson(rand, p.meanPerMonth);
    const count = p.fixed[m] ?? drawn;
    const days = Array.from({ length: count }, () => 1 + Math.floor(rand() * daysInMonth(year, month))).sort((a, b) => a - b);
    for (const day of days) {
      out.push({ date: new Date(Date.UTC(year, month - 1, day)), type: pick(rand, INCIDENT_TYPES), severity: pick(rand, SEVERITIES) });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The files

/** Every dataset: file name → file text. */
export function makeDatasets(parameters = PARAMETERS) {
  const falls = fallsSeries(parameters.falls);
  const risk = riskSeries(parameters.riskAssessment);
  const rails = bedRailSeries(parameters.bedRails);
  const skin = skinSeries(parameters.skinInspection);
  const baseline = falls.filter((f) => f.m <= 13);
  const fallNote = { 7: "8 rom stengt (oppussing)", 11: "Én beboer med delirium falt 12 ganger" };
  const files = {};

  // 1. Baseline: what the team could pull from the incident system before learning session 1.
  files["01-fall-grunnlinje.csv"] = csv(
    ["Måned", "Antall fall"],
    baseline.map((f) => [monthShort(f.m), f.falls]),
  );

  // 2. SMART target: falls and bed-days, with the rate the spreadsheet computed.
  files["02-fall-og-liggedogn.csv"] = csv(
    ["Måned", "Fall", "Liggedøgn", "Fall per 1000 liggedøgn", "Kommentar"],
    baseline.map((f) => [monthFirstDay(f.m), f.falls, f.bedDays, nb((1000 * f.falls) / f.bedDays, 2), fallNote[f.m] ?? ""]),
  );

  // 3. Run chart: the first 12 weekly audits of skin inspection.
  const skinRow = (s, withNote) => [s.week, ddmmyyyy(s.date), s.atRisk, s.inspected, ...(withNote ? [s.note] : [])];
  files["03-hudinspeksjon-uke-1-12.csv"] = csv(
    ["Uke", "Dato", "Risikobeboere", "Hudinspeksjon dokumentert"],
    skin.filter((s) => s.week <= 12).map((s) => skinRow(s, false)),
  );

  // 4. PDSA notes: weeks 1–22, with the team's notes.
  files["04-hudinspeksjon-med-pdsa.csv"] = csv(
    ["Uke", "Dato", "Risikobeboere", "Hudinspeksjon dokumentert", "Merknad"],
    skin.filter((s) => s.week <= 22).map((s) => skinRow(s, true)),
  );

  // 5. P chart: risk assessment within 48 hours of admission, January 2023 – February 2024.
  files["05-risikovurdering-innkomst.csv"] = csv(
    ["Måned", "Nye beboere", "Risikovurdert innen 48 timer", "Andel"],
    risk.filter((r) => r.m <= 14).map((r) => [monthLong(r.m), r.admissions, r.assessed, percent(r.assessed, r.admissions)]),
  );

  // 6. U chart: falls per 1 000 bed-days, January 2023 – February 2024 (Excel shows 1 752).
  files["06-fall-per-1000-liggedogn.csv"] = csv(
    ["Måned", "Fall", "Liggedøgn"],
    falls.filter((f) => f.m <= 14).map((f) => [monthFirstDay(f.m), f.falls, nb(f.bedDays, 0, true)]),
  );

  // 7. Freeze: January 2023 – October 2024, with the team's notes.
  const fallNotes7 = { ...fallNote, 14: "Samling 1, første PDSA-sirkler", 15: "Tiltakspakke fall på alle avdelinger" };
  files["07-fall-jan23-okt24.csv"] = csv(
    ["Måned", "Fall", "Liggedøgn", "Merknad"],
    falls.map((f) => [monthShort(f.m), f.falls, f.bedDays, fallNotes7[f.m] ?? ""]),
  );

  // 8. Rebaseline: weekly skin-inspection audits, weeks 1–43.
  files["08-hudinspeksjon-uke-1-43.csv"] = csv(
    ["Uke", "Dato", "Risikobeboere", "Hudinspeksjon dokumentert", "Merknad"],
    skin.map((s) => skinRow(s, true)),
  );

  // 9. Rare events: the pressure-ulcer log.
  files["09-trykksar-logg.csv"] = csv(
    ["Oppdaget dato", "Avdeling", "Kategori", "Sted på kroppen"],
    ulcerLog(parameters.pressureUlcers).map((u) => [ddmmyyyy(u.date), u.unit, u.category, u.site]),
  );

  // 10. Tempting conclusions: a home-care incident log, and a new measure with only six points.
  files["10-legemiddelavvik-logg.csv"] = csv(
    ["Dato", "Type avvik", "Alvorlighetsgrad"],
    medicationLog(parameters.medication).map((e) => [ddmmyyyy(e.date), e.type, e.severity]),
  );
  const oral = parameters.oralCare;
  files["10-munnstell-uke.csv"] = csv(
    ["Uke", "Dato", "Beboere", "Munnstell dokumentert morgen og kveld"],
    oral.residents.map((n, i) => [oral.firstWeek + i, ddmmyyyy(wednesday2024(oral.firstWeek + i)), n, oral.documented[i]]),
  );

  // 11. Family of measures: outcome, process and balancing measures side by side.
  files["11-malefamilie.csv"] = csv(
    ["Måned", "Fall", "Liggedøgn", "Nye beboere", "Risikovurdert innen 48 timer", "Beboere telledag", "Beboere med sengehest"],
    falls.map((f, i) => [monthFirstDay(f.m), f.falls, f.bedDays, risk[i].admissions, risk[i].assessed, rails[i].residents, rails[i].withRails]),
  );

  return files;
}

// ---------------------------------------------------------------------------------------------

const here = dirname(fileURLToPath(import.meta.url));
export const DATASET_DIR = join(here, "datasets");

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const check = process.argv.includes("--check");
  const files = makeDatasets();
  mkdirSync(DATASET_DIR, { recursive: true });
  let stale = 0;
  for (const [name, text] of Object.entries(files)) {
    const path = join(DATASET_DIR, name);
    let current = null;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = null;
    }
    if (current === text) continue;
    stale++;
    if (check) console.error(`${name} differs from what make-datasets.mjs makes`);
    else {
      writeFileSync(path, text);
      console.log(`wrote ${name}`);
    }
  }
  if (check && stale > 0) process.exitCode = 1;
  else if (stale === 0) console.log("all datasets are up to date");
}
