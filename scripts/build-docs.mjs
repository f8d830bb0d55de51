// The docs build, first step: copies the guides (docs/*.md), the cookbook (docs/cookbook/*.md) and the
// workshop (docs/workshop/**) into docs/.site-src/, the source VitePress builds into docs/site/ (see
// docs/.vitepress/config.mts), with every chart and dataset marker replaced by what the library
// makes of it, and writes the gallery page from docs/gallery/*.json:
//
//   <!-- chart: NAME -->   guides: the chart in docs/charts/NAME.json ({ spec, render? });
//                          workshop pages: chart NAME of exercises.json, in the page's language
//   <!-- data: FILE.csv -->  the dataset (relative to the page) as a Markdown table
//
// Charts are written as SVG files beside the pages (charts/NAME.svg) and shown with <img>.
// An unknown chart, a missing dataset or a marker of an unknown kind stops the build (exit 1).
// Plain Node ESM on the built package: run `npm run build` first (`npm run docs` does).
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { compute, renderSvg } from "../dist/index.js";
import { casesBetweenEvents, countEvents, daysBetweenEvents, readDelimited, tableToSpec } from "../dist/adapters.js";
import { planJsonSchema } from "../dist/plan.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const DOCS = join(root, "docs");
export const SITE = join(DOCS, "site");
/** The pages as VitePress reads them (git-ignored); files other than pages are mirrored into its public/. */
export const STAGE = join(DOCS, ".site-src");
const WORKSHOP = join(DOCS, "workshop");

/** Marker kinds the pages may carry; chart, data and fields are replaced; fact and sum are the workshop test's, example the code-block test's (test/docs/code-blocks.test.ts). */
const KNOWN = new Set(["chart", "data", "fact", "sum", "fields", "example"]);
const LINE_MARKER = /^<!--\s*([A-Za-z][\w-]*)\s*:\s*(\S+)\s*-->\s*$/;
/** How many rows of a dataset a page shows (the first ones; a note says how many more there are). */
const MAX_ROWS = 40;

export class DocsError extends Error {}

/**
 * The chart spec of a workshop chart in a language: the same as `chartSpec()` in
 * docs/workshop/workshop.ts (a test holds the two together), written against the built package.
 */
export function workshopChartSpec(chart, lang, dir = WORKSHOP) {
  const table = readDelimited(readFileSync(join(dir, chart.dataset), "utf8"));
  const read = chart.read;
  let adapted;
  switch (read.adapter) {
    case "table": {
      const options = { ...read.options };
      if (chart.spec.chart !== undefined) options.chart = chart.spec.chart;
      adapted = tableToSpec(table, read.mapping, options).spec;
      break;
    }
    case "countEvents":
      adapted = countEvents(table, read.mapping, read.options).spec;
      break;
    case "daysBetween":
      adapted = daysBetweenEvents(table, read.mapping, read.options).spec;
      break;
    case "casesBetween":
      adapted = casesBetweenEvents(table, read.mapping, read.options).spec;
      break;
    default:
      throw new DocsError(`${chart.id}: unknown adapter ${read.adapter}`);
  }
  const labels = chart.labels[lang];
  const english = lang === "en" ? chart.notes?.en : undefined;
  const data = adapted.data.map((row) => {
    if (english === undefined || row.note === undefined) return row;
    const note = typeof row.x === "string" ? english[row.x] : undefined;
    return note === undefined ? row : { ...row, note };
  });
  const spec = { ...adapted, ...chart.spec, data, title: labels.title };
  if (labels.yLabel !== undefined) spec.yLabel = labels.yLabel;
  if (labels.xLabel !== undefined) spec.xLabel = labels.xLabel;
  return spec;
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
const unescapeXml = (text) =>
  text.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", "#39": "'" })[e]);

/** An SVG file and the <img> that shows it (alt text from the SVG's own <desc>). */
function chartImage(svg, pageDir, name) {
  const file = join(pageDir, "charts", `${name.replaceAll("/", "--")}.svg`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${svg}\n`);
  const desc = unescapeXml(/<desc[^>]*>([^<]*)<\/desc>/.exec(svg)?.[1] ?? name);
  const width = /<svg[^>]*\swidth="(\d+)"/.exec(svg)?.[1] ?? "720";
  return `<img src="./${relative(pageDir, file).replaceAll("\\", "/")}" alt="${escapeHtml(desc)}" width="${width}">`;
}

/**
 * Every field of a JSON Schema as a Markdown table (path and description), so that a guide lists
 * the fields the schema has today: `<!-- fields: plan -->` is the measurement plan's.
 */
export function schemaFieldTable(schema) {
  const rows = new Map();
  const alternatives = (node) => [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])];
  const visit = (node, path) => {
    if (node === null || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const at = path === "" ? key : `${path}.${key}`;
      const description = child.description ?? alternatives(child).map((a) => a.description).find(Boolean) ?? "";
      if (!rows.has(at)) rows.set(at, description);
      visit(child, at);
    }
    if (node.items !== undefined) visit(node.items, `${path}[]`);
    for (const a of alternatives(node)) visit(a, path);
  };
  visit(schema, "");
  const cell = (text) => text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  return ["| field | meaning |", "|---|---|", ...[...rows].map(([path, d]) => `| \`${path}\` | ${cell(d)} |`)].join("\n");
}

