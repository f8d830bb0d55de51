/**
 * The trainer's printable materials, made from the workshop's Markdown and datasets:
 *
 * - the participants' handout (every exercise without its answer key) and the trainer's version
 *   (with it), as A4 HTML ready to print;
 * - a one-page A4 cheat sheet: Anhøj's rules with their limits and the IHI run-chart rules, both
 *   computed by the library for n = 10…40, and the which-chart decision tree as SVG;
 * - one self-contained HTML slide deck per talk (`nb/innlegg/*.md`, `en/talks/*.md`).
 *
 * Charts are drawn by `renderSvg` from the same specs as the docs build (`chartSpec` in
 * `workshop.ts`); nothing here types a number the library can compute. `build-materials.ts`
 * writes the files into `print/`.
 *
 * @module
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import MarkdownIt from "markdown-it";
import { compute, renderSvg } from "../../src/index.js";
import { readDelimited } from "../../src/adapters/index.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import { runsBounds } from "../../src/rules/number-of-runs.js";
import {
  LANGS,
  SECTIONS,
  WORKSHOP_DIR,
  chartSpec,
  loadWorkshop,
  readWorkshopFile,
  type ChartDef,
  type Exercise,
  type Lang,
  type Workshop,
} from "./workshop.js";

export { LANGS, type Lang };

const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

/** A workshop chart as SVG, drawn as the docs build draws it (the exercise's period labels the axis). */
export function chartSvg(chart: ChartDef, lang: Lang, width?: number): string {
  return renderSvg(compute(chartSpec(chart, lang)), { lang, period: chart.xUnit, ...(width === undefined ? {} : { width }) });
}

/**
 * Where a chart that stands under an answer key goes in the participants' handout. Some tasks
 * need the chart, but the chart shows the answer to an earlier task (the median, the limits, the
 * split): such a chart is printed on a sheet of its own, which the trainer hands out after that
 * task. A chart that only illustrates the answer stays in the trainer's version.
 */
export type HandoutPlacement =
  | { sheetAfterTask: number; why: string }
  | { trainerOnly: string };

/** The decision for every chart under an answer key (the test holds every such chart to one). */
export const HANDOUT_PLACEMENT: Record<string, HandoutPlacement> = {
  // Task 2 is the median; task 3 lets the groups draw the chart or use the trainer's.
  "01-baseline": { sheetAfterTask: 2, why: "the chart's centre line is the median task 2 asks for" },
  // The groups find the median from the data; the chart's target line is task 4's answer.
  "02-smart-target": { trainerOnly: "the target line on the chart is the answer to task 4" },
  // Drawing the run chart is task 4 itself, and the median on it is task 3's answer.
  "03-run-chart": { trainerOnly: "drawing the run chart is task 4, and its centre line is task 3's answer" },
  // Task 4 (which months are outside) needs the chart; it shows the limits tasks 2 and 3 compute.
  "05-p-chart": { sheetAfterTask: 3, why: "task 4 reads the chart, whose lines are what tasks 2 and 3 compute" },
  "06-u-chart": { sheetAfterTask: 3, why: "task 4 reads the chart, whose lines are what tasks 2 and 3 compute" },
  // Task 4 reads the new centre line; the chart's split is task 3's answer.
  "08-rebaseline/new-baseline": { sheetAfterTask: 3, why: "task 4 reads the new part, and where the chart is split is task 3's answer" },
  // Exercise 14's charts are what the groups' plan makes; the plan is the task.
  "14-plan/outcome": { trainerOnly: "it is what the plan of task 3 makes" },
  "14-plan/process": { trainerOnly: "it is what the plan of task 3 makes" },
  "14-plan/balancing": { trainerOnly: "it is what the plan of task 3 makes" },
  // Exercise 15's charts are what the groups make in the playground; making them is the task.
  "15-playground/all": { trainerOnly: "making it in the playground is task 1" },
  "15-playground/split": { trainerOnly: "making it in the playground is task 3" },
  "15-playground/frozen": { trainerOnly: "making it in the playground is task 4" },
  // The IHI version of the oral-care chart illustrates the answer to task 4.
  "10-tempting/oral-care-ihi": { trainerOnly: "it shows the answer to task 4" },
};

