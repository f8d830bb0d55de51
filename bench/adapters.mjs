// Benchmarks for issues 5 and 10: a 100,000-row event log aggregated (goal < 1 s), the same log read
// from CSV and from an .xlsx workbook (goal: within 2× of 221 ms), and the HTML report of
// a plan with 30 measures (goal < 2 s). Run after a build: `npm run build && node bench/adapters.mjs`.
// Self-contained: the data is generated here; the code comes from dist/ (or SPC_DIST=folder).
//
// Needs dist/adapters.js, dist/index.js and — for the report — dist/plan.js (the entry of
// src/plan/index.ts). Without dist/plan.js the report benchmark says so and is skipped.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { random, median, time } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const dist = resolve(here, "..", process.env.SPC_DIST ?? "dist");
const load = async (name) => (existsSync(join(dist, name)) ? import(pathToFileURL(join(dist, name)).href) : null);

const pad = (n) => String(n).padStart(2, "0");
const WARDS = ["Langtidsavdeling", "Korttidsavdeling", "Skjermet enhet", "Rehabilitering"];
const SEVERITY = ["Ingen skade", "Lett skade", "Moderat skade", "Alvorlig skade"];

/** An incident log as a Norwegian Excel export: `;`, dd.mm.yyyy dates with a time, a quoted description. */
function eventLog(rows) {
  const rand = random(7);
  const lines = ["Hendelsesdato;Tidspunkt;Avdeling;Alvorlighetsgrad;Beskrivelse"];
  const start = Date.UTC(2015, 0, 1);
  for (let i = 0; i < rows; i++) {
    const d = new Date(start + Math.floor(rand() * 3650) * 86_400_000);
    const date = `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
    lines.push(`${date};${pad(Math.floor(rand() * 24))}:${pad(Math.floor(rand() * 60))};${WARDS[i % 4]};${SEVERITY[Math.floor(rand() * 4)]};"Fall; beskrivelse ${i}"`);
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** A monthly table of falls and bed-days. */
function monthly(months, seed) {
  const rand = random(seed);
  const lines = ["Måned;Fall;Liggedøgn;Kommentar"];
  for (let i = 0; i < months; i++) {
    const n = 2600 + Math.floor(rand() * 200);
    lines.push(`01.${pad((i % 12) + 1)}.${2021 + Math.floor(i / 12)};${Math.floor(rand() * 6)};${n.toLocaleString("en").replace(",", " ")};${i % 7 === 0 ? "PDSA" : ""}`);
  }
  return `${lines.join("\n")}\n`;
}

function bigPlan(dir, count) {
  const measures = [];
  for (let i = 0; i < count; i++) {
    const file = `data-${i % 10}.csv`;
    const kind = i % 3;
    const data =
      kind === 0
        ? `chart: u\n    multiply: 1000\n    data: { file: ${file}, x: Måned, y: Fall, n: Liggedøgn, note: Kommentar }`
        : kind === 1
          ? `chart: c\n    events: { file: logg.csv, date: Hendelsesdato, facet: Avdeling, period: month }`
          : `chart: auto\n    data: { file: ${file}, x: Måned, y: Fall }`;
    measures.push(
      `  - name: Måling ${i + 1}\n    type: ${["outcome", "process", "balancing"][i % 3]}\n    definition: Fall per måned.\n    direction: decrease\n` +
        `    target: { value: 1, date: 2025-12-31 }\n    annotations: [{ date: 2022-05-14, text: PDSA ${i} }]\n    ${data}`,
    );
  }
  for (let k = 0; k < 10; k++) writeFileSync(join(dir, `data-${k}.csv`), monthly(48, k + 1));
  writeFileSync(join(dir, "logg.csv"), eventLog(2_000));
  const text = `title: Læringsnettverk\nmeasures:\n${measures.join("\n")}\n`;
  writeFileSync(join(dir, "plan.yaml"), text);
  return text;
}

/** A stand-in for renderSvg when dist/index.js does not have it: one mark per point. */
function stubRender(result, options = {}) {
  const marks = result.points.map((p, i) => (p.y === null ? "" : `<circle cx="${i * 10}" cy="${p.y.toFixed(2)}" r="3"/>`)).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${options.width ?? 760}" height="${options.height ?? 360}"><g id="plot">${marks}</g></svg>`;
}

/** Median time in ms of an async function (after one warm-up run). */
async function timeAsync(fn, repeats) {
  await fn();
  const times = [];
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

function decodeCsv(bytes) {
  return new TextDecoder().decode(bytes);
}

/**
 * The event log as Excel would save it: shared strings for texts, dates as serials with a date
 * format, times as fractions with a time format (written here with fflate, not committed).
 */
async function workbookOf(csv) {
  const { zipSync, strToU8 } = await import("fflate");
  const esc = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const strings = new Map();
  const sst = (t) => {
    if (!strings.has(t)) strings.set(t, strings.size);
    return strings.get(t);
  };
  const col = (i) => String.fromCharCode(65 + i);
  const rowsXml = [];
  csv.trim().split("\r\n").forEach((line, r) => {
    const cells = line.match(/("[^"]*"|[^;]*)(;|$)/g).map((c) => c.replace(/;$/, "").replace(/^"|"$/g, "")).slice(0, 5);
    const xml = cells.map((c, i) => {
      const ref = `${col(i)}${r + 1}`;
      if (r > 0 && i === 0) {
        const [d, m, y] = c.split(".").map(Number);
        return `<c r="${ref}" s="1"><v>${(Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000}</v></c>`;
      }
      if (r > 0 && i === 1) {
        const [h, min] = c.split(":").map(Number);
        return `<c r="${ref}" s="2"><v>${(h * 60 + min) / 1440}</v></c>`;
      }
      return `<c r="${ref}" t="s"><v>${sst(c)}</v></c>`;
    });
    rowsXml.push(`<row r="${r + 1}">${xml.join("")}</row>`);
  });
  const ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  return zipSync({
    "[Content_Types].xml": strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    "xl/workbook.xml": strToU8(`<?xml version="1.0"?><workbook ${ns}><sheets><sheet name="Logg" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    "xl/styles.xml": strToU8(`<?xml version="1.0"?><styleSheet ${ns}><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/></cellXfs></styleSheet>`),
    "xl/sharedStrings.xml": strToU8(`<?xml version="1.0"?><sst ${ns}>${[...strings.keys()].map((t) => `<si><t>${esc(t)}</t></si>`).join("")}</sst>`),
    "xl/worksheets/sheet1.xml": strToU8(`<?xml version="1.0"?><worksheet ${ns}><sheetData>${rowsXml.join("")}</sheetData></worksheet>`),
  });
}

const adapters = await load("adapters.js");
const root = await load("index.js");
const plan = await load("plan.js");
if (adapters === null) {
  console.error(`no ${join(dist, "adapters.js")}: run npm run build first`);
  process.exit(1);
}
console.log(`Adapters and report benchmarks (median of runs; code from ${dist}):\n`);

// 1. The event log.
const logText = eventLog(100_000);
const { readDelimited, countEvents, daysBetweenEvents } = adapters;
const read = time(() => readDelimited(logText), 5);
const table = readDelimited(logText);
const count = time(() => countEvents(table, { date: "Hendelsesdato", facet: "Avdeling" }, { period: "month" }), 5);
const both = time(() => countEvents(readDelimited(logText), { date: "Hendelsesdato", facet: "Avdeling" }, { period: "month" }), 5);
const days = time(() => daysBetweenEvents(table, { date: "Hendelsesdato", facet: "Avdeling" }, { sameDay: "merge" }), 5);
const rows = countEvents(table, { date: "Hendelsesdato", facet: "Avdeling" }, { period: "month" }).spec.data.length;
console.log(`100,000-row event log (${(logText.length / 1e6).toFixed(1)} MB):`);
console.log(`  readDelimited                     ${read.toFixed(0).padStart(6)} ms`);
console.log(`  countEvents (month × 4 wards)     ${count.toFixed(0).padStart(6)} ms  → ${rows} rows`);
console.log(`  daysBetweenEvents (4 wards)       ${days.toFixed(0).padStart(6)} ms`);
console.log(`  text → counts, together           ${both.toFixed(0).padStart(6)} ms  goal < 1000 ms ${both < 1000 ? "✓" : "✗"}`);

// 2. The same log as a workbook: reading a 100,000-row .xlsx against the CSV (goal: within 2×
// of 221 ms, the CSV's time when issue 10 was written).
if (typeof adapters.readDataFile === "function") {
  const { readDataFile } = adapters;
  const csvBytes = new TextEncoder().encode(logText);
  const xlsxBytes = await workbookOf(logText);
  // The CLI unzips with Node's zlib (src/cli/read-input.ts); the browser with fflate.
  const { inflateRawSync } = await import("node:zlib");
  const inflate = (data, size) => inflateRawSync(data, { chunkSize: Math.max(64, size), maxOutputLength: Math.max(64, size) });
  const csvAsync = await timeAsync(async () => readDelimited((await readDataFile(csvBytes, "logg.csv")).text), 5);
  const xlsx = await timeAsync(async () => readDelimited((await readDataFile(xlsxBytes, "logg.xlsx", { inflate })).text, { delimiter: ";" }), 5);
  const xlsxJs = await timeAsync(async () => readDelimited((await readDataFile(xlsxBytes, "logg.xlsx")).text, { delimiter: ";" }), 5);
  const check = readDelimited((await readDataFile(xlsxBytes, "logg.xlsx", { inflate })).text, { delimiter: ";" });
  console.log(`\n100,000 rows, CSV (${(csvBytes.length / 1e6).toFixed(1)} MB) and .xlsx (${(xlsxBytes.length / 1e6).toFixed(1)} MB) → table:`);
  console.log(`  CSV: decode + readDelimited       ${csvAsync.toFixed(0).padStart(6)} ms  goal < 442 ms ${csvAsync < 442 ? "✓" : "✗"}`);
  console.log(`  .xlsx: unzip (zlib), XML, read    ${xlsx.toFixed(0).padStart(6)} ms  goal < 442 ms ${xlsx < 442 ? "✓" : "✗"}  (${check.rows.length} rows; ${(xlsx / csvAsync).toFixed(1)}× the CSV)`);
  console.log(`  .xlsx as in the browser (fflate)  ${xlsxJs.toFixed(0).padStart(6)} ms`);
}

// 3. The report.
if (plan === null) {
  console.log(`\nreport: skipped — ${join(dist, "plan.js")} is missing (add src/plan/index.ts as the "plan" entry of tsup.config.ts)`);
} else {
  const dir = mkdtempSync(join(tmpdir(), "spc-bench-"));
  const planText = bigPlan(dir, 30);
  // renderSvg from the root entry; a dist/render.js (not a published entry) serves while the root lacks it.
  const renderEntry = typeof root?.renderSvg === "function" ? root : await load("render.js");
  const render = typeof renderEntry?.renderSvg === "function" ? renderEntry.renderSvg : stubRender;
  const { parsePlan, planDataFiles, computePlan, buildReport } = plan;
  const { readFileSync } = await import("node:fs");
  let html = "";
  const build = time(() => {
    const p = parsePlan(planText);
    const texts = Object.fromEntries(planDataFiles(p).map((f) => [f, readFileSync(join(dir, f), "utf8")]));
    html = buildReport([computePlan(p, texts)], { render, date: "2025-11-23" });
  }, 5);
  console.log(`\nreport of 30 measures (${render === stubRender ? "stub renderer: dist has no renderSvg" : "renderSvg"}):`);
  console.log(`  read plan + data, compute, build  ${build.toFixed(0).padStart(6)} ms  goal < 2000 ms ${build < 2000 ? "✓" : "✗"}  (${(html.length / 1e3).toFixed(0)} kB of HTML)`);
  const cli = join(dist, "cli.js");
  const help = existsSync(cli) ? spawnSync(process.execPath, [cli, "--help"], { encoding: "utf8" }).stdout : "";
  if (/^\s+report\b/m.test(help)) {
    const runs = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      const out = spawnSync(process.execPath, [cli, "report", join(dir, "plan.yaml"), "-o", join(dir, "r.html"), "--no-date"], { encoding: "utf8" });
      runs.push(performance.now() - t0);
      if (out.status !== 0) console.log(`  spc report exited ${out.status}: ${out.stderr.split("\n")[0]}`);
    }
    const wall = median(runs);
    console.log(`  spc report (a new process)        ${wall.toFixed(0).padStart(6)} ms  goal < 2000 ms ${wall < 2000 ? "✓" : "✗"}`);
  } else {
    console.log("  spc report: skipped — dist/cli.js has no report command yet");
  }
}