/** A delimited file as a Markdown table (the first MAX_ROWS rows). */
export function markdownTable(text, lang = "en") {
  const table = readDelimited(text);
  const cell = (v) => String(v ?? "").replace(/\|/g, "\\|").replace(/\r?\n/g, " ").trim();
  const rows = table.rows.map((row) => row.cells);
  const shown = rows.slice(0, MAX_ROWS);
  const lines = [
    `| ${table.header.map(cell).join(" | ")} |`,
    `|${table.header.map(() => "---").join("|")}|`,
    ...shown.map((r) => `| ${table.header.map((_, i) => cell(r[i])).join(" | ")} |`),
  ];
  const more = rows.length - shown.length;
  if (more > 0) lines.push("", lang === "nb" ? `*… og ${more} rader til i filen.*` : `*… and ${more} more rows in the file.*`);
  return lines.join("\n");
}

/** The page's language, for workshop pages: the folder nb/ or en/ (the trainer's overview is nb). */
function pageLang(file) {
  const rel = relative(WORKSHOP, file).split(/[\\/]/);
  return rel[0] === "en" ? "en" : "nb";
}

/**
 * Replaces the markers of one page. `chartFor(name)` returns { svg } or null for an unknown chart.
 * Markers inside fenced code blocks are left alone (they are documentation of the markers).
 */
export function replaceMarkers(text, file, outDir, chartFor, lang = "en", site = outDir) {
  const problems = [];
  let fenced = false;
  const out = text.split("\n").map((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return line;
    const m = LINE_MARKER.exec(line.replace(/\r$/, ""));
    if (m === null) return relinked(line, file, outDir, site);
    const [, kind, arg] = m;
    const where = `${relative(root, file)}:${i + 1}`;
    if (!KNOWN.has(kind)) {
      problems.push(`${where}: unknown marker <!-- ${kind}: … --> (known: chart, data, fact, sum, fields, example)`);
      return line;
    }
    if (kind === "chart") {
      const chart = chartFor(arg);
      if (chart === null) {
        problems.push(`${where}: unknown chart "${arg}"`);
        return line;
      }
      return chartImage(chart.svg, outDir, arg);
    }
    if (kind === "fields") {
      if (arg !== "plan") {
        problems.push(`${where}: unknown field table "${arg}" (known: plan)`);
        return line;
      }
      return schemaFieldTable(planJsonSchema());
    }
    if (kind === "data") {
      const path = resolve(dirname(file), arg);
      if (!existsSync(path)) {
        problems.push(`${where}: no dataset ${arg}`);
        return line;
      }
      return markdownTable(readFileSync(path, "utf8"), lang);
    }
    return relinked(line, file, outDir, site);
  });
  // Inline markers of unknown kinds are mistakes too (fact and sum markers stand inline).
  for (const [i, line] of text.split("\n").entries()) {
    for (const m of line.matchAll(/<!--\s*([A-Za-z][\w-]*)\s*:/g)) {
      if (!KNOWN.has(m[1]) && !LINE_MARKER.test(line.replace(/\r$/, "")) && !/`[^`]*<!--/.test(line)) {
        problems.push(`${relative(root, file)}:${i + 1}: unknown marker <!-- ${m[1]}: … -->`);
      }
    }
  }
  return { text: out.join("\n"), problems };
}

/**
 * Relative links that leave docs/ (to examples/, the README) point to a copy of the file under the
 * site's files/ (the site is served on its own, without the repository around it). `site` is the
 * root of the pages being written.
 */
