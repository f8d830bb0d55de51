// The workshop (docs/workshop): every dataset is what make-datasets.mjs makes, every chart is
// computed from its dataset with the adapters, and every answer key — the facts in
// exercises.json and the numbers stated in the Markdown of both languages — agrees with compute().
// The scheme is described in docs/workshop/README.md.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import type { ChartResult } from "../../src/index.js";
import { anhoejLimits } from "../../src/runs/limits.js";
import {
  LANGS,
  SECTIONS,
  FIELDS,
  WORKSHOP_DIR,
  checkAnswers,
  checkMarkdownFacts,
  computeChart,
  loadWorkshop,
  parseMarkdown,
  readChartData,
  readWorkshopFile,
  statedNumber,
  taskMinutes,
  unmarkedDecimals,
  workshopFileExists,
  type ChartDef,
  type Exercise,
  type Lang,
} from "../../docs/workshop/workshop.js";

const workshop = loadWorkshop();
const exercises = workshop.exercises;
const charts: ChartDef[] = exercises.flatMap((e) => e.charts);
const chartIds = new Set(charts.map((c) => c.id));
const DATASET_DIR = join(WORKSHOP_DIR, "datasets");

/** Each chart computed once, in Norwegian (the language of the datasets' notes). */
const results = new Map<string, ChartResult>(charts.map((c) => [c.id, computeChart(c, "nb")]));

/** A workshop page's text, or "" when it is missing (the test that needs it then fails, not the file). */
function page(path: string): string {
  return workshopFileExists(path) ? readWorkshopFile(path) : "";
}

function markdown(exercise: Exercise, lang: Lang) {
  return parseMarkdown(page(exercise.files[lang]), lang);
}

describe("the workshop's exercises", () => {
  it("are at least 10, numbered 1, 2, 3, … with unique ids", () => {
    expect(exercises.length).toBeGreaterThanOrEqual(10);
    expect(exercises.map((e) => e.number)).toEqual(exercises.map((_, i) => i + 1));
    expect(new Set(exercises.map((e) => e.id)).size).toBe(exercises.length);
    for (const e of exercises) expect(e.id.startsWith(String(e.number).padStart(2, "0") + "-"), e.id).toBe(true);
  });

  it("have unique chart ids, each the exercise id or the exercise id and a name", () => {
    expect(chartIds.size).toBe(charts.length);
    for (const e of exercises) {
      expect(e.charts.length, e.id).toBeGreaterThan(0);
      for (const c of e.charts) expect(c.id === e.id || c.id.startsWith(`${e.id}/`), c.id).toBe(true);
    }
  });

  it("each take 10–20 minutes and have a title, a learning goal and a setting in both languages", () => {
    for (const e of exercises) {
      expect(e.minutes, e.id).toBeGreaterThanOrEqual(10);
      expect(e.minutes, e.id).toBeLessThanOrEqual(20);
      for (const lang of LANGS) {
        expect(e.title[lang].length, `${e.id} title ${lang}`).toBeGreaterThan(5);
        expect(e.goal[lang].length, `${e.id} goal ${lang}`).toBeGreaterThan(30);
        expect(e.when[lang].length, `${e.id} when ${lang}`).toBeGreaterThan(5);
        expect(e.files[lang].startsWith(`${lang}/`), e.files[lang]).toBe(true);
        expect(workshopFileExists(e.files[lang]), e.files[lang]).toBe(true);
      }
    }
  });

  it("follow the team's year through the topics of the issue", () => {
    const kinds = exercises.map((e) => e.charts.map((c) => c.spec.chart).join(","));
    const has = (chart: string) => kinds.some((k) => k.split(",").includes(chart));
    for (const chart of ["run", "p", "u", "t", "g"]) expect(has(chart), chart).toBe(true);
    expect(charts.some((c) => c.spec.freeze !== undefined)).toBe(true);
    expect(charts.some((c) => c.spec.breaks !== undefined)).toBe(true);
    expect(charts.some((c) => c.spec.target !== undefined)).toBe(true);
    expect(charts.some((c) => c.read.adapter === "table" && c.read.mapping.note !== undefined)).toBe(true);
  });
});

