/**
 * The guides «Til samlingen» (docs/til-samlingen.md) and "For the meeting"
 * (docs/for-the-meeting.md) do what they say: every `npx spc report plan.yaml …` command in them
 * runs on their example plan (examples/plans/samling/plan.yaml) with exit 0; the plan fills every
 * field of the A3; the PDF's pages, the slides and the A3 page are as many and as large as the
 * guides write; and the pictures they show exist and stay small.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { A3_KEYS } from "../../src/plan/a3.js";
import { PAGE_SIZES } from "../../src/report/pdf/document.js";
import { readPptx } from "../report/read-pptx.js";
import { readPdf } from "../support/read-pdf.js";
import { repoRoot, runInProcess, tempDir } from "./harness.js";

const PLAN = "examples/plans/samling/plan.yaml";
const guides = { nb: "docs/til-samlingen.md", en: "docs/for-the-meeting.md" } as const;
const guideText = (lang: keyof typeof guides) => readFileSync(join(repoRoot, guides[lang]), "utf8");

/** The options of every `npx spc report plan.yaml …` in a guide (code blocks and tables), comments dropped. */
function reportCommands(text: string): string[][] {
  const found = new Set<string>();
  for (const m of text.matchAll(/npx spc report plan\.yaml ([^`#\n|]+)/g)) found.add(m[1]!.trim());
  return [...found].map((options) => options.split(/\s+/));
}

/** A number the guide writes in bold before a word: «**4 sider**» → 4. */
function stated(text: string, word: string): number {
  const m = new RegExp(`\\*\\*(\\d+) ${word}\\*\\*`).exec(text);
  if (m === null) throw new Error(`the guide does not say how many ${word}`);
  return Number(m[1]);
}

describe("the meeting guides' commands on their example plan", () => {
  it("every report command in either guide runs with exit 0 and writes its file", { timeout: 120_000 }, async () => {
    const commands = [...reportCommands(guideText("nb")), ...reportCommands(guideText("en"))];
    // HTML, PDF, PPTX, the A3 as PDF and as HTML: each guide shows all five.
    const outputs = new Set(commands.map((c) => c[c.indexOf("-o") + 1]));
    expect([...outputs].sort()).toEqual(["a3.html", "a3.pdf", "rapport.html", "rapport.pdf", "rapport.pptx"]);
    const dir = tempDir();
    for (const options of commands) {
      const args = options.map((a, i) => (options[i - 1] === "-o" ? join(dir, a) : a));
      const r = await runInProcess(["report", PLAN, ...args]);
      expect([options.join(" "), r.code, r.stderr]).toEqual([options.join(" "), 0, ""]);
      expect(statSync(args[options.indexOf("-o") + 1]!).size).toBeGreaterThan(1000);
    }
  });

  it("the example plan fills every field of the A3", async () => {
    const out = join(tempDir(), "rapport.json");
    const r = await runInProcess(["report", PLAN, "-o", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const model = JSON.parse(readFileSync(out, "utf8")) as { plans: { aim: string | null; a3: Record<string, unknown>; measures: { result: unknown }[] }[] };
    const plan = model.plans[0]!;
    expect(plan.aim).toMatch(/Halvere nye trykksår/);
    const missing = A3_KEYS.map(([en]) => en).filter((key) => key !== "aim" && (plan.a3[key] === null || plan.a3[key] === undefined || (Array.isArray(plan.a3[key]) && plan.a3[key].length === 0)));
    expect(missing).toEqual([]);
    // The three measures computed: outcome, process, balancing.
    expect(plan.measures.map((m) => m.result !== null)).toEqual([true, true, true]);
  });

  it("the PDF, the slides and the A3 have the pages the guides say", { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const run = async (args: string[]) => {
      const r = await runInProcess(["report", PLAN, ...args]);
      expect([r.code, r.stderr]).toEqual([0, ""]);
    };
    await run(["-o", join(dir, "rapport.pdf")]);
    await run(["-o", join(dir, "rapport.pptx")]);
    await run(["--a3", "-o", join(dir, "a3.pdf")]);

    const a4 = await readPdf(new Uint8Array(readFileSync(join(dir, "rapport.pdf"))));
    const deck = readPptx(new Uint8Array(readFileSync(join(dir, "rapport.pptx"))));
    const a3 = await readPdf(new Uint8Array(readFileSync(join(dir, "a3.pdf"))));
    for (const lang of ["nb", "en"] as const) {
      const text = guideText(lang);
      expect(a4.pages.length, `${guides[lang]}: pages`).toBe(stated(text, lang === "nb" ? "sider" : "pages"));
      expect(deck.slides.length, `${guides[lang]}: slides`).toBe(stated(text, lang === "nb" ? "lysbilder" : "slides"));
    }
    // A4 portrait; each measure from a page of its own (the guides: summary, then one per measure).
    expect(a4.pages.every((p) => Math.abs(p.width - PAGE_SIZES.A4[0]) < 1 && Math.abs(p.height - PAGE_SIZES.A4[1]) < 1)).toBe(true);
    expect(a4.pages.slice(1).map((p) => /Nye trykksår per 1000 liggedøgn|Hudinspeksjon dokumentert|Overtid/.exec(p.text)?.[0])).toEqual(["Nye trykksår per 1000 liggedøgn", "Hudinspeksjon dokumentert", "Overtid"]);
    // The signal the guides point at, in the words they quote.
    expect(a4.pages[1]!.text).toContain("9 punkter på rad under midtlinjen");
    // The A3: one landscape page of 420 × 297 mm with the form's fields.
    expect(a3.pages).toHaveLength(1);
    expect(a3.pages[0]!.width).toBeCloseTo(1190.55, 0);
    expect(a3.pages[0]!.height).toBeCloseTo(841.89, 0);
    for (const words of ["Avdelingsleder Ingrid Hansen", "Snuplan ved sengen", "Nye vikarer kjenner ikke rutinen", "PDSA 2 (mai 2024)"]) expect(a3.pages[0]!.text).toContain(words);
    // The slides: the title, one per measure, the changes tested, the project's changes.
    expect(deck.slides[0]!.text).toContain("Færre trykksår på Fjellheim");
    expect(deck.slides.slice(1, 4).map((s) => s.pictures.length)).toEqual([1, 1, 1]);
  });

  it("the guides show the same pictures, which exist and stay small", () => {
    const pictures = (text: string) => [...text.matchAll(/(?:\]\(|src=")(?:\.\/)?(images\/[^)"]+\.png)/g)].map((m) => m[1]!).sort();
    const nb = pictures(guideText("nb"));
    expect(nb).toEqual(pictures(guideText("en")));
    // The HTML report, two PDF pages, two slides, the A3.
    expect(nb).toHaveLength(6);
    let total = 0;
    for (const picture of nb) {
      const path = join(repoRoot, "docs", picture);
      expect(existsSync(path), path).toBe(true);
      total += statSync(path).size;
    }
    expect(total).toBeLessThan(600 * 1024);
  });
});