const LABELS: Record<Lang, Record<string, string>> = {
  nb: {
    handout: "Oppgaver – deltakerens hefte",
    trainer: "Oppgaver med fasit – kursholderens hefte",
    sheet: "Deles ut etter oppgave",
    sheetFor: "Diagram til",
    trainerNote: "Kursholder: i deltakerheftet står dette diagrammet på et eget ark som deles ut etter oppgave",
    exercise: "Oppgave",
    slidesOf: "lysbilde",
    notes: "Manus",
    questions: "Vanlige spørsmål",
    slide: "Lysbilde",
    keys: "Piltastene blar, N viser manus, P skriver ut.",
  },
  en: {
    handout: "Exercises – participant's handout",
    trainer: "Exercises with answer keys – trainer's version",
    sheet: "Hand out after task",
    sheetFor: "Chart for",
    trainerNote: "Trainer: in the participants' handout this chart is a sheet of its own, handed out after task",
    exercise: "Exercise",
    slidesOf: "slide",
    notes: "Speaker notes",
    questions: "Common questions",
    slide: "Slide",
    keys: "Arrow keys turn, N shows the notes, P prints.",
  },
};

/** A dataset as an HTML table (every row: the groups work on paper). */
export function datasetTable(path: string): string {
  const table = readDelimited(readWorkshopFile(path));
  const head = table.header.map((h) => `<th>${escapeHtml(String(h))}</th>`).join("");
  const rows = table.rows.map((r) => `<tr>${table.header.map((_, i) => `<td>${escapeHtml(String(r.cells[i] ?? ""))}</td>`).join("")}</tr>`);
  const long = table.rows.length > 16 ? " long" : "";
  return `<div class="data${long}"><table><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

/** Splits a page into its preamble and its `## ` sections, keeping each heading. */
function splitSections(text: string): { preamble: string; sections: { heading: string; body: string }[] } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const sections: { heading: string; body: string }[] = [];
  const preamble: string[] = [];
  for (const line of lines) {
    const h = /^## (.+)$/.exec(line);
    if (h !== null) sections.push({ heading: (h[1] ?? "").trim(), body: "" });
    else if (sections.length > 0) (sections.at(-1) as { body: string }).body += `${line}\n`;
    else preamble.push(line);
  }
  return { preamble: preamble.join("\n"), sections };
}

/**
 * Markdown to HTML with the workshop's markers: a chart marker becomes the chart's SVG, a data
 * marker the dataset's table, and (unless `keepFacts`) fact, sum and worked markers are dropped.
 * Links relative to the page are rewritten to work from `print/LANG/`.
 */
