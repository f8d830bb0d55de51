// The trainer's materials (docs/workshop/materials.ts): the three-hour plan adds up and names only
// exercises and talks that exist; every talk has slides with speaker notes; the participants'
// handout has no answer key and no fact markers while the trainer's version has both; every chart
// under an answer key has a decided place in the handout; the cheat sheet's limits are the library's.
import { existsSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { anhoejLimits } from "../../src/runs/limits.js";
import { runsBounds } from "../../src/rules/number-of-runs.js";
import {
  HANDOUT_PLACEMENT,
  allMaterials,
  cheatSheetHtml,
  handoutHtml,
  parseTalk,
  slidesHtml,
  talkFiles,
} from "../../docs/workshop/materials.js";
import { LANGS, SECTIONS, WORKSHOP_DIR, loadWorkshop, parseMarkdown, readWorkshopFile, statedNumber, type Lang } from "../../docs/workshop/workshop.js";

const workshop = loadWorkshop();
const exercises = workshop.exercises;
const chartIds = new Set(exercises.flatMap((e) => e.charts.map((c) => c.id)));
const WORD: Record<Lang, { exercise: string; plan: string; talk: string }> = {
  nb: { exercise: "Oppgave", plan: "## Plan C: tre timer", talk: "Innlegg" },
  en: { exercise: "Exercise", plan: "## Plan C: three hours", talk: "Talk" },
};

/** The `## ` section of a page that starts with `heading`, up to the next `## `. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`${heading}\n`);
  if (start < 0) return "";
  const rest = text.slice(start + heading.length + 1);
  const end = rest.search(/^## /m);
  return end < 0 ? rest : rest.slice(0, end);
}

describe.each(LANGS.map((l) => [l] as const))("the three-hour plan (%s)", (lang) => {
  const text = readWorkshopFile(`${lang}/README.md`);
  const plan = section(text, WORD[lang].plan);
  const rows = plan
    .split("\n")
    .map((l) => /^\|\s*(\d+)\s*\|\s*(.+?)\s*\|\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ minutes: Number(m[1]), what: m[2] ?? "" }));

  it("has rows whose minutes add up to at most 180, as the plan states", () => {
    expect(rows.length).toBeGreaterThanOrEqual(6);
    const total = rows.reduce((s, r) => s + r.minutes, 0);
    expect(total).toBeLessThanOrEqual(180);
    const line = plan.split("\n").find((l) => /<!--\s*sum:\s*three-hour-minutes\s*-->/.test(l)) ?? "";
    expect(statedNumber(line.slice(0, line.search(/<!--\s*sum:/)), lang)?.value).toBe(total);
  });

  it("names only exercises that exist, each with its minutes and five more", () => {
    const named = rows.filter((r) => new RegExp(`^${WORD[lang].exercise} \\d+$`).test(r.what));
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const r of named) {
      const n = Number(r.what.split(" ")[1]);
      const e = exercises.find((x) => x.number === n);
      expect(e, r.what).toBeDefined();
      expect(r.minutes, r.what).toBe((e?.minutes ?? 0) + 5);
    }
  });

  it("links every talk it names to speaker notes that exist", () => {
    const talks = rows.filter((r) => r.what.includes(WORD[lang].talk));
    expect(talks.length).toBeGreaterThanOrEqual(2);
    for (const r of talks) {
      const link = /\]\(([^)]+\.md)\)/.exec(r.what)?.[1];
      expect(link, r.what).toBeDefined();
      const file = normalize(join(lang, link ?? ""));
      expect(existsSync(join(WORKSHOP_DIR, file)), file).toBe(true);
      expect(talkFiles(lang)).toContain(file);
    }
  });
});

describe.each(LANGS.map((l) => [l] as const))("the talks (%s)", (lang) => {
  const files = talkFiles(lang);

  it("are each linked from the trainer's plans", () => {
    const readme = readWorkshopFile(`${lang}/README.md`);
    for (const file of files) expect(readme, file).toContain(`](${file.slice(lang.length + 1)})`);
  });

  it("are the same talks in both languages", () => {
    expect(files.length).toBe(talkFiles(lang === "nb" ? "en" : "nb").length);
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files.map((f) => [f] as const))("%s: each slide has content, speaker notes and common questions; every chart is known", (file) => {
    const talk = parseTalk(readWorkshopFile(file), lang);
    expect(talk.title.length).toBeGreaterThan(5);
    expect(talk.slides.length).toBeGreaterThanOrEqual(3);
    for (const s of talk.slides) {
      expect(s.content.trim().length, s.title).toBeGreaterThan(20);
      expect(s.notes.trim().length, s.title).toBeGreaterThan(100);
      expect(s.questions.trim().length, s.title).toBeGreaterThan(30);
    }
    for (const c of parseMarkdown(readWorkshopFile(file), lang).charts) expect(chartIds.has(c.id), c.id).toBe(true);
  });

  it.each(files.map((f) => [f] as const))("%s: its slides are one self-contained HTML file with the charts drawn", (file) => {
    const html = slidesHtml(file, lang, workshop);
    const talk = parseTalk(readWorkshopFile(file), lang);
    expect(html.match(/<section class="slide/g)?.length).toBe(talk.slides.length + 1);
    const charts = parseMarkdown(readWorkshopFile(file), lang).charts.length;
    expect(html.match(/<svg /g)?.length ?? 0).toBe(charts);
    // Self-contained: no file or network is fetched.
    expect(html).not.toMatch(/<(link|img|script)[^>]+(src|href)=/);
    expect(html).not.toContain("<!-- chart:");
  });
});

describe.each(LANGS.map((l) => [l] as const))("the handouts (%s)", (lang) => {
  const handout = handoutHtml(lang, "handout", workshop);
  const trainer = handoutHtml(lang, "trainer", workshop);
  const answers = SECTIONS[lang].answers;

  it("the participants' handout has every exercise, no answer key and no fact markers", () => {
    for (const e of exercises) expect(handout).toContain(`id="${e.id}"`);
    expect(handout).not.toContain(`>${answers}</h2>`);
    expect(handout).not.toMatch(/<!--\s*(fact|sum|worked)/);
    expect(handout).not.toContain("<!--");
    expect(handout.split(`>${SECTIONS[lang].tasks}</h2>`).length - 1).toBe(exercises.length);
  });

  it("the trainer's version has every answer key, with its fact markers", () => {
    expect(trainer.split(`>${answers}</h2>`).length - 1).toBe(exercises.length);
    expect(trainer).toMatch(/<!--\s*fact:/);
    const facts = exercises.reduce((s, e) => s + parseMarkdown(readWorkshopFile(e.files[lang]), lang).facts.length, 0);
    expect(trainer.match(/<!--\s*fact:/g)?.length).toBe(facts);
  });

  it("places every chart the tasks need: a sheet after the task it would answer, or the trainer's version only", () => {
    const underKeys = exercises.flatMap((e) => {
      const key = parseMarkdown(readWorkshopFile(e.files[lang]), lang).sections.get(answers) ?? "";
      return parseMarkdown(`## x\n${key}`, lang).charts.map((c) => c.id);
    });
    expect(Object.keys(HANDOUT_PLACEMENT).sort()).toEqual([...new Set(underKeys)].sort());
    const sheets = Object.values(HANDOUT_PLACEMENT).filter((p) => "sheetAfterTask" in p).length;
    expect(handout.match(/<section class="sheet">/g)?.length).toBe(sheets);
    // Charts in the story or the tasks are in the handout, and a sheet's chart is the only other one.
    const inTasks = exercises.reduce((s, e) => {
      const parsed = parseMarkdown(readWorkshopFile(e.files[lang]), lang);
      const key = parseMarkdown(`## x\n${parsed.sections.get(answers) ?? ""}`, lang).charts.length;
      return s + parsed.charts.length - key;
    }, 0);
    expect(handout.match(/<svg /g)?.length).toBe(inTasks + sheets);
  });

  it("prints the datasets the groups work on as tables", () => {
    const marked = exercises.reduce((s, e) => s + parseMarkdown(readWorkshopFile(e.files[lang]), lang).data.length, 0);
    expect(handout.match(/<div class="data/g)?.length).toBe(marked);
  });

  it("links the datasets from where the handout is printed (print/LANG/)", () => {
    for (const m of handout.matchAll(/href="(\.\.\/[^"]+)"/g)) {
      expect(existsSync(join(WORKSHOP_DIR, "print", lang, m[1] ?? "")), m[1]).toBe(true);
    }
  });
});

describe.each(LANGS.map((l) => [l] as const))("the cheat sheet (%s)", (lang) => {
  const html = cheatSheetHtml(lang);

  it("has Anhøj's limits and the IHI runs bounds for n = 10…40 as the library computes them", () => {
    const rows = [...html.matchAll(/<tr><td><b>(\d+)<\/b><\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><td>(\d+)<\/td><\/tr>/g)].map((m) => m.slice(1).map(Number));
    expect(rows.map((r) => r[0])).toEqual(Array.from({ length: 31 }, (_, i) => i + 10));
    for (const [n, run, crossings, fewest, most] of rows as [number, number, number, number, number][]) {
      expect({ longestRunMax: run, crossingsMin: crossings }).toEqual(anhoejLimits(n));
      expect({ fewest, most }).toEqual(runsBounds(n));
    }
  });

  it("has the decision tree as an SVG picture naming every chart it decides between", () => {
    const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg).toContain("<title>");
    const names = lang === "nb" ? ["T-diagram", "G-diagram", "I-diagram", "C-diagram", "U-diagram", "P-diagram", "seriediagram"] : ["T chart", "G chart", "I chart", "C chart", "U chart", "P chart", "run chart"];
    // The words as read: each box's lines joined (a name may wrap over two lines).
    const words = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    for (const n of names) expect(words, n).toContain(n);
    expect(svg).not.toMatch(/"(true|false)>/);
  });
});

describe("the materials build", () => {
  it("writes handouts, trainer's versions, cheat sheets and a deck per talk in both languages", () => {
    const files = Object.keys(allMaterials(workshop));
    for (const lang of LANGS) {
      for (const f of ["handout.html", "trainer.html", "cheat-sheet.html"]) expect(files).toContain(`${lang}/${f}`);
      expect(files.filter((f) => f.startsWith(`${lang}/slides/`)).length).toBe(talkFiles(lang).length);
    }
    expect(dirname(files[0] ?? "")).not.toBe("");
  });
});
