/// <reference lib="dom" />
/**
 * The workshop playground: paste data from a spreadsheet, see the library's chart and its
 * signals explained, split, freeze or exclude by clicking a point, and take the chart away as
 * SVG, PNG, a ChartSpec or a link. Plain DOM code; `scripts/build-playground.mjs` bundles it
 * with the library into one self-contained `docs/playground/index.html`.
 *
 * @module
 */
import { CHART_TYPES, compute, explain, formatNumber, renderSvg, type ChartResult, type ChartSpec, type ChartType, type Point } from "../index.js";
import { suggestBreaks } from "../rules/index.js";
import { noSignalSentence } from "../rules/explain.js";
import { chartName, parseNorwegianNumber, suggestFromData } from "../adapters/index.js";
import { readPasted, type Reading } from "./data.js";
import { loadFile } from "./file.js";
import { copyText, downloadPng, downloadSvg } from "./export.js";
import { STRINGS, type Strings } from "./i18n.js";
import { signalCards, wordsOf } from "./signals.js";
import { attach, POINT_EVENTS, type PointEventDetail } from "../interactive/index.js";
import { DEFAULT_STATE, decodeLink, encodeState, MAX_LINK_BYTES, MAX_LINK_ROWS, MEASURE_KINDS, type State } from "./state.js";
import { emptyWorkbook, loadWorkbook, MAX_MEASURES, sameMeasure, saveWorkbook, type Workbook } from "./workbook.js";
import { save } from "./export.js";
import { largest } from "../extremes.js";