export function renderMarkdown(text: string, lang: Lang, pageDir: string, opts: { keepFacts?: boolean; charts: Map<string, ChartDef> }): string {
  const figures: string[] = [];
  const lines = text.split("\n").map((line) => {
    const chart = /^<!--\s*chart:\s*(\S+)\s*-->\s*$/.exec(line);
    if (chart !== null) {
      const def = opts.charts.get(chart[1] ?? "");
      if (def === undefined) throw new Error(`${pageDir}: unknown chart "${chart[1]}"`);
      figures.push(`<figure class="chart">${chartSvg(def, lang)}</figure>`);
      return `\nFIGURE${figures.length - 1}\n`;
    }
    const data = /^<!--\s*data:\s*(\S+)\s*-->\s*$/.exec(line);
    if (data !== null) {
      figures.push(datasetTable(join(pageDir, data[1] ?? "")));
      return `\nFIGURE${figures.length - 1}\n`;
    }
    return opts.keepFacts === true ? line : line.replace(/<!--\s*(fact|sum|worked)\b[^>]*-->/g, "");
  });
  // Links are relative to the page (nb/ or en/); the printed file is one folder deeper (print/nb/).
  const relinked = lines.join("\n").replace(/\]\((?![a-z]+:|#|\/)([^)\s]+)\)/gi, (_, target: string) => `](../${target})`);
  return md.render(relinked).replace(/<p>FIGURE(\d+)<\/p>/g, (_, i: string) => figures[Number(i)] ?? "");
}

const PRINT_CSS = `
@page{size:A4 portrait;margin:15mm 14mm 15mm 14mm}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt;line-height:1.4;color:#1a1a1a;margin:0 auto;max-width:182mm}
h1{font-size:17pt;margin:0 0 6pt}
h2{font-size:12.5pt;margin:12pt 0 4pt;break-after:avoid}
p,li{orphans:3;widows:3}
section.exercise{break-before:page}
section.exercise:first-of-type{break-before:auto}
section.sheet{break-before:page}
.sheet-label{font-size:9pt;text-transform:uppercase;letter-spacing:.05em;color:#555;border:1px dashed #777;padding:2pt 6pt;display:inline-block}
figure.chart{margin:6pt 0;break-inside:avoid}
figure.chart svg{max-width:100%;height:auto}
.data table{border-collapse:collapse;font-size:9pt}
.data th,.data td{border:1px solid #999;padding:1pt 5pt;text-align:left}
.data.long{columns:2;column-gap:8mm}
.data.long table{font-size:8pt}
.answers{border-left:3pt solid #2a6f97;padding-left:8pt}
pre{background:#f4f4f4;padding:4pt 6pt;font-size:8.5pt;white-space:pre-wrap;overflow-wrap:anywhere;break-inside:avoid}
code{font-family:"DejaVu Sans Mono",monospace;font-size:.92em}
.trainer-note{font-size:9pt;color:#2a6f97;font-style:italic}
a{color:inherit}
@media screen{body{padding:12mm}}
`;

function htmlPage(lang: Lang, title: string, css: string, body: string): string {
  return `<!doctype html>\n<html lang="${lang === "nb" ? "nb" : "en"}">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n<style>${css}</style>\n</head>\n<body>\n${body}\n</body>\n</html>\n`;
}

/**
 * One exercise as HTML: the participants' version drops the answer key and places the charts its
 * tasks need on sheets of their own; the trainer's keeps the key (with its fact markers) and says
 * which charts the participants get on a sheet.
 */
export function exerciseHtml(exercise: Exercise, lang: Lang, version: "handout" | "trainer", charts: Map<string, ChartDef>): string {
  const text = readWorkshopFile(exercise.files[lang]);
  const pageDir = lang;
  const answersHeading = SECTIONS[lang].answers;
  const { preamble, sections } = splitSections(text);
  const l = LABELS[lang];
  const keepFacts = version === "trainer";
  let html = renderMarkdown(preamble, lang, pageDir, { keepFacts, charts });
  const sheets: string[] = [];
  for (const s of sections) {
    if (s.heading !== answersHeading) {
      html += renderMarkdown(`## ${s.heading}\n${s.body}`, lang, pageDir, { keepFacts, charts });
      continue;
    }
    const key = s.body.split("\n");
    const idsInKey = key.map((line) => /^<!--\s*chart:\s*(\S+)\s*-->\s*$/.exec(line)?.[1]).filter((id): id is string => id !== undefined);
    if (version === "trainer") {
      const notes = idsInKey
        .map((id) => HANDOUT_PLACEMENT[id])
        .filter((p): p is { sheetAfterTask: number; why: string } => p !== undefined && "sheetAfterTask" in p)
        .map((p) => `<p class="trainer-note">${escapeHtml(l.trainerNote ?? "")} ${p.sheetAfterTask}.</p>`);
      html += `<div class="answers">${renderMarkdown(`## ${s.heading}\n${s.body}`, lang, pageDir, { keepFacts, charts })}${notes.join("")}</div>`;
      continue;
    }
    for (const id of idsInKey) {
      const place = HANDOUT_PLACEMENT[id];
      if (place === undefined || !("sheetAfterTask" in place)) continue;
      const def = charts.get(id);
      if (def === undefined) continue;
      sheets.push(
        `<section class="sheet"><p class="sheet-label">${escapeHtml(l.sheet ?? "")} ${place.sheetAfterTask}</p>` +
          `<h2>${escapeHtml(l.sheetFor ?? "")} ${escapeHtml((l.exercise ?? "").toLowerCase())} ${exercise.number}: ${escapeHtml(exercise.title[lang])}</h2>` +
          `<figure class="chart">${chartSvg(def, lang)}</figure></section>`,
      );
    }
  }
  return `<section class="exercise" id="${escapeHtml(exercise.id)}">${html}</section>${sheets.join("")}`;
}

/** The whole handout (or the trainer's version) of a language, every exercise from a new page. */
export function handoutHtml(lang: Lang, version: "handout" | "trainer", workshop: Workshop = loadWorkshop()): string {
  const charts = new Map(workshop.exercises.flatMap((e) => e.charts.map((c) => [c.id, c] as const)));
  const body = workshop.exercises.map((e) => exerciseHtml(e, lang, version, charts)).join("\n");
  return htmlPage(lang, LABELS[lang][version] ?? "", PRINT_CSS, body);
}

// ---------------------------------------------------------------------------------------------
// The cheat sheet

/** Anhøj's limits and the IHI number-of-runs bounds for each n, as the library computes them. */
export function limitsTable(from = 10, to = 40): { n: number; longestRunMax: number; crossingsMin: number; ihiFewestRuns: number; ihiMostRuns: number }[] {
  const rows = [];
  for (let n = from; n <= to; n++) {
    const a = anhoejLimits(n);
    const ihi = runsBounds(n);
    if (ihi === null) throw new Error(`no IHI runs bounds for n = ${n}`);
    rows.push({ n, longestRunMax: a.longestRunMax, crossingsMin: a.crossingsMin, ihiFewestRuns: ihi.fewest, ihiMostRuns: ihi.most });
  }
  return rows;
}

const CHEAT: Record<Lang, {
  title: string; sub: string; anhoej: string; anhoejRules: string[]; ihi: string; ihiRules: string[];
  control: string; controlRules: string[]; table: string[]; tableNote: string;
  read: string; readSteps: string[];
  tree: { title: string; rows: [string, string][]; last: string; yes: string; no: string; note: string };
}> = {
  nb: {
    title: "Jukselapp: lese seriediagram og kontrolldiagram",
    sub: "SPC-verksted for måleansvarlige. n = antall nyttige punkter (punkter som ikke ligger på midtlinjen).",
    anhoej: "Anhøjs regler (seriediagram og kontrolldiagram)",
    anhoejRules: [
      "<b>Lang serie:</b> den lengste serien av punkter på samme side av midtlinjen er <i>lengre</i> enn grensen i tabellen.",
      "<b>For få kryssinger:</b> linjen mellom punktene krysser midtlinjen <i>færre</i> ganger enn grensen.",
      "Punkter på midtlinjen teller ikke: de verken bryter eller forlenger en serie.",
      "Ingen trendregel og ingen regel for enkeltpunkter i et seriediagram.",
    ],
    ihi: "IHIs regler for seriediagram (Provost &amp; Murray)",
    ihiRules: [
      "<b>Skift:</b> 6 eller flere punkter på rad på samme side av medianen (punkter på medianen hoppes over).",
      "<b>Trend:</b> 5 eller flere punkter som stiger eller synker på rad (like verdier teller som ett).",
      "<b>For få eller for mange serier:</b> antall serier utenfor grensene i tabellen (serier = kryssinger + 1).",
      "<b>Astronomisk punkt:</b> et punkt alle som ser diagrammet er enige om er uvanlig (skjønn).",
    ],
    control: "Kontrolldiagram i tillegg",
    controlRules: [
      "Et punkt utenfor kontrollgrensene (tre standardavvik) er et signal.",
      "Grensene er foreløpige under 20 punkter. Frys grunnlinjen før endringene; ny grunnlinje bare etter en varig, forstått endring.",
    ],
    table: ["n", "Anhøj: lengste serie kan være", "Anhøj: signal ved færre kryssinger enn", "IHI: serier, færre enn", "IHI: serier, flere enn"],
    tableNote: "Regnet ut av spc-charts for n = 10–40: Anhøjs grenser (anhoejLimits) og IHIs grenser for antall serier (tosidig 5 %-test, som tabellen til Perla, Provost og Murray 2011).",
    read: "Slik leser du et diagram",
    readSteps: [
      "Finn midtlinjen og tell de nyttige punktene (n).",
      "Finn den lengste serien og tell kryssingene; sammenlign med tabellen.",
      "Kontrolldiagram: ligger noen punkter utenfor grensene?",
      "Signal? Spør «hva skjedde da?», ikke «hvem?». Skriv endringene inn i diagrammet.",
      "Ingen signal? Variasjonen er tilfeldig: ikke let etter årsaken til ett punkt. Vil dere ha et annet nivå, må prosessen endres.",
    ],
    tree: {
      title: "Hvilket diagram?",
      rows: [
        ["Sjeldne hendelser, sjeldnere enn om lag én per periode?", "T-diagram (dager mellom) eller G-diagram (tilfeller mellom)"],
        ["En måling: minutter, dager, kilo?", "I-diagram (én måling per periode), Xbar og S (flere)"],
        ["Et antall uten nevner, med like mange muligheter hver periode?", "C-diagram (for eksempel avvik per måned)"],
        ["Teller og nevner: kan telleren bli større enn nevneren?", "U-diagram: en rate (fall per 1000 liggedøgn)"],
      ],
      last: "P-diagram: en andel (prosent risikovurdert)",
      yes: "ja",
      no: "nei",
      note: "Usikker? Start med et seriediagram.",
    },
  },
  en: {
    title: "Cheat sheet: reading run charts and control charts",
    sub: "SPC workshop for measurement leads. n = the number of useful points (points not on the centre line).",
    anhoej: "Anhøj's rules (run charts and control charts)",
    anhoejRules: [
      "<b>Long run:</b> the longest run of points on one side of the centre line is <i>longer</i> than the limit in the table.",
      "<b>Too few crossings:</b> the line between the points crosses the centre line <i>fewer</i> times than the limit.",
      "Points on the centre line do not count: they neither break nor extend a run.",
      "No trend rule, and no rule for single points on a run chart.",
    ],
    ihi: "IHI run-chart rules (Provost &amp; Murray)",
    ihiRules: [
      "<b>Shift:</b> 6 or more points in a row on one side of the median (points on the median skipped).",
      "<b>Trend:</b> 5 or more points going up or down in a row (like values count as one).",
      "<b>Too few or too many runs:</b> the number of runs outside the bounds in the table (runs = crossings + 1).",
      "<b>Astronomical point:</b> a point everyone studying the chart agrees is unusual (judgement).",
    ],
    control: "Control charts also",
    controlRules: [
      "A point outside the control limits (three standard deviations) is a signal.",
      "Limits are provisional below 20 points. Freeze the baseline before the changes; rebaseline only after a lasting, understood change.",
    ],
    table: ["n", "Anhøj: longest run may be", "Anhøj: signal with fewer crossings than", "IHI: runs, fewer than", "IHI: runs, more than"],
    tableNote: "Computed by spc-charts for n = 10–40: Anhøj's limits (anhoejLimits) and the IHI bounds on the number of runs (a two-sided 5 % test, as the table of Perla, Provost and Murray 2011).",
    read: "How to read a chart",
    readSteps: [
      "Find the centre line and count the useful points (n).",
      "Find the longest run and count the crossings; compare with the table.",
      "Control chart: are any points outside the limits?",
      "A signal? Ask \"what happened then?\", not \"who?\". Write the changes on the chart.",
      "No signal? The variation is random: do not hunt for the cause of one point. For another level, change the process.",
    ],
    tree: {
      title: "Which chart?",
      rows: [
        ["Rare events, less than about one a period?", "T chart (days between) or G chart (cases between)"],
        ["A measurement: minutes, days, kilos?", "I chart (one measurement a period), Xbar and S (several)"],
        ["A count with no denominator, the same opportunity each period?", "C chart (e.g. incidents a month)"],
        ["Count and denominator: can the count exceed the denominator?", "U chart: a rate (falls per 1,000 bed-days)"],
      ],
      last: "P chart: a share (per cent assessed)",
      yes: "yes",
      no: "no",
      note: "Not sure? Start with a run chart.",
    },
  },
};

/** Wraps text into lines of at most `max` characters (for SVG, which has no wrapping). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && (line + " " + word).length > max) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** The which-chart decision tree as SVG: a question a row, "yes" to the chart on the right, "no" down. */
export function decisionTreeSvg(lang: Lang): string {
  const c = CHEAT[lang];
  const W = 340;
  const qx = 2;
  const qw = 160;
  const ax = 188;
  const aw = 150;
  const marks: string[] = [];
  const box = (x: number, y: number, w: number, text: string, kind: "q" | "a"): number => {
    const lines = wrap(text, Math.floor(w / 5.4));
    const h = 7 + lines.length * 11;
    const [fill, stroke] = kind === "q" ? ["#eef4f8", "#2a6f97"] : ["#fff4e0", "#b36b00"];
    marks.push(
      `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${fill}" stroke="${stroke}"/>` +
        lines.map((t, i) => `<text x="${x + 5}" y="${y + 13 + i * 11}">${escapeHtml(t)}</text>`).join(""),
    );
    return h;
  };
  const arrow = (x1: number, y1: number, x2: number, y2: number, label: string): void => {
    marks.push(`<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#555" marker-end="url(#ah)"/>`);
    const horizontal = y1 === y2;
    marks.push(`<text x="${horizontal ? (x1 + x2) / 2 - 6 : x1 + 4}" y="${horizontal ? y1 - 3 : (y1 + y2) / 2 + 3}" class="l">${escapeHtml(label)}</text>`);
  };
  let y = 2;
  c.tree.rows.forEach(([q, a], i) => {
    const hq = box(qx, y, qw, q, "q");
    const ha = box(ax, y, aw, a, "a");
    const mid = y + Math.min(hq, ha) / 2;
    arrow(qx + qw, mid, ax, mid, c.tree.yes);
    const next = y + Math.max(hq, ha) + 14;
    arrow(qx + 24, y + hq, qx + 24, next, c.tree.no);
    y = next;
    if (i === c.tree.rows.length - 1) y += box(qx, y, qw, c.tree.last, "a") + 4;
  });
  marks.push(`<text x="${qx}" y="${y + 10}" class="n">${escapeHtml(c.tree.note)}</text>`);
  const H = y + 16;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(c.tree.title)}">` +
    `<title>${escapeHtml(c.tree.title)}</title>` +
    `<defs><marker id="ah" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#555"/></marker></defs>` +
    `<style>text{font:9px "DejaVu Sans",Arial,sans-serif;fill:#1a1a1a}.l{font-size:8px;fill:#555}.n{font-style:italic}</style>` +
    marks.join("") +
    `</svg>`
  );
}