describe("the datasets", () => {
  it("are exactly what make-datasets.mjs makes", async () => {
    const url = pathToFileURL(join(WORKSHOP_DIR, "make-datasets.mjs")).href;
    const { makeDatasets } = (await import(url)) as { makeDatasets: () => Record<string, string> };
    const made = makeDatasets();
    const committed = readdirSync(DATASET_DIR).filter((f) => f.endsWith(".csv"));
    expect(committed.sort()).toEqual(Object.keys(made).sort());
    for (const [name, text] of Object.entries(made)) {
      // Compared byte for byte (BOM and CRLF included): run `node docs/workshop/make-datasets.mjs`.
      expect(readFileSync(join(DATASET_DIR, name), "utf8") === text, `${name} is stale`).toBe(true);
    }
  });

  it("look like a Norwegian Excel export: BOM, semicolons, CRLF, Norwegian headers", () => {
    for (const name of readdirSync(DATASET_DIR).filter((f) => f.endsWith(".csv"))) {
      const text = readFileSync(join(DATASET_DIR, name), "utf8");
      expect(text.charCodeAt(0), name).toBe(0xfeff);
      expect(text.includes("\r\n"), name).toBe(true);
      expect(/\r(?!\n)|(?<!\r)\n/.test(text), `${name} mixes line ends`).toBe(false);
      const header = text.slice(1).split("\r\n")[0] ?? "";
      expect(header.split(";").length, name).toBeGreaterThanOrEqual(2);
      expect(header, name).not.toMatch(/[,\t]/);
    }
  });

  it("are each used by an exercise", () => {
    const used = new Set(charts.map((c) => normalize(c.dataset)));
    for (const name of readdirSync(DATASET_DIR).filter((f) => f.endsWith(".csv"))) {
      expect(used.has(normalize(`datasets/${name}`)), name).toBe(true);
    }
  });

  it.each(charts.map((c) => [c.id, c] as const))("%s: the adapter reads every line, with nothing to warn about", (_, chart) => {
    const data = readChartData(chart);
    expect(data.rejected).toEqual([]);
    expect(data.warnings).toEqual([]);
    expect(data.spec.data.length).toBeGreaterThan(0);
  });
});

describe("the answer keys in exercises.json", () => {
  it.each(charts.map((c) => [c.id, c] as const))("%s: every fact agrees with compute()", (id, chart) => {
    const result = results.get(id);
    expect(result).toBeDefined();
    expect(checkAnswers(chart, result as ChartResult)).toEqual([]);
  });

  it.each(charts.map((c) => [c.id, c] as const))("%s: states the essentials (points, runs, centre line of every part)", (id, chart) => {
    const result = results.get(id) as ChartResult;
    const a = chart.answers;
    expect(a.points, id).toBeDefined();
    expect(a.runsSignal, id).toBeDefined();
    expect(a.warnings, id).toBeDefined();
    for (const part of result.parts) {
      const facts = (part.facet === null ? a.parts : a.facets?.[part.facet]?.parts)?.[String(part.part)];
      expect(facts?.cl, `${id} part ${part.part}`).toBeDefined();
      expect(facts?.longestRun, `${id} part ${part.part}`).toBeDefined();
      expect(facts?.longestRunMax, `${id} part ${part.part}`).toBeDefined();
    }
    if (result.points.some((p) => p.ucl !== null)) {
      // A control chart's key says which points are outside the limits (by list or by count).
      const counted = Object.values(a.parts ?? {}).every((p) => p.sigmaSignals !== undefined);
      expect(a.sigmaSignalsAt !== undefined || counted, id).toBe(true);
    }
  });

  it.each(charts.filter((c) => c.notes !== undefined).map((c) => [c.id, c] as const))(
    "%s: every note has an English version, and every English note a point",
    (id, chart) => {
      const noted = (results.get(id) as ChartResult).points.filter((p) => p.note !== null).map((p) => String(p.x));
      expect(Object.keys(chart.notes?.en ?? {}).sort()).toEqual(noted.sort());
      const english = computeChart(chart, "en");
      for (const p of english.points) if (p.note !== null) expect(chart.notes?.en[String(p.x)]).toBe(p.note);
    },
  );
});

