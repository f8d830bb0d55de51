/// <reference lib="dom" />
/**
 * The workbook as a measurement plan ("måleplan"), the format `spc report` reads, so that a team
 * can move from the page to the command line and back: saved as one zip of `maleplan.yaml` and a
 * data file per measure (`data/<id>.csv`, the text as pasted or read), opened from that zip or
 * from a plan file chosen together with its data files. The plan is validated by the library's
 * own `parsePlan`, so the page refuses what `spc report` refuses, in the same words.
 *
 * This module is imported on demand (the YAML and zip code run only when a plan is saved or opened).
 *
 * @module
 */
import { unzipSync, zipSync } from "fflate";
import { stringify } from "yaml";
import { formatIssue, readDataFile, SpcError } from "../adapters/index.js";
import { parsePlan, type MeasureInput, type PlanInput } from "../plan/index.js";
import { readPasted } from "./data.js";
import { DEFAULT_STATE, MEASURE_KINDS, type State } from "./state.js";
import type { UiLang } from "./i18n.js";

/** The plan's name inside the zip; `spc report maleplan.yaml` in the unzipped folder makes the report. */
export const PLAN_NAME = "maleplan.yaml";

/** The most a plan's zip may unpack to (50 MB): a bigger one is refused before it is unpacked. */
export const MAX_PLAN_BYTES = 50_000_000;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);

/** The delimiter a header line added to a headerless paste must use: the paste's own. */
const delimiterOf = (text: string) => {
  const first = text.split(/\r?\n/, 1)[0] ?? "";
  return first.includes("\t") ? "\t" : first.includes(";") ? ";" : ",";
};

/** What saving left out, for the page to say. */
export interface SavedPlan {
  zip: Uint8Array;
  /** Names of measures not saved because they have no data. */
  skipped: string[];
}

/**
 * The workbook as a zip of a measurement plan and its data files.
 *
 * @example
 * ```ts
 * const { zip } = workbookToPlan(book.measures, "Fall i sykehjem", "nb");
 * ```
 */
export function workbookToPlan(measures: readonly State[], title: string, lang: UiLang): SavedPlan {
  const files: Record<string, Uint8Array> = {};
  const out: MeasureInput[] = [];
  const skipped: string[] = [];
  const ids = new Set<string>();
  const encoder = new TextEncoder();
  measures.forEach((m, i) => {
    const name = m.title.trim() || `${lang === "nb" ? "Måling" : "Measure"} ${i + 1}`;
    let reading: ReturnType<typeof readPasted> = null;
    try {
      reading = readPasted(m.text, lang);
    } catch {
      reading = null;
    }
    if (reading === null) {
      skipped.push(name);
      return;
    }
    let id = slug(name) || `maling-${i + 1}`;
    for (let k = 2; ids.has(id); k++) id = `${slug(name) || "maling"}-${k}`;
    ids.add(id);
    const file = `data/${id}.csv`;
    const d = delimiterOf(m.text);
    const header = reading.headerless ? [reading.columns.x, reading.columns.y, reading.columns.n].filter((c) => c !== "").join(d) + "\n" : "";
    files[file] = encoder.encode(header + m.text.replace(/^\uFEFF/, ""));
    const c = reading.columns;
    const measure: MeasureInput = {
      id,
      name,
      type: m.kind,
      ...(m.notes.trim() === "" ? {} : { definition: m.notes.trim() }),
      data: { file, ...(c.x === "" ? {} : { x: c.x }), y: c.y, ...(c.n === "" ? {} : { n: c.n }) },
      chart: m.chart,
      ...(m.direction === "neutral" ? {} : { direction: m.direction }),
      // A plan's target needs a direction; without one the target still goes to the chart.
      ...(m.target !== null && m.direction !== "neutral" ? { target: { value: m.target } } : {}),
      ...(m.freeze === null ? {} : { freeze: m.freeze }),
      ...(m.breaks.length > 0 ? { breaks: m.breaks } : {}),
      ...(m.multiply === null ? {} : { multiply: m.multiply }),
      ...(m.exclude.length > 0 || (m.target !== null && m.direction === "neutral")
        ? { spec: { ...(m.exclude.length > 0 ? { exclude: m.exclude } : {}), ...(m.target !== null && m.direction === "neutral" ? { target: m.target } : {}) } }
        : {}),
    };
    out.push(measure);
  });
  const plan: PlanInput = { version: 1, title: title.trim() || (lang === "nb" ? "Måleplan" : "Measurement plan"), lang, measures: out };
  files[PLAN_NAME] = encoder.encode(stringify(plan, { lineWidth: 0 }));
  return { zip: zipSync(files, { level: 6 }), skipped };
}

/** What opening a plan gave: its measures as the page holds them, and what could not be opened. */
export interface OpenedPlan {
  title: string;
  measures: State[];
  problems: string[];
}