const CHEAT_CSS = `
@page{size:A4 portrait;margin:10mm}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:8.6pt;line-height:1.3;color:#1a1a1a;margin:0}
h1{font-size:14pt;margin:0 0 2pt}
.sub{margin:0 0 6pt;color:#444}
h2{font-size:10pt;margin:6pt 0 3pt;color:#2a6f97}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:6mm}
ul,ol{margin:0;padding-left:12pt}
li{margin:0 0 2pt}
table{border-collapse:collapse;width:100%;font-size:8pt}
th,td{border:1px solid #aaa;padding:1pt 3pt;text-align:center}
th{background:#eef4f8;font-weight:600;font-size:7pt;line-height:1.15}
.note{font-size:7pt;color:#555;margin:2pt 0 0}
svg{width:100%;height:auto}
.tables{display:grid;grid-template-columns:1fr 1fr;gap:3mm}
@media screen{body{width:190mm;margin:10mm auto}}
`;

/** The one-page cheat sheet of a language as printable HTML. */
export function cheatSheetHtml(lang: Lang): string {
  const c = CHEAT[lang];
  const rows = limitsTable(10, 40);
  const head = `<tr>${c.table.map((h) => `<th>${h}</th>`).join("")}</tr>`;
  const tableOf = (part: typeof rows) =>
    `<table><thead>${head}</thead><tbody>${part
      .map((r) => `<tr><td><b>${r.n}</b></td><td>${r.longestRunMax}</td><td>${r.crossingsMin}</td><td>${r.ihiFewestRuns}</td><td>${r.ihiMostRuns}</td></tr>`)
      .join("")}</tbody></table>`;
  const half = Math.ceil(rows.length / 2);
  const body =
    `<h1>${escapeHtml(c.title)}</h1><p class="sub">${escapeHtml(c.sub)}</p>` +
    `<div class="cols"><div><h2>${c.anhoej}</h2><ul>${c.anhoejRules.map((r) => `<li>${r}</li>`).join("")}</ul>` +
    `<h2>${escapeHtml(c.control)}</h2><ul>${c.controlRules.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ul></div>` +
    `<div><h2>${c.ihi}</h2><ul>${c.ihiRules.map((r) => `<li>${r}</li>`).join("")}</ul></div></div>` +
    `<div class="tables" id="limits">${tableOf(rows.slice(0, half))}${tableOf(rows.slice(half))}</div><p class="note">${escapeHtml(c.tableNote)}</p>` +
    `<div class="cols"><div><h2>${escapeHtml(c.read)}</h2><ol>${c.readSteps.map((r) => `<li>${escapeHtml(r)}</li>`).join("")}</ol></div>` +
    `<div><h2>${escapeHtml(c.tree.title)}</h2><div id="tree">${decisionTreeSvg(lang)}</div></div></div>`;
  return htmlPage(lang, c.title, CHEAT_CSS, body);
}