describe.each(exercises.map((e) => [e.id, e] as const))("exercise %s", (_, exercise) => {
  describe.each(LANGS.map((l) => [l] as const))("%s", (lang) => {
    const parsed = markdown(exercise, lang);
    const sections = SECTIONS[lang];
    const answerText = parsed.sections.get(sections.answers) ?? "";

    it("has its title, learning goal, setting and time", () => {
      expect(parsed.title).toBe(`${FIELDS[lang].title} ${exercise.number}: ${exercise.title[lang]}`);
      expect(parsed.goal).toBe(exercise.goal[lang]);
      expect(parsed.when).toBe(exercise.when[lang]);
      expect(parsed.minutes).toBe(exercise.minutes);
    });

    it("has the story, the tasks, hints and the answer key, in that order", () => {
      const order = [sections.story, sections.tasks, sections.hints, sections.answers];
      const at = order.map((h) => parsed.headings.indexOf(h));
      expect(at.every((i) => i >= 0), `${exercise.files[lang]}: ${parsed.headings.join(" | ")}`).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
      for (const h of order) expect((parsed.sections.get(h) ?? "").trim().length, h).toBeGreaterThan(50);
    });

    it("has tasks whose minutes add up to the exercise's time", () => {
      const tasks = taskMinutes(parsed.sections.get(sections.tasks) ?? "");
      expect(tasks.length).toBeGreaterThanOrEqual(3);
      expect(tasks.filter((t) => t.minutes === null).map((t) => t.task)).toEqual([]);
      expect(tasks.reduce((s, t) => s + (t.minutes ?? 0), 0)).toBe(exercise.minutes);
    });

    it("can be read in the time it has: a story under 160 words, story and tasks under 300", () => {
      const words = (text: string | undefined) => (text ?? "").replace(/<!--.*?-->/g, " ").split(/\s+/).filter((w) => /\p{L}|\d/u.test(w)).length;
      const story = words(parsed.sections.get(sections.story));
      const tasks = words(parsed.sections.get(sections.tasks));
      expect(story).toBeLessThan(160);
      expect(story + tasks).toBeLessThan(300);
    });

    it("links its datasets, and every relative link resolves", () => {
      const base = dirname(exercise.files[lang]);
      const linked = parsed.links.map((l) => normalize(join(base, l.split("#")[0] ?? "")));
      for (const c of exercise.charts) expect(linked, c.dataset).toContain(normalize(c.dataset));
      for (const l of linked) expect(workshopFileExists(l), l).toBe(true);
      for (const d of parsed.data) expect(workshopFileExists(normalize(join(base, d.path))), d.path).toBe(true);
    });

    it("shows each of its charts, and names no unknown chart", () => {
      const shown = parsed.charts.map((c) => c.id);
      for (const c of exercise.charts) expect(shown, c.id).toContain(c.id);
      for (const id of shown) expect(chartIds.has(id), id).toBe(true);
    });

    it("states only numbers and dates that agree with compute()", () => {
      expect(parsed.facts.length).toBeGreaterThan(0);
      expect(checkMarkdownFacts(exercise, lang, parsed, results)).toEqual([]);
    });

    it("states the centre line of every part of every chart in its answer key", () => {
      const answerFacts = parseMarkdown(`## x\n${answerText}`, lang).facts;
      for (const c of exercise.charts) {
        for (const part of (results.get(c.id) as ChartResult).parts) {
          const path = part.facet === null ? `parts.${part.part}.cl` : `facets.${part.facet}.parts.${part.part}.cl`;
          const stated = answerFacts.some((f) => f.path === path && (f.chart ?? exercise.charts[0]?.id) === c.id);
          expect(stated, `${c.id} ${path}`).toBe(true);
        }
      }
    });

    it("marks every decimal number in the answer key as a checked fact", () => {
      expect(unmarkedDecimals(answerText, lang)).toEqual([]);
    });
  });

  it("states the same facts in Norwegian and English", () => {
    const key = (f: { chart: string | null; path: string }) => `${f.chart ?? exercise.charts[0]?.id} ${f.path}`;
    const nb = markdown(exercise, "nb").facts.map(key).sort();
    const en = markdown(exercise, "en").facts.map(key).sort();
    expect(en).toEqual(nb);
  });
});