/** The bytes of each chosen file, by path inside a zip or by the file's own name. */
async function unpack(files: readonly File[], lang: UiLang): Promise<Map<string, Uint8Array>> {
  const out = new Map<string, Uint8Array>();
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    // A zip by its first bytes ("PK\3\4"), not only its name: a saved download may have lost it.
    if (/\.zip$/i.test(file.name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4 && !/\.xlsx$/i.test(file.name))) {
      let total = 0;
      const entries = unzipSync(bytes, {
        filter: (f) => {
          total += f.originalSize;
          if (total > MAX_PLAN_BYTES) throw new Error(lang === "nb" ? `${file.name}: pakker ut til mer enn ${MAX_PLAN_BYTES / 1e6} MB og åpnes ikke` : `${file.name}: unpacks to more than ${MAX_PLAN_BYTES / 1e6} MB and is not opened`);
          return !f.name.endsWith("/");
        },
      });
      for (const [name, data] of Object.entries(entries)) out.set(name, data);
    } else out.set(file.name, bytes);
  }
  return out;
}

const messageOf = (e: unknown, lang: UiLang) =>
  e instanceof SpcError ? e.issues.map((i) => formatIssue(i, { lang })).join("\n") : e instanceof Error ? e.message : String(e);

/**
 * Opens a measurement plan: a zip saved by {@link workbookToPlan}, or a plan file (`.yaml`,
 * `.yml`, `.json`) chosen together with its data files. Table measures become measures of the
 * workbook; what cannot be opened here (an event log, a missing data file) is named in `problems`.
 *
 * @throws {Error} with the plan's own messages (file, line, field, reason) when the plan is not valid.
 */
export async function openPlan(files: readonly File[], lang: UiLang): Promise<OpenedPlan> {
  const parts = await unpack(files, lang);
  const planName = [...parts.keys()].find((n) => /(^|\/)[^/]*\.(ya?ml|json)$/i.test(n));
  if (planName === undefined) throw new Error(lang === "nb" ? "Fant ingen måleplan (.yaml, .yml eller .json) blant filene." : "No measurement plan (.yaml, .yml or .json) among the files.");
  const text = new TextDecoder().decode(parts.get(planName));
  let plan;
  try {
    plan = parsePlan(text);
  } catch (e) {
    throw new Error(`${planName}: ${messageOf(e, lang)}`);
  }
  const folder = planName.includes("/") ? planName.slice(0, planName.lastIndexOf("/") + 1) : "";
  const find = (path: string) => parts.get(folder + path) ?? parts.get(path) ?? parts.get(path.split("/").pop() ?? path);
  const measures: State[] = [];
  const problems: string[] = [];
  for (const m of plan.measures) {
    if (m.data === undefined) {
      problems.push(lang === "nb" ? `«${m.name}»: en hendelseslogg kan ikke åpnes her ennå; bruk spc report.` : `"${m.name}": an event log cannot be opened here yet; use spc report.`);
      continue;
    }
    const bytes = find(m.data.file);
    if (bytes === undefined) {
      problems.push(lang === "nb" ? `«${m.name}»: datafilen ${m.data.file} var ikke med; velg den sammen med planen.` : `"${m.name}": the data file ${m.data.file} was not given; choose it together with the plan.`);
      continue;
    }
    let data: string;
    try {
      const read = await readDataFile(bytes, m.data.file, m.data.sheet === undefined ? {} : { sheet: m.data.sheet });
      data = read.text;
    } catch (e) {
      problems.push(`«${m.name}»: ${messageOf(e, lang)}`);
      continue;
    }
    const spec = (m.spec ?? {}) as { exclude?: unknown; target?: unknown };
    const positions = (v: unknown) => (Array.isArray(v) ? v.filter((p): p is number => Number.isInteger(p) && p > 0) : []);
    measures.push({
      ...DEFAULT_STATE,
      lang,
      text: data,
      title: m.name,
      kind: MEASURE_KINDS.includes(m.type) ? m.type : "process",
      notes: m.definition ?? "",
      chart: m.chart,
      direction: m.direction,
      target: m.target?.value ?? (typeof spec.target === "number" ? spec.target : null),
      freeze: typeof m.freeze === "number" ? m.freeze : null,
      breaks: positions(m.breaks),
      exclude: positions(spec.exclude),
      multiply: m.multiply ?? null,
    });
    if (typeof m.freeze === "string" || (m.breaks ?? []).some((b) => typeof b === "string")) {
      problems.push(lang === "nb" ? `«${m.name}»: frysing og deling på dato er ikke tatt med; sett dem på nytt ved å trykke på punktet.` : `"${m.name}": freezing and splitting by date were left out; set them again by tapping the point.`);
    }
  }
  return { title: plan.title, measures, problems };
}