function relinked(line, file, outDir, site) {
  return line.replace(/\]\((?![a-z]+:|#|\/)([^)\s#]+)(#[^)\s]*)?\)/gi, (whole, target, hash = "") => {
    const path = resolve(dirname(file), target);
    // An HTML file (slides, a handout, the playground) is not a VitePress page: the browser must
    // load it itself rather than VitePress's router, which would show its 404 page.
    const self = path.endsWith(".html") && existsSync(path) ? '{target="_self"}' : "";
    if (!relative(DOCS, path).startsWith("..")) return `${whole}${self}`;
    const rel = relative(root, path);
    if (rel.startsWith("..") || !existsSync(path) || statSync(path).isDirectory()) return whole;
    const copy = join(site, "files", rel);
    mkdirSync(dirname(copy), { recursive: true });
    cpSync(path, copy);
    // An example page loads the built package from ../dist/: the site carries the browser entries.
    if (path.endsWith(".html")) {
      cpSync(join(root, "dist"), join(site, "files", "dist"), { recursive: true, filter: (f) => !/\.(map|d\.ts)$/.test(f) && !/cli/.test(relative(join(root, "dist"), f)) });
    }
    return `](${relative(outDir, copy).replaceAll("\\", "/")}${hash})${self}`;
  });
}

/** A guide's chart: docs/charts/NAME.json holds { spec, render? }. */
export function guideChart(name, chartsDir = join(DOCS, "charts")) {
  const file = join(chartsDir, `${name}.json`);
  if (!/^[\w-]+$/.test(name) || !existsSync(file)) return null;
  const { spec, render = {} } = JSON.parse(readFileSync(file, "utf8"));
  if (spec === undefined) throw new DocsError(`${relative(root, file)}: needs a "spec"`);
  const result = compute(spec);
  return { result, svg: renderSvg(result, render) };
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** A spec as the gallery shows it: data rows one to a line, so that the fields stay in view. */
export function compactJson(value) {
  const row = (r) => (r !== null && typeof r === "object" && !Array.isArray(r) ? `{ ${Object.entries(r).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(", ")} }` : JSON.stringify(r));
  const rows = (a) => `[\n${a.map((r) => `    ${row(r)}`).join(",\n")}\n  ]`;
  const fields = Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)}: ${k === "data" && Array.isArray(v) ? rows(v) : JSON.stringify(v)}`);
  return `{\n${fields.join(",\n")}\n}`;
}

/** The gallery page: each docs/gallery/*.json entry drawn by the library, its spec beside it. */
export function galleryPage(dir = join(DOCS, "gallery"), chartFor) {
  const entries = readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((f) => ({ name: f.slice(0, -5).replace(/^\d+-/, ""), ...JSON.parse(readFileSync(join(dir, f), "utf8")) }));
  // A guide is named by its own first heading.
  const guideTitle = (guide) => {
    const file = join(DOCS, guide.replace(/#.*$/, ""));
    return (existsSync(file) && /^# (.+)$/m.exec(readFileSync(file, "utf8"))?.[1]) || guide;
  };
  const out = [
    "---",
    "pageClass: gallery-page",
    "aside: false",
    "---",
    "",
    "# Gallery",
    "",
    "Every chart type and feature of spc-charts, each drawn by the library when this site was built, with the spec that made it",
    "(pass it to `compute()`, or save it as a file for `npx spc compute spec.json`) and a link to the guide that explains it.",
    "The data are made up.",
    "",
  ];
  let group = "";
  for (const e of entries) {
    if (e.group !== group) out.push(`## ${e.group}`, "");
    group = e.group;
    out.push(
      `### ${e.title} {#${e.name}}`,
      "",
      `${e.about} Guide: [${guideTitle(e.guide).replaceAll("`", "").split(":")[0]}](${e.guide}).`,
      "",
      '<div class="gallery-item">',
      `<div class="gallery-chart">${chartFor(e.name, e.spec, e.render ?? {})}</div>`,
      '<div class="gallery-spec">',
      "",
      "```json",
      compactJson(e.spec),
      "```",
      "",
      "</div>",
      "</div>",
      "",
    );
  }
  return { text: out.join("\n"), count: entries.length };
}

function walkMd(dir) {
  return existsSync(dir) ? walk(dir).filter((f) => f.endsWith(".md")).sort() : [];
}

/**
 * VitePress makes index.md a folder's page: README.md pages are written as index.md, and links to
 * them follow.
 */
function readmeAsIndex(text) {
  return text.replace(/(\]\((?![a-z]+:)[^)\s]*?)README\.md/gi, "$1index.md");
}
const outName = (file) => file.replace(/README\.md$/, "index.md");