describe("the workshop's pages", () => {
  const pages = LANGS.flatMap((lang) =>
    (existsSync(join(WORKSHOP_DIR, lang)) ? readdirSync(join(WORKSHOP_DIR, lang)) : [])
      .filter((f) => f.endsWith(".md"))
      .map((f) => [lang, `${lang}/${f}`] as const),
  );

  it("are the two READMEs and one page per exercise and language", () => {
    const expected = [...LANGS.map((l) => `${l}/README.md`), ...exercises.flatMap((e) => LANGS.map((l) => e.files[l]))].sort();
    expect(pages.map(([, p]) => p).sort()).toEqual(expected);
    expect(existsSync(join(WORKSHOP_DIR, "README.md"))).toBe(true);
  });

  it.each(pages)("%s %s: every chart marker names a known chart", (lang, page) => {
    for (const c of parseMarkdown(readWorkshopFile(page), lang).charts) expect(chartIds.has(c.id), `${page}:${c.line} ${c.id}`).toBe(true);
  });

  it("mark no chart anywhere else in docs/workshop with an unknown id", () => {
    const text = page("README.md");
    for (const c of parseMarkdown(text, "en").charts) expect(chartIds.has(c.id), c.id).toBe(true);
  });
});

describe.each(LANGS.map((l) => [l] as const))("the trainer's plan (%s/README.md)", (lang) => {
  const text = page(`${lang}/README.md`);
  const rows = text.split("\n").filter((l) => l.startsWith("|"));

  it("lists every exercise with its time", () => {
    for (const e of exercises) {
      const file = e.files[lang].slice(lang.length + 1);
      const row = rows.find((r) => r.includes(`](${file})`));
      expect(row, file).toBeDefined();
      const cells = (row ?? "").split("|").map((c) => c.trim()).filter((c) => c !== "");
      expect(cells.at(-1), file).toBe(String(e.minutes));
    }
  });

  it("gives each exercise in the one-day plan its time and five minutes to introduce and round it up", () => {
    const word = lang === "nb" ? "Oppgave" : "Exercise";
    const slots = new Map<number, number>();
    for (const row of rows) {
      const m = new RegExp(`^\\|\\s*(\\d{2})\\.(\\d{2})–(\\d{2})\\.(\\d{2})\\s*\\|\\s*${word} (\\d+)\\s*\\|`).exec(row);
      if (m === null) continue;
      const [h1, m1, h2, m2, n] = m.slice(1).map(Number) as [number, number, number, number, number];
      slots.set(n, h2 * 60 + m2 - (h1 * 60 + m1));
    }
    expect([...slots.keys()].sort((a, b) => a - b)).toEqual(exercises.map((e) => e.number));
    for (const e of exercises) expect(slots.get(e.number), e.id).toBe(e.minutes + 5);
  });

  it("adds up the exercises' minutes correctly", () => {
    const total = exercises.reduce((s, e) => s + e.minutes, 0);
    const line = text.split("\n").find((l) => /<!--\s*sum:\s*exercise-minutes\s*-->/.test(l)) ?? "";
    const before = line.slice(0, line.search(/<!--\s*sum:/)).replace(/[\s*_]+$/, "");
    expect(statedNumber(before, lang)?.value, "a number right before <!-- sum: exercise-minutes -->").toBe(total);
  });

  it("has Anhøj's limits as compute() uses them", () => {
    // Rows of whole numbers in threes: n, the longest run allowed, the fewest crossings allowed.
    const rows = text
      .split("\n")
      .filter((l) => /^\|\s*\d+\s*\|/.test(l))
      .map((row) => row.split("|").map((c) => c.trim()).filter((c) => c !== ""))
      .filter((cells) => cells.length % 3 === 0 && cells.every((c) => /^\d+$/.test(c)));
    const inTable = new Set<number>();
    for (const cells of rows) {
      for (let i = 0; i < cells.length; i += 3) {
        const [n, run, crossings] = cells.slice(i, i + 3).map(Number) as [number, number, number];
        expect({ n, longestRunMax: run, crossingsMin: crossings }).toEqual({ n, ...anhoejLimits(n) });
        inTable.add(n);
      }
    }
    // Every n of the exercises' parts is in the table.
    const needed = new Set([...results.values()].flatMap((r) => r.parts.map((p) => p.nUseful)));
    for (const n of needed) expect(inTable.has(n), `n = ${n}`).toBe(true);
  });
});
