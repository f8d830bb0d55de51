/// <reference lib="dom" />
/**
 * The workbook of measures: several measures side by side, each with its data, chart options and
 * notes, kept in the browser's localStorage so that a reload (or closing the tab) loses nothing.
 * What is stored is read back as untrusted (another version of the page, a hand-edited value):
 * every measure goes through the same `sanitise` as a shared link.
 *
 * @module
 */
import { DEFAULT_STATE, sanitise, type State } from "./state.js";

/** The measures and which one is open. */
export interface Workbook {
  measures: State[];
  /** 0-based index into `measures`. */
  active: number;
}

/** The localStorage key; the version lets a later format read this one (or leave it alone). */
export const WORKBOOK_KEY = "spc-verktoy.workbook.v1";

/** The most measures kept: a family of measures is a handful, and storage holds about 5 MB. */
export const MAX_MEASURES = 50;

/** A workbook of one empty measure. */
export function emptyWorkbook(lang: State["lang"] = "nb"): Workbook {
  return { measures: [{ ...DEFAULT_STATE, lang }], active: 0 };
}

/** The storage, or `null` where the browser refuses it (private mode, a file:// page with storage off). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The workbook kept in this browser, or `null` when there is none (or it cannot be read). */
export function loadWorkbook(): Workbook | null {
  const raw = storage()?.getItem(WORKBOOK_KEY);
  if (raw === null || raw === undefined) return null;
  try {
    const o = JSON.parse(raw) as { measures?: unknown; active?: unknown };
    if (!Array.isArray(o.measures) || o.measures.length === 0) return null;
    const measures = o.measures.slice(0, MAX_MEASURES).map(sanitise);
    const active = Number.isInteger(o.active) && (o.active as number) >= 0 && (o.active as number) < measures.length ? (o.active as number) : 0;
    return { measures, active };
  } catch {
    return null;
  }
}

/** Keeps the workbook; `false` when the browser would not (no storage, or it is full). */
export function saveWorkbook(book: Workbook): boolean {
  const s = storage();
  if (s === null) return false;
  try {
    s.setItem(WORKBOOK_KEY, JSON.stringify(book));
    return true;
  } catch {
    return false;
  }
}

/** The same measure, compared by what it holds. */
export function sameMeasure(a: State, b: State): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