/** Mirrors every file that is not a page into public/, where VitePress copies it as it is. */
function mirrorAssets(site) {
  const pub = join(site, "public");
  for (const file of walk(site)) {
    const rel = relative(site, file);
    if (file.endsWith(".md") || rel.startsWith(`public`)) continue;
    mkdirSync(dirname(join(pub, rel)), { recursive: true });
    cpSync(file, join(pub, rel));
  }
}

/** Builds docs/.site-src/; returns the pages written and the charts drawn, or throws DocsError listing every problem. */
export function buildDocs({ site = STAGE } = {}) {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const problems = [];
  let pages = 0;
  let charts = 0;

  const guideCharts = new Map();
  const guideChartFor = (name) => {
    if (!guideCharts.has(name)) guideCharts.set(name, guideChart(name));
    const chart = guideCharts.get(name);
    if (chart !== null) charts++;
    return chart;
  };
  const guideFiles = [
    ...readdirSync(DOCS).filter((f) => f.endsWith(".md")).sort().map((f) => join(DOCS, f)),
    ...walkMd(join(DOCS, "cookbook")),
  ];
  for (const file of guideFiles) {
    const outFile = join(site, relative(DOCS, file));
    mkdirSync(dirname(outFile), { recursive: true });
    const { text, problems: found } = replaceMarkers(readFileSync(file, "utf8"), file, dirname(outFile), guideChartFor, "en", site);
    problems.push(...found);
    writeFileSync(outFile, readmeAsIndex(text));
    pages++;
  }
  // Unused chart files are probably a typo in a marker.
  for (const name of existsSync(join(DOCS, "charts")) ? readdirSync(join(DOCS, "charts")) : []) {
    if (name.endsWith(".json") && !guideCharts.has(name.slice(0, -5))) problems.push(`docs/charts/${name}: no guide shows it`);
  }

  if (existsSync(join(DOCS, "gallery"))) {
    const gallery = galleryPage(join(DOCS, "gallery"), (name, spec, render) => {
      charts++;
      try {
        return chartImage(renderSvg(compute(spec), { lang: "en", ...render }), site, `gallery/${name}`);
      } catch (error) {
        problems.push(`docs/gallery/*-${name}.json: ${error?.message ?? error}`);
        return "";
      }
    });
    writeFileSync(join(site, "gallery.md"), gallery.text);
    pages++;
  }

  const workshop = JSON.parse(readFileSync(join(WORKSHOP, "exercises.json"), "utf8"));
  const workshopCharts = new Map(workshop.exercises.flatMap((e) => e.charts.map((c) => [c.id, c])));
  const siteWorkshop = join(site, "workshop");
  cpSync(WORKSHOP, siteWorkshop, { recursive: true });
  for (const file of walk(WORKSHOP).filter((f) => f.endsWith(".md")).sort()) {
    const lang = pageLang(file);
    const outFile = join(siteWorkshop, relative(WORKSHOP, file));
    const chartFor = (id) => {
      const chart = workshopCharts.get(id);
      if (chart === undefined) return null;
      charts++;
      // The exercise's unit labels the axis: weekly data on Wednesdays would otherwise read as days (month ticks).
      return { svg: renderSvg(compute(workshopChartSpec(chart, lang)), { lang, period: chart.xUnit }) };
    };
    const { text, problems: found } = replaceMarkers(readFileSync(file, "utf8"), file, dirname(outFile), chartFor, lang, site);
    problems.push(...found);
    writeFileSync(outName(outFile), readmeAsIndex(text));
    if (outName(outFile) !== outFile) rmSync(outFile);
    pages++;
  }
  // Pictures the guides show (docs/images, docs/report-pdf): copied beside the pages that link them.
  for (const folder of ["images", "report-pdf"]) if (existsSync(join(DOCS, folder))) cpSync(join(DOCS, folder), join(site, folder), { recursive: true });
  // The playground is one self-contained HTML file: served as it is.
  if (existsSync(join(DOCS, "playground", "index.html"))) cpSync(join(DOCS, "playground"), join(site, "playground"), { recursive: true });
  mirrorAssets(site);
  if (problems.length > 0) throw new DocsError(`the docs build found ${problems.length} problem(s):\n  ${problems.join("\n  ")}`);
  return { pages, charts };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = performance.now();
  try {
    const { pages, charts } = buildDocs();
    const ms = Math.round(performance.now() - started);
    console.log(`docs/.site-src: ${pages} pages, ${charts} charts drawn by the library (${ms} ms)`);
  } catch (error) {
    console.error(`build-docs: ${error instanceof DocsError ? error.message : (error?.stack ?? error)}`);
    process.exit(1);
  }
}