const EXAMPLE =
  "Måned\tFall\tLiggedøgn\n01.01.2023\t18\t1818\n01.02.2023\t15\t1648\n01.03.2023\t18\t1875\n01.04.2023\t11\t1714\n01.05.2023\t16\t1778\n01.06.2023\t12\t1758\n01.07.2023\t17\t1611\n01.08.2023\t14\t1864\n01.09.2023\t15\t1748\n01.10.2023\t22\t1824\n01.11.2023\t35\t1780\n01.12.2023\t19\t1819\n01.01.2024\t13\t1873\n";

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} is missing`);
  return el as T;
};

const ui = {
  lang: $<HTMLSelectElement>("lang"),
  paste: $<HTMLTextAreaElement>("paste"),
  file: $<HTMLInputElement>("file"),
  sheet: $<HTMLSelectElement>("sheet"),
  sheetLabel: $("sheet-label"),
  fileStatus: $("file-status"),
  example: $<HTMLButtonElement>("example"),
  clear: $<HTMLButtonElement>("clear"),
  chart: $<HTMLSelectElement>("chart"),
  suggestion: $("suggestion"),
  title: $<HTMLInputElement>("title"),
  freeze: $<HTMLInputElement>("freeze"),
  breaks: $<HTMLInputElement>("breaks"),
  exclude: $<HTMLInputElement>("exclude"),
  multiply: $<HTMLInputElement>("multiply"),
  percent: $<HTMLSelectElement>("percent"),
  target: $<HTMLInputElement>("target"),
  direction: $<HTMLSelectElement>("direction"),
  optionErrors: $("option-errors"),
  previewSummary: $("preview-summary"),
  previewNotes: $("preview-notes"),
  previewBody: $("preview-body"),
  host: $("svg-host"),
  error: $("error"),
  menu: $("point-menu"),
  menuTitle: $("point-menu-title"),
  split: $<HTMLButtonElement>("split"),
  freezeHere: $<HTMLButtonElement>("freeze-here"),
  excludeHere: $<HTMLButtonElement>("exclude-here"),
  closeMenu: $<HTMLButtonElement>("close-menu"),
  signalList: $("signal-list"),
  story: $("story-text"),
  storyLead: $("story-lead"),
  dlSvg: $<HTMLButtonElement>("dl-svg"),
  dlPng: $<HTMLButtonElement>("dl-png"),
  print: $<HTMLButtonElement>("print"),
  copySpec: $<HTMLButtonElement>("copy-spec"),
  copyLink: $<HTMLButtonElement>("copy-link"),
  copyStatus: $("copy-status"),
  measure: $<HTMLSelectElement>("measure"),
  newMeasure: $<HTMLButtonElement>("new-measure"),
  dupMeasure: $<HTMLButtonElement>("dup-measure"),
  delMeasure: $<HTMLButtonElement>("del-measure"),
  savePlan: $<HTMLButtonElement>("save-plan"),
  openPlan: $<HTMLInputElement>("open-plan"),
  measuresStatus: $("measures-status"),
  kind: $<HTMLSelectElement>("kind"),
  notes: $<HTMLTextAreaElement>("notes"),
  spec: $<HTMLTextAreaElement>("spec"),
};

/** The measures kept in this browser; `state` is the open one's (written back on every change). */
let book: Workbook = loadWorkbook() ?? emptyWorkbook();
let state: State = book.measures[book.active]!;
let current: { spec: ChartSpec; result: ChartResult; svg: string; drawn: Point[] } | null = null;
let selected: number | null = null;

const t = (): Strings => STRINGS[state.lang];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  for (const child of children) e.append(child);
  return e;
}

function options(select: HTMLSelectElement, items: [string, string][], value: string): void {
  select.replaceChildren();
  for (const [v, label] of items) select.append(el("option", { value: v, textContent: label }));
  select.value = value;
}

/** Texts that depend on the language: static labels (`data-t`) and the selects' options. */
function applyLanguage(): void {
  const s = t();
  document.documentElement.lang = state.lang;
  document.title = s.title;
  for (const node of document.querySelectorAll<HTMLElement>("[data-t]")) {
    const v = s[node.dataset["t"] as keyof Strings];
    if (typeof v === "string") node.textContent = v;
  }
  for (const node of document.querySelectorAll<HTMLElement>("[data-t-placeholder]")) {
    const v = s[node.dataset["tPlaceholder"] as keyof Strings];
    if (typeof v === "string") node.setAttribute("placeholder", v);
  }
  options(ui.chart, [["auto", s.auto], ...CHART_TYPES.map((c): [string, string] => [c, `${chartName(c, state.lang)} (${c})`])], state.chart);
  options(ui.percent, [["default", s.pctDefault], ["yes", s.yes], ["no", s.no]], state.percent);
  options(ui.direction, [["neutral", s.dirNeutral], ["increase", s.dirIncrease], ["decrease", s.dirDecrease]], state.direction);
  const kinds = { outcome: s.kindOutcome, process: s.kindProcess, balancing: s.kindBalancing };
  options(ui.kind, MEASURE_KINDS.map((k): [string, string] => [k, kinds[k]]), state.kind);
  refreshMeasures();
  ui.lang.value = state.lang;
}

const list = (xs: number[]) => xs.join(", ");
const num = (v: number | null) => (v === null ? "" : formatNumber(v, decimalsOf(v), state.lang));
const decimalsOf = (v: number) => Math.min(6, (String(v).split(".")[1] ?? "").length);

/** The option fields from the state (after a click, a shared link or a language switch). */
function syncInputs(): void {
  ui.paste.value = state.text;
  ui.title.value = state.title;
  ui.notes.value = state.notes;
  ui.freeze.value = state.freeze === null ? "" : String(state.freeze);
  ui.breaks.value = list(state.breaks);
  ui.exclude.value = list(state.exclude);
  ui.multiply.value = num(state.multiply);
  ui.target.value = num(state.target);
  applyLanguage();
}

/** Reads the option fields into the state; returns the fields that could not be read. */
function readInputs(): string[] {
  const s = t();
  const bad: string[] = [];
  const number = (input: HTMLInputElement): number | null => {
    const v = input.value.trim();
    if (v === "") return null;
    const p = parseNorwegianNumber(v);
    if (p.ok && p.value !== null) return p.value;
    bad.push(s.notANumber(v));
    return null;
  };
  const positions = (input: HTMLInputElement): number[] => {
    const v = input.value.trim();
    if (v === "") return [];
    const parts = v.split(/[\s,;]+/).filter(Boolean);
    const out = parts.map(Number);
    if (out.some((p) => !Number.isInteger(p) || p < 1)) {
      bad.push(s.badList(v));
      return [];
    }
    return [...new Set(out)].sort((a, b) => a - b);
  };
  state.text = ui.paste.value;
  state.chart = ui.chart.value as State["chart"];
  state.title = ui.title.value;
  state.notes = ui.notes.value;
  state.kind = (MEASURE_KINDS as readonly string[]).includes(ui.kind.value) ? (ui.kind.value as State["kind"]) : "process";
  const freeze = positions(ui.freeze);
  state.freeze = freeze.length === 1 ? freeze[0]! : null;
  if (freeze.length > 1) bad.push(s.badList(ui.freeze.value));
  state.breaks = positions(ui.breaks);
  state.exclude = positions(ui.exclude);
  const m = number(ui.multiply);
  state.multiply = m === 0 ? null : m;
  state.percent = ui.percent.value as State["percent"];
  state.target = number(ui.target);
  state.direction = ui.direction.value as State["direction"];
  return bad;
}

function renderPreview(reading: Reading | null, readError: string | null): void {
  const s = t();
  ui.previewBody.replaceChildren();
  ui.previewNotes.replaceChildren();
  if (reading === null) {
    ui.previewSummary.textContent = readError ?? s.empty;
    return;
  }
  const rejected = reading.rows.filter((r) => r.reasons.length > 0).length;
  ui.previewSummary.textContent = `${s.previewSummary(reading.rows.length - rejected, rejected)}. ${s.columns(reading.columns.x || "–", reading.columns.y, reading.columns.n)}`;
  const notes = [...(reading.headerless ? [s.noHeader] : []), ...reading.warnings];
  for (const n of notes) ui.previewNotes.append(el("li", { textContent: n }));
  for (const r of reading.rows) {
    const bad = r.reasons.length > 0;
    const tr = el(
      "tr",
      { className: bad ? "rejected" : "" },
      el("td", { textContent: String(r.line) }),
      el("td", { textContent: r.x }),
      el("td", { textContent: r.y }),
      el("td", { textContent: r.n }),
      el("td", { textContent: bad ? `${s.rejected}: ${r.reasons.join("; ")}` : s.ok }),
    );
    ui.previewBody.append(tr);
  }
}

function renderSignals(result: ChartResult): void {
  const s = t();
  const lang = state.lang;
  const items: HTMLElement[] = signalCards(result, lang, highlight);
  // The same words as explain(): with few points, too early to call the variation random.
  if (items.length === 0) items.push(el("p", { className: "none", textContent: noSignalSentence(result.points, lang) }));
  const breaks = suggestBreaks(result);
  const words = wordsOf(result);
  for (const b of breaks.slice(0, 2)) {
    const button = el("button", { type: "button", className: "link", textContent: s.splitAfter(words(b.facet).at(b.after, lang)) });
    button.addEventListener("click", () => {
      readInputs();
      if (!state.breaks.includes(b.after)) state.breaks = toggle(state.breaks, b.after);
      syncInputs();
      update();
    });
    items.push(el("p", { className: "suggest" }, `${b.reason[lang]} `, button));
  }
  ui.signalList.replaceChildren();
  for (const item of items) ui.signalList.append(item);
  const story = explain(result, { lang });
  ui.story.textContent = story;
  ui.storyLead.textContent = story.split("\n")[0] ?? "";
}

/** Lights up the marks of a signal card's points (or takes the light away with `null`). */
function highlight(facet: string | null, positions: number[] | null): void {
  const on = new Set((positions ?? []).map(String));
  for (const m of pointMarks(facet)) m.classList.toggle("hl", on.has(m.getAttribute("data-index") ?? ""));
}

function chartSize(): { width: number; height: number } {
  const w = Math.round(ui.host.clientWidth || 720);
  const width = Math.max(320, Math.min(1200, w));
  return { width, height: width < 560 ? Math.round(width * 0.85) : Math.round(Math.min(520, Math.max(360, width * 0.55))) };
}

function showError(message: string | null, what: string = t().error): void {
  ui.error.hidden = message === null;
  ui.error.textContent = message === null ? "" : `${what}: ${message}`;
}

function update(): void {
  const s = t();
  const optionProblems = readInputs();
  ui.optionErrors.textContent = optionProblems.join(" ");
  refreshMeasures();
  let reading: Reading | null = null;
  let readError: string | null = null;
  try {
    reading = readPasted(state.text, state.lang);
  } catch (e) {
    readError = e instanceof Error ? e.message : String(e);
  }
  renderPreview(reading, readError);
  current = null;
  ui.suggestion.textContent = "";
  if (reading === null || reading.spec.data.length === 0) {
    ui.host.replaceChildren(el("p", { className: "empty", textContent: readError ?? s.empty }));
    ui.signalList.replaceChildren();
    ui.story.textContent = "";
    ui.storyLead.textContent = "";
    showError(null);
    closeMenu();
    setExportEnabled(false);
    saveHash();
    return;
  }
  const suggestion = reading.suggestion ?? suggestFromData(reading.spec.data);
  const chart: ChartType = state.chart === "auto" ? suggestion.chart : state.chart;
  const why = suggestion.reasons[0]?.[state.lang] ?? "";
  ui.suggestion.textContent =
    state.chart === "auto" || suggestion.chart !== chart ? `${s.suggested}: ${chartName(suggestion.chart, state.lang)}${why ? ` — ${why}` : ""}` : "";
  const multiply = state.multiply ?? (state.chart === "auto" ? suggestion.multiply : undefined);
  const spec = {
    ...reading.spec,
    chart,
    ...(state.freeze === null ? {} : { freeze: state.freeze }),
    ...(state.breaks.length > 0 ? { breaks: state.breaks } : {}),
    ...(state.exclude.length > 0 ? { exclude: state.exclude } : {}),
    ...(multiply === undefined || multiply === 1 ? {} : { multiply }),
    ...(state.target === null ? {} : { target: state.target }),
    ...(state.direction === "neutral" ? {} : { direction: state.direction }),
    ...(state.title.trim() === "" ? {} : { title: state.title.trim() }),
  } as ChartSpec;
  try {
    const result = compute(spec);
    const { width, height } = chartSize();
    const percent = state.percent === "default" ? undefined : state.percent === "yes";
    const svg = renderSvg(result, { lang: state.lang, width, height, points: "all", id: "chart", ...(percent === undefined ? {} : { percent }) });
    ui.host.innerHTML = svg;
    const facet = result.facets[0] ?? null;
    current = { spec, result, svg, drawn: result.points.filter((p) => p.y !== null && p.facet === facet) };
    wirePoints();
    renderSignals(result);
    showError(null);
    setExportEnabled(true);
    ui.spec.value = JSON.stringify(spec, null, 2);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    ui.host.replaceChildren();
    ui.signalList.replaceChildren();
    ui.story.textContent = "";
    ui.storyLead.textContent = "";
    showError(message);
    setExportEnabled(false);
  }
  if (selected !== null) openMenu(selected, false);
  saveHash();
}

function setExportEnabled(on: boolean): void {
  for (const b of [ui.dlSvg, ui.dlPng, ui.print, ui.copySpec]) b.disabled = !on;
}

/**
 * The marks of the points the playground shows (the first facet's), found by the renderer's
 * data-index and data-facet, not by the words of a translated aria-label.
 */
function pointMarks(facet: string | null): Element[] {
  return [...ui.host.querySelectorAll("[data-index]")].filter((m) => m.getAttribute("data-facet") === facet);
}

/** Takes the interactive layer off the drawing it was attached to (before it is replaced). */
let detachPoints: (() => void) | null = null;
/** Whether the last point was picked with Enter or Space (then the menu takes the focus) rather than a pointer. */
let pickedByKey = false;

/**
 * Tooltips, keyboard and point picking by the library's interactive layer (`spc-charts/interactive`),
 * the same code an app uses: a picked point (click, tap, Enter or Space) opens the point's menu.
 */
function wirePoints(): void {
  detachPoints?.();
  detachPoints = null;
  if (current === null) return;
  const svg = ui.host.querySelector("svg");
  if (svg === null) return;
  svg.setAttribute("data-points", String(current.drawn.length));
  const percent = state.percent === "default" ? {} : { percent: state.percent === "yes" };
  // A finger is less exact than a mouse: a tap picks the nearest point a little further away.
  const reach = window.matchMedia("(pointer: coarse)").matches ? 36 : 24;
  detachPoints = attach(svg, current.result, { lang: state.lang, reach, ...percent });
  svg.addEventListener(POINT_EVENTS.click, (e) => {
    const { index, facet } = (e as CustomEvent<PointEventDetail>).detail;
    if (facet === (current?.result.facets[0] ?? null)) openMenu(index, pickedByKey);
  });
}

function openMenu(index: number, focus: boolean): void {
  const s = t();
  const p = current?.drawn.find((d) => d.index === index);
  if (current === null || p === undefined) {
    closeMenu();
    return;
  }
  selected = index;
  const last = largest(current.drawn.map((d) => d.index));
  ui.menu.hidden = false;
  document.body.classList.add("menu-open");
  ui.menuTitle.textContent = s.pointActions(index, `${wordsOf(current.result)(p.facet).at(index, state.lang)}: ${num(p.y)}`);
  ui.split.textContent = state.breaks.includes(index) ? s.unsplit : s.splitHere;
  ui.split.disabled = index >= last && !state.breaks.includes(index);
  ui.freezeHere.textContent = state.freeze === index ? s.unfreeze : s.freezeHere;
  ui.excludeHere.textContent = s.excludeHere;
  ui.excludeHere.setAttribute("aria-pressed", String(state.exclude.includes(index)));
  for (const m of pointMarks(current?.result.facets[0] ?? null)) m.classList.toggle("selected", m.getAttribute("data-index") === String(index));
  if (focus) ui.split.disabled ? ui.freezeHere.focus() : ui.split.focus();
  // On a phone the menu is a sheet fixed to the bottom of the screen (style.css); on a wide
  // screen it sits under the chart and is scrolled into view when it is not.
  else if (getComputedStyle(ui.menu).position !== "fixed") ui.menu.scrollIntoView({ block: "nearest" });
  else keepAboveSheet(index);
}

/** Scrolls the page so that the chosen point is not hidden behind the phone's menu sheet. */
function keepAboveSheet(index: number): void {
  const mark = ui.host.querySelector(`[data-index="${index}"]`);
  if (mark === null) return;
  const hidden = mark.getBoundingClientRect().bottom + 12 - ui.menu.getBoundingClientRect().top;
  if (hidden > 0) window.scrollBy({ top: hidden });
}

function closeMenu(): void {
  selected = null;
  ui.menu.hidden = true;
  document.body.classList.remove("menu-open");
}

const toggle = (xs: number[], x: number) => (xs.includes(x) ? xs.filter((v) => v !== x) : [...xs, x].sort((a, b) => a - b));

function act(change: (index: number) => void): void {
  if (selected === null) return;
  // What was typed in the last 200 ms is read first, or syncInputs() would write over it.
  readInputs();
  change(selected);
  syncInputs();
  update();
}

let hashTimer: ReturnType<typeof setTimeout> | undefined;
let lastHash = "";
function saveHash(): void {
  keep();
  clearTimeout(hashTimer);
  hashTimer = setTimeout(() => {
    void encodeState(state).then((h) => {
      lastHash = h;
      ownHash(h);
      const url = `${location.href.split("#")[0]}${h === "b" || h.length <= 3 ? "" : `#${h}`}`;
      if (url !== location.href) history.replaceState(null, "", url);
      document.body.dataset["hash"] = "saved";
    });
  }, 100);
}

const OWN_HASH_KEY = "spc-verktoy.own-hash";

/** The hash this tab last wrote (kept per tab, over a reload), or sets it. */
function ownHash(h?: string): string | null {
  try {
    if (h !== undefined) sessionStorage.setItem(OWN_HASH_KEY, h);
    return sessionStorage.getItem(OWN_HASH_KEY);
  } catch {
    return null;
  }
}

async function loadHash(first = false): Promise<void> {
  const h = location.hash.replace(/^#/, "");
  if (!first && h === lastHash) return;
  // The page's own hash after a reload is older than the workbook kept (it is written 100 ms
  // after a change): the workbook wins, and only a link from elsewhere opens as a measure.
  const own = first && h !== "" && h === ownHash();
  const { state: restored, refused } = own ? { state: null, refused: null } : await decodeLink(location.hash);
  if (restored !== null) {
    // A link opens as a measure of the workbook: the same one again when it is already kept.
    const found = book.measures.findIndex((m) => sameMeasure(m, restored));
    if (found >= 0) book.active = found;
    else if (book.measures.length === 1 && sameMeasure(book.measures[0]!, { ...DEFAULT_STATE, lang: book.measures[0]!.lang })) book.measures[0] = restored;
    else if (book.measures.length < MAX_MEASURES) {
      book.measures.push(restored);
      book.active = book.measures.length - 1;
    }
    state = book.measures[book.active]!;
    selected = null;
  }
  // Said at the top of the page, where it is seen on a phone too; it stays until something else is said there.
  if (refused !== null) ui.measuresStatus.textContent = t().linkTooBig(refused === "rows" ? MAX_LINK_ROWS : MAX_LINK_BYTES, refused);
  syncInputs();
  update();
}

let status: ReturnType<typeof setTimeout> | undefined;
function say(text: string, ms = 4000): void {
  ui.copyStatus.textContent = text;
  clearTimeout(status);
  status = setTimeout(() => (ui.copyStatus.textContent = ""), ms);
}

function fileName(): string {
  const base = (state.title.trim() || (current ? chartName(current.result.chart, state.lang) : "spc")).toLowerCase();
  return base.replace(/[^a-z0-9æøå]+/gi, "-").replace(/^-|-$/g, "") || "spc";
}

let typing: ReturnType<typeof setTimeout> | undefined;
const later = () => {
  clearTimeout(typing);
  typing = setTimeout(update, 200);
};

/** The last file read, so that another sheet of it can be chosen. */
let lastFile: File | null = null;

/** Reads a chosen or dropped file into the data box (a workbook: the sheet chosen or found). */
async function openFile(file: File, sheet?: number): Promise<void> {
  try {
    const loaded = await loadFile(file, state.lang, sheet);
    lastFile = file;
    ui.sheet.replaceChildren();
    loaded.sheets.forEach((name, i) => ui.sheet.add(new Option(name, String(i + 1), false, i + 1 === loaded.sheet)));
    ui.sheetLabel.hidden = loaded.sheets.length < 2;
    ui.fileStatus.textContent = loaded.notice;
    state = { ...DEFAULT_STATE, lang: state.lang, text: loaded.text, title: state.title || file.name.replace(/\.[^.]+$/, ""), notes: state.notes, kind: state.kind };
    selected = null;
    syncInputs();
    update();
  } catch (e) {
    ui.fileStatus.textContent = "";
    showError(e instanceof Error ? e.message : String(e));
  }
}

/** Writes the open measure back into the workbook and keeps the workbook in the browser. */
let warnedStorage = false;
function keep(): void {
  book.measures[book.active] = state;
  if (!saveWorkbook(book) && !warnedStorage) {
    warnedStorage = true;
    ui.measuresStatus.textContent = t().notStored;
  }
}

/** The measure list's names, the open one chosen. */
function refreshMeasures(): void {
  const s = t();
  ui.measure.replaceChildren();
  book.measures.forEach((m, i) => {
    const name = i === book.active ? ui.title.value.trim() || m.title.trim() : m.title.trim();
    ui.measure.add(new Option(name || s.untitled(i + 1), String(i), false, i === book.active));
  });
  ui.delMeasure.disabled = book.measures.length === 1 && state.text.trim() === "" && state.title.trim() === "";
}

/** Opens measure `i` of the workbook. */
function openMeasure(i: number): void {
  readInputs();
  keep();
  book.active = Math.max(0, Math.min(i, book.measures.length - 1));
  state = { ...book.measures[book.active]!, lang: state.lang };
  selected = null;
  closeMenu();
  ui.fileStatus.textContent = "";
  syncInputs();
  update();
}

function addMeasure(measure: State): boolean {
  if (book.measures.length >= MAX_MEASURES) {
    ui.measuresStatus.textContent = t().tooManyMeasures(MAX_MEASURES);
    return false;
  }
  readInputs();
  keep();
  book.measures.push(measure);
  openMeasure(book.measures.length - 1);
  return true;
}

function wireMeasures(): void {
  ui.measure.addEventListener("change", () => openMeasure(Number(ui.measure.value)));
  ui.newMeasure.addEventListener("click", () => {
    if (addMeasure({ ...DEFAULT_STATE, lang: state.lang })) ui.title.focus();
  });
  ui.dupMeasure.addEventListener("click", () => {
    readInputs();
    addMeasure({ ...structuredClone(state), title: t().copyOf(state.title.trim() || t().untitled(book.active + 1)) });
  });
  ui.delMeasure.addEventListener("click", () => {
    const name = state.title.trim() || t().untitled(book.active + 1);
    if (!window.confirm(t().confirmDelete(name))) return;
    book.measures.splice(book.active, 1);
    if (book.measures.length === 0) book.measures.push({ ...DEFAULT_STATE, lang: state.lang });
    book.active = Math.min(book.active, book.measures.length - 1);
    state = book.measures[book.active]!;
    selected = null;
    closeMenu();
    syncInputs();
    update();
  });
  ui.savePlan.addEventListener("click", async () => {
    readInputs();
    keep();
    try {
      const { workbookToPlan } = await import("./plan-file.js");
      const named = book.measures.find((m) => m.title.trim() !== "");
      const { zip, skipped } = workbookToPlan(book.measures, named?.title ?? "", state.lang);
      save(new Blob([zip as BlobPart], { type: "application/zip" }), "maleplan.zip");
      ui.measuresStatus.textContent = t().planSaved(book.measures.length - skipped.length, skipped);
    } catch (e) {
      showError(e instanceof Error ? e.message : String(e));
    }
  });
  ui.openPlan.addEventListener("change", async () => {
    const files = [...(ui.openPlan.files ?? [])];
    if (files.length === 0) return;
    try {
      const { openPlan } = await import("./plan-file.js");
      const opened = await openPlan(files, state.lang);
      keep();
      const room = MAX_MEASURES - book.measures.length;
      const first = book.measures.length;
      for (const measure of opened.measures.slice(0, Math.max(0, room))) book.measures.push(measure);
      if (opened.measures.length > room) opened.problems.push(t().tooManyMeasures(MAX_MEASURES));
      if (book.measures.length > first) openMeasure(first);
      ui.measuresStatus.textContent = [t().planOpened(opened.title, Math.min(room, opened.measures.length)), ...opened.problems].join(" ");
      showError(null);
    } catch (e) {
      ui.measuresStatus.textContent = "";
      showError(e instanceof Error ? e.message : String(e), t().planError);
    } finally {
      ui.openPlan.value = "";
    }
  });
}

function init(): void {
  // Capture phase: runs before the interactive layer turns the key into a point pick.
  ui.host.addEventListener("keydown", (e) => (pickedByKey = e.key === "Enter" || e.key === " "), true);
  ui.host.addEventListener("pointerdown", () => (pickedByKey = false), true);
  ui.file.addEventListener("change", () => {
    const file = ui.file.files?.[0];
    if (file !== undefined) void openFile(file);
  });
  ui.sheet.addEventListener("change", () => {
    if (lastFile !== null) void openFile(lastFile, Number(ui.sheet.value));
  });
  const input = $("input");
  input.addEventListener("dragover", (e) => {
    if (e.dataTransfer?.types.includes("Files") === true) {
      e.preventDefault();
      e.dataTransfer.dropEffect = "copy";
    }
  });
  input.addEventListener("drop", (e) => {
    const file = e.dataTransfer?.files[0];
    if (file === undefined) return;
    e.preventDefault();
    void openFile(file);
  });
  ui.lang.addEventListener("change", () => {
    state.lang = ui.lang.value === "en" ? "en" : "nb";
    applyLanguage();
    update();
  });
  ui.paste.addEventListener("input", later);
  ui.notes.addEventListener("input", later);
  ui.kind.addEventListener("change", update);
  ui.title.addEventListener("change", refreshMeasures);
  wireMeasures();
  for (const input of [ui.title, ui.freeze, ui.breaks, ui.exclude, ui.multiply, ui.target]) input.addEventListener("input", later);
  for (const select of [ui.chart, ui.percent, ui.direction]) select.addEventListener("change", update);
  ui.example.addEventListener("click", () => {
    state = { ...DEFAULT_STATE, lang: state.lang, text: EXAMPLE, title: state.title, notes: state.notes, kind: state.kind };
    selected = null;
    syncInputs();
    update();
  });
  ui.clear.addEventListener("click", () => {
    state = { ...DEFAULT_STATE, lang: state.lang, title: state.title, notes: state.notes, kind: state.kind };
    selected = null;
    syncInputs();
    update();
    ui.paste.focus();
  });
  ui.split.addEventListener("click", () => act((i) => (state.breaks = toggle(state.breaks, i))));
  ui.freezeHere.addEventListener("click", () => act((i) => (state.freeze = state.freeze === i ? null : i)));
  ui.excludeHere.addEventListener("click", () => act((i) => (state.exclude = toggle(state.exclude, i))));
  ui.closeMenu.addEventListener("click", () => {
    const i = selected;
    closeMenu();
    (ui.host.querySelector<SVGElement>(`[data-index="${i}"]`) ?? ui.host).focus();
  });
  ui.menu.addEventListener("keydown", (e) => {
    if (e.key === "Escape") ui.closeMenu.click();
  });
  ui.print.addEventListener("click", () => window.print());
  // On paper every signal card counts: the folded ones are opened for printing.
  window.addEventListener("beforeprint", () => {
    for (const d of ui.signalList.querySelectorAll<HTMLDetailsElement>("details.more")) d.open = true;
  });
  // No PowerPoint button: the slides come from `spc report plan -o rapport.pptx` on the plan the
  // page saves. pptxgenjs with jszip (126 kB min+gzip) would take this one offline page (180 kB)
  // over the 250 kB it is held to (docs/limits.md).
  ui.dlSvg.addEventListener("click", () => current && downloadSvg(current.svg, fileName()));
  ui.dlPng.addEventListener("click", () => {
    if (current) downloadPng(current.svg, fileName()).catch((e: unknown) => showError(e instanceof Error ? e.message : String(e)));
  });
  ui.copySpec.addEventListener("click", async () => {
    if (!current) return;
    const text = JSON.stringify(current.spec, null, 2);
    (ui.spec.closest("details") as HTMLDetailsElement).open = true;
    say((await copyText(text)) ? t().copied : t().copyFailed);
    ui.spec.value = text;
  });
  ui.copyLink.addEventListener("click", async () => {
    const h = await encodeState(state);
    const url = `${location.href.split("#")[0]}#${h}`;
    say((await copyText(url)) ? t().linkCopied : t().copyFailed);
  });
  window.addEventListener("hashchange", () => void loadHash());
  let width = ui.host.clientWidth;
  window.addEventListener("resize", () => {
    if (Math.abs(ui.host.clientWidth - width) > 8) {
      width = ui.host.clientWidth;
      later();
    }
  });
  syncInputs();
  void loadHash(true).then(() => (document.body.dataset["ready"] = "true"));
}

init();