// ---------------------------------------------------------------------------------------------
// Talks: speaker notes and slides from one Markdown file

/** The talks of a language: their Markdown files, relative to the workshop folder. */
export function talkFiles(lang: Lang, dir: string = WORKSHOP_DIR): string[] {
  const folder = lang === "nb" ? "nb/innlegg" : "en/talks";
  return readdirSync(join(dir, folder)).filter((f) => f.endsWith(".md")).sort().map((f) => `${folder}/${f}`);
}

/** A talk read into slides: each `## Slide`/`## Lysbilde` section's content, notes and questions. */
export interface Talk {
  title: string;
  slides: { title: string; content: string; notes: string; questions: string }[];
}

export function parseTalk(text: string, lang: Lang): Talk {
  const l = LABELS[lang];
  const { preamble, sections } = splitSections(text);
  const title = /^# (.+)$/m.exec(preamble)?.[1]?.trim() ?? "";
  const slides = sections
    .filter((s) => s.heading.startsWith(`${l.slide} `))
    .map((s) => {
      const parts = s.body.split(/^### (.+)$/m);
      let content = parts[0] ?? "";
      let notes = "";
      let questions = "";
      for (let i = 1; i < parts.length; i += 2) {
        const h = (parts[i] ?? "").trim();
        if (h === l.notes) notes = parts[i + 1] ?? "";
        else if (h === l.questions) questions = parts[i + 1] ?? "";
        else content += parts[i + 1] ?? "";
      }
      return { title: s.heading.replace(/^[^:]+:\s*/, ""), content, notes, questions };
    });
  return { title, slides };
}

const SLIDE_CSS = `
@page{size:254mm 143mm;margin:0}
*{box-sizing:border-box}
html,body{margin:0;background:#222;font-family:"DejaVu Sans",Arial,sans-serif;color:#1a1a1a}
.slide{width:960px;height:540px;margin:20px auto;background:#fff;padding:36px 48px;position:relative;overflow:hidden;display:grid;grid-template-rows:auto 1fr;page-break-after:always;break-after:page}
.slide h1{font-size:32px;margin:0 0 14px;color:#2a6f97}
.slide .body{display:flex;gap:24px;align-items:flex-start;font-size:22px;line-height:1.35}
.slide .body ul,.slide .body ol{margin:0;padding-left:26px}
.slide .body li{margin-bottom:8px}
.slide .text{flex:1 1 36%}
.slide figure{flex:0 0 60%;margin:0}
.slide figure svg{width:100%;height:auto;max-height:400px}
.slide.title{align-content:center;text-align:center}
.slide.title h1{font-size:40px}
.slide .num{position:absolute;right:24px;bottom:14px;font-size:14px;color:#888}
.notes{display:none;width:960px;margin:0 auto 20px;background:#fffbe6;padding:12px 20px;font-size:15px}
body.show-notes .notes{display:block}
.help{color:#bbb;text-align:center;font-size:13px}
@media print{html,body{background:#fff}.slide{margin:0}.help{display:none}body.show-notes .notes{display:none}}
`;

const SLIDE_SCRIPT = `
const slides=[...document.querySelectorAll('.slide')];let i=0;
function go(n){i=Math.max(0,Math.min(slides.length-1,n));slides[i].scrollIntoView({block:'center'});}
document.addEventListener('keydown',e=>{if(['ArrowRight','PageDown',' '].includes(e.key)){go(i+1);e.preventDefault();}
else if(['ArrowLeft','PageUp'].includes(e.key)){go(i-1);e.preventDefault();}
else if(e.key==='n'||e.key==='N'){document.body.classList.toggle('show-notes');}
else if(e.key==='p'||e.key==='P'){window.print();}});
`;

/** A talk as one self-contained HTML deck: a title slide, then each slide with its chart, notes below. */
export function slidesHtml(file: string, lang: Lang, workshop: Workshop = loadWorkshop()): string {
  const charts = new Map(workshop.exercises.flatMap((e) => e.charts.map((c) => [c.id, c] as const)));
  const talk = parseTalk(readWorkshopFile(file), lang);
  const l = LABELS[lang];
  const total = talk.slides.length + 1;
  const parts = [`<section class="slide title"><h1>${escapeHtml(talk.title)}</h1><span class="num">1 / ${total}</span></section>`];
  talk.slides.forEach((s, k) => {
    const ids = [...s.content.matchAll(/^<!--\s*chart:\s*(\S+)\s*-->\s*$/gm)].map((m) => m[1] ?? "");
    const text = s.content.replace(/^<!--\s*chart:\s*\S+\s*-->\s*$/gm, "");
    const figures = ids
      .map((id) => {
        const def = charts.get(id);
        if (def === undefined) throw new Error(`${file}: unknown chart "${id}"`);
        return `<figure>${chartSvg(def, lang)}</figure>`;
      })
      .join("");
    parts.push(
      `<section class="slide"><h1>${escapeHtml(s.title)}</h1><div class="body"><div class="text">${md.render(text)}</div>${figures}</div><span class="num">${k + 2} / ${total}</span></section>` +
        `<aside class="notes"><h2>${escapeHtml(l.notes ?? "")}</h2>${md.render(s.notes)}<h3>${escapeHtml(l.questions ?? "")}</h3>${md.render(s.questions)}</aside>`,
    );
  });
  return htmlPage(lang, talk.title, SLIDE_CSS, `<p class="help">${escapeHtml(l.keys ?? "")}</p>${parts.join("\n")}<script>${SLIDE_SCRIPT}</script>`);
}

/** Every printable file, by its path under `print/`. */
export function allMaterials(workshop: Workshop = loadWorkshop()): Record<string, string> {
  const out: Record<string, string> = {};
  for (const lang of LANGS) {
    out[`${lang}/handout.html`] = handoutHtml(lang, "handout", workshop);
    out[`${lang}/trainer.html`] = handoutHtml(lang, "trainer", workshop);
    out[`${lang}/cheat-sheet.html`] = cheatSheetHtml(lang);
    for (const file of talkFiles(lang)) {
      const name = file.split("/").at(-1)?.replace(/\.md$/, "") ?? file;
      out[`${lang}/slides/${name}.html`] = slidesHtml(file, lang, workshop);
    }
  }
  return out;
}
