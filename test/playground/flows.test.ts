/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The playground as a measurement lead uses it, at a laptop's 1280×800 and a phone's 390×844, in
 * Debian's Chromium (playwright-core), opened from the file system: the signal cards of a weekly
 * series with a long run and an outlier (how many, and what they say), a card lighting up its
 * points, tooltips and the keyboard through the interactive layer, a tapped point's menu in view
 * on a phone with finger-sized buttons, a workbook dropped on a phone, print, and axe-core.
 * Every test fails on a console error. Screenshots go to artifacts/playground-flows/.
 * Skipped only when no Chromium binary exists.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { deflateRawSync } from "node:zlib";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDelimited, tableToSpec } from "../../src/adapters/index.js";
import { compute, describeFinding, explain, type ChartSpec } from "../../src/index.js";
import { computePlan, parsePlan } from "../../src/plan/index.js";
import { DEFAULT_STATE, encodeState } from "../../src/playground/state.js";
import { unzipSync } from "fflate";
import { browserTitle, checkedBrowser, chromiumPath, downloadBytes } from "../support/chromium.js";
import { builtPlayground as built } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

const artifacts = join(repoRoot, "artifacts", "playground-flows");
const url = `file://${built}`;
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// Waiting days by ISO week in 2024: sixteen weeks around 13, then eighteen weeks around 8 (a
// long run below the centre line), an outlier in week 35, and two more ordinary weeks.
const ys = [12, 14, 11, 13, 14, 12, 13, 14, 12, 13, 14, 12, 13, 14, 12, 13, 8, 9, 7, 9, 8, 7, 9, 8, 7, 8, 9, 7, 8, 9, 8, 7, 9, 8, 30, 8, 9];
const weekly = `Uke\tVentetid (dager)\n${ys.map((y, i) => `uke ${i + 1} 2024\t${y}`).join("\n")}\n`;
const expected = () => compute({ ...tableToSpec(readDelimited(weekly), { x: 0, y: 1 }).spec, chart: "i" } as ChartSpec);

// Falls per month at a nursing home, Norwegian dates.
const falls = `Måned\tFall\n${[5, 7, 4, 6, 8, 5, 6, 4, 7, 5, 6, 3].map((v, i) => `01.${String(i + 1).padStart(2, "0")}.2024\t${v}`).join("\n")}\n`;

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

describe.skipIf(!chromiumPath)(browserTitle("playground flows in Chromium"), () => {
  const chrome = checkedBrowser();

  // A fresh page (empty storage, a new document) on a page kept from an earlier test; `own`: a
  // page of its own for the tests of a describe block (sharedPage).
  async function open(viewport: { width: number; height: number }, own = false): Promise<Page> {
    const options = { viewport, hasTouch: viewport.width < 500, acceptDownloads: true };
    const page = own ? chrome.watch(await chrome.browser.newPage(options)) : await chrome.fresh(options);
    await page.goto(url);
    await page.waitForSelector("body[data-ready='true']");
    return page;
  }

  async function paste(page: Page, text: string): Promise<void> {
    await page.fill("#paste", text);
    await page.waitForFunction((n) => document.querySelector("#svg-host svg")?.getAttribute("data-points") === String(n), text.trim().split("\n").length - 1);
  }

  beforeAll(() => {
    mkdirSync(artifacts, { recursive: true });
  });

  /**
   * One page at a viewport for the ordered tests of a describe block, opened in its beforeAll
   * (and the weekly series pasted, unless the first test pastes it itself): loading the page and
   * drawing the chart cost Chromium about a second and a half of CPU, so the tests that only look
   * at the page, or change it last, share one load. Each test still fails on its own console errors.
   */
  function sharedPage(viewport: { width: number; height: number }, { pasted }: { pasted: boolean }): () => Page {
    let page: Page | undefined;
    beforeAll(async () => {
      page = await open(viewport, true);
      if (pasted) await paste(page, weekly);
    }, 60_000);
    afterAll(async () => {
      await page?.context().close();
    });
    return () => {
      if (page === undefined) throw new Error("sharedPage: the page opens in beforeAll");
      return page;
    };
  }

  // On one page, in this order: printing needs the page before anything is pasted, and the
  // signal cards test splits the chart, so it comes last.
  describe(`at ${LAPTOP.width}×${LAPTOP.height}, on one page`, () => {
    const size = `${LAPTOP.width}×${LAPTOP.height}`;
    const viewport = LAPTOP;
    const shared = sharedPage(viewport, { pasted: false });

    it("prints the chart and its signals (the print button asks the browser)", async () => {
      const page = shared();
      expect(await page.isDisabled("#print")).toBe(true);
      await paste(page, weekly);
      await page.evaluate(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      await page.click("#print");
      expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
      await page.emulateMedia({ media: "print" });
      expect(await page.isVisible("#svg-host svg")).toBe(true);
      expect(await page.isVisible("#signal-list")).toBe(true);
      expect(await page.isVisible("#paste")).toBe(false);
      expect(await page.isVisible("#export")).toBe(false);
      await page.emulateMedia({ media: null }); // the screen again, for the tests after this one on the same page
    });

    it(`a card lights up its points at ${size} (hover and keyboard focus)`, async () => {
      const page = shared();
      const lit = () => page.$$eval("#svg-host .hl", (marks) => marks.map((m) => Number(m.getAttribute("data-index"))));
      const outlier = page.locator("#signal-list li.signal", { hasText: "Uke 35" });
      await outlier.focus();
      expect(await lit()).toEqual([35]);
      await page.locator("#signal-list li.signal").first().hover();
      expect(await lit()).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      await page.mouse.move(1, 1);
      await page.locator("#lang").focus();
      expect(await lit()).toEqual([]);
    });

    it("tooltips and the keyboard come from the interactive layer (one tab stop, arrows, Enter opens the menu)", async () => {
      const page = shared();
      // One tab stop for the points: the first point only.
      expect(await page.locator("#svg-host [data-index][tabindex='0']").count()).toBe(1);
      await page.locator("#svg-host [data-index='20']").hover();
      const tip = page.locator("[data-spc-tooltip]");
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(/^uke 20/);
      expect(await tip.textContent()).toContain("18 punkter på rad under midtlinjen (uke 17–34)");
      await page.mouse.move(1, 1);
      await page.locator("#svg-host [data-index='1']").focus();
      await page.keyboard.press("ArrowRight");
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe("3");
      expect(await tip.textContent()).toMatch(/^uke 3/);
      await page.keyboard.press("End");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe("37");
      await page.keyboard.press("Enter");
      expect(await page.textContent("#point-menu-title")).toBe("Punkt 37 (uke 37: 9)");
      // The last point cannot split the chart: the menu's first button then is the freeze.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("freeze-here");
      await page.keyboard.press("Escape");
      expect(await page.isVisible("#point-menu")).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.getAttribute("data-index"))).toBe("37");
      await page.screenshot({ path: join(artifacts, "keyboard-1280.png") });
    });

    it(`has no serious or critical axe-core violations at ${size}`, async () => {
      const page = shared();
      await page.locator("#svg-host [data-index='3']").focus();
      await page.keyboard.press("Enter");
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const report = await axe.run(document, { resultTypes: ["violations"] });
        return report.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
      });
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      // Close the menu again, and take the focus (and its tooltip) off the chart, for the tests
      // after this one on the same page.
      await page.keyboard.press("Escape");
      await expect.poll(() => page.isVisible("#point-menu")).toBe(false);
      await page.locator("#lang").focus();
      await expect.poll(() => page.isVisible("[data-spc-tooltip]")).toBe(false);
    });

    it(`signal cards at ${size}: one per finding, grouped by rule, headed by week, the story above`, async () => {
      const page = shared();
      const result = expected();
      const rules = [...new Set(result.findings.map((f) => f.rule))];
      // The long run before and after the shift, too few crossings, and week 35's outlier.
      expect(result.findings.map((f) => f.rule).sort()).toEqual(["crossings", "longest-run", "longest-run", "outside-limits"]);
      expect(await page.locator("#signal-list li.signal").count()).toBe(result.findings.length);
      expect(await page.locator("#signal-list .signal-group").count()).toBe(rules.length);
      const headings = await page.locator("#signal-list .signal-group h3").allTextContents();
      expect(headings[0]).toBe("For lang serie på én side av midtlinjen (2)");
      expect(await page.locator("#signal-list .where").allTextContents()).toEqual(["Uke 1–16", "Uke 17–34", "Uke 1–37", "Uke 35"]);
      const text = (await page.textContent("#signal-list")) ?? "";
      expect(text).not.toMatch(/Punkter:/);
      for (const f of result.findings) expect(text).toContain(describeFinding(f, { lang: "nb", result }).explanation);
      // The two long runs share their "what next" apart from the week, so each card says its own.
      expect(await page.locator("#signal-list .signal-group").nth(0).locator(".next").count()).toBe(2);
      // The story comes first: its first line above the cards, the whole of it one click away.
      const story = explain(result, { lang: "nb" });
      expect(await page.textContent("#story-lead")).toBe(story.split("\n")[0]);
      expect(await page.textContent("#story-text")).toBe(story);
      const lead = await page.locator("#story-lead").boundingBox();
      const first = await page.locator("#signal-list li.signal").first().boundingBox();
      expect(lead!.y).toBeLessThan(first!.y);
      await page.locator("#signal-list li.signal").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, `signals-${viewport.width}.png`) });
      // The suggested split is offered in the data's terms too, and does what it says.
      await page.getByRole("button", { name: "Del diagrammet etter uke 16" }).click();
      await expect.poll(() => page.inputValue("#breaks")).toBe("16");
    });
  });

  // On one page, in this order: the signal cards test splits the chart, so it comes last.
  describe(`at ${PHONE.width}×${PHONE.height}, on one page`, () => {
    const size = `${PHONE.width}×${PHONE.height}`;
    const viewport = PHONE;
    const shared = sharedPage(viewport, { pasted: true });

    it(`a card lights up its points at ${size} (hover and keyboard focus)`, async () => {
      const page = shared();
      const lit = () => page.$$eval("#svg-host .hl", (marks) => marks.map((m) => Number(m.getAttribute("data-index"))));
      const outlier = page.locator("#signal-list li.signal", { hasText: "Uke 35" });
      await outlier.focus();
      expect(await lit()).toEqual([35]);
      await page.locator("#signal-list li.signal").first().hover();
      expect(await lit()).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      await page.mouse.move(1, 1);
      await page.locator("#lang").focus();
      expect(await lit()).toEqual([]);
    });

    it(`has no serious or critical axe-core violations at ${size}`, async () => {
      const page = shared();
      await page.locator("#svg-host [data-index='3']").focus();
      await page.keyboard.press("Enter");
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const report = await axe.run(document, { resultTypes: ["violations"] });
        return report.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
      });
      expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
      // Close the menu again, and take the focus (and its tooltip) off the chart, for the tests
      // after this one on the same page.
      await page.keyboard.press("Escape");
      await expect.poll(() => page.isVisible("#point-menu")).toBe(false);
      await page.locator("#lang").focus();
      await expect.poll(() => page.isVisible("[data-spc-tooltip]")).toBe(false);
    });

    it(`signal cards at ${size}: one per finding, grouped by rule, headed by week, the story above`, async () => {
      const page = shared();
      const result = expected();
      const rules = [...new Set(result.findings.map((f) => f.rule))];
      // The long run before and after the shift, too few crossings, and week 35's outlier.
      expect(result.findings.map((f) => f.rule).sort()).toEqual(["crossings", "longest-run", "longest-run", "outside-limits"]);
      expect(await page.locator("#signal-list li.signal").count()).toBe(result.findings.length);
      expect(await page.locator("#signal-list .signal-group").count()).toBe(rules.length);
      const headings = await page.locator("#signal-list .signal-group h3").allTextContents();
      expect(headings[0]).toBe("For lang serie på én side av midtlinjen (2)");
      expect(await page.locator("#signal-list .where").allTextContents()).toEqual(["Uke 1–16", "Uke 17–34", "Uke 1–37", "Uke 35"]);
      const text = (await page.textContent("#signal-list")) ?? "";
      expect(text).not.toMatch(/Punkter:/);
      for (const f of result.findings) expect(text).toContain(describeFinding(f, { lang: "nb", result }).explanation);
      // The two long runs share their "what next" apart from the week, so each card says its own.
      expect(await page.locator("#signal-list .signal-group").nth(0).locator(".next").count()).toBe(2);
      // The story comes first: its first line above the cards, the whole of it one click away.
      const story = explain(result, { lang: "nb" });
      expect(await page.textContent("#story-lead")).toBe(story.split("\n")[0]);
      expect(await page.textContent("#story-text")).toBe(story);
      const lead = await page.locator("#story-lead").boundingBox();
      const first = await page.locator("#signal-list li.signal").first().boundingBox();
      expect(lead!.y).toBeLessThan(first!.y);
      await page.locator("#signal-list li.signal").first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifacts, `signals-${viewport.width}.png`) });
      // The suggested split is offered in the data's terms too, and does what it says.
      await page.getByRole("button", { name: "Del diagrammet etter uke 16" }).click();
      await expect.poll(() => page.inputValue("#breaks")).toBe("16");
    });
  });

  for (const viewport of [LAPTOP, PHONE]) {
    it(`several measures are kept over a reload at ${viewport.width}×${viewport.height}; new, duplicate and delete`, async () => {
      const page = await open(viewport);
      page.on("dialog", (d) => void d.accept());
      await paste(page, weekly);
      await page.fill("#title", "Ventetid");
      await page.fill("#notes", "Dager fra henvisning til første besøk");
      await page.click("#new-measure");
      expect(await page.inputValue("#paste")).toBe("");
      await paste(page, falls);
      await page.fill("#title", "Fall");
      await page.selectOption("#kind", "outcome");
      await expect.poll(() => page.locator("#measure option").allTextContents()).toEqual(["Ventetid", "Fall"]);
      // The page keeps its work once it has read what was typed.
      await page.waitForFunction(() => localStorage.getItem("spc-verktoy.workbook.v1")?.includes('"kind":"outcome"') === true);
      await page.reload();
      await page.waitForSelector("body[data-ready='true']");
      expect(await page.locator("#measure option").allTextContents()).toEqual(["Ventetid", "Fall"]);
      expect(await page.inputValue("#measure")).toBe("1");
      expect(await page.inputValue("#kind")).toBe("outcome");
      expect(await page.getAttribute("#svg-host svg", "data-points")).toBe("12");
      await page.selectOption("#measure", "0");
      await page.waitForFunction(() => document.querySelector("#svg-host svg")?.getAttribute("data-points") === "37");
      expect(await page.inputValue("#paste")).toBe(weekly);
      expect(await page.inputValue("#notes")).toBe("Dager fra henvisning til første besøk");
      await page.click("#dup-measure");
      expect(await page.locator("#measure option").allTextContents()).toEqual(["Ventetid", "Fall", "Ventetid (kopi)"]);
      expect(await page.inputValue("#paste")).toBe(weekly);
      await page.click("#del-measure");
      expect(await page.locator("#measure option").allTextContents()).toEqual(["Ventetid", "Fall"]);
      await page.screenshot({ path: join(artifacts, `measures-${viewport.width}.png`) });
    });
  }

  it("a shared link opens as a measure of the workbook already kept, once", async () => {
    const context = await chrome.browser.newContext();
    const first = await context.newPage();
    chrome.watch(first);
    await first.goto(url);
    await first.waitForSelector("body[data-ready='true']");
    await paste(first, falls);
    await first.fill("#title", "Fall");
    await first.waitForFunction(() => localStorage.getItem("spc-verktoy.workbook.v1")?.includes('"title":"Fall"') === true);
    const link = `${url}#${await encodeState({ ...DEFAULT_STATE, text: weekly, title: "Ventetid" })}`;
    for (let tab = 0; tab < 2; tab++) {
      // A new tab each time (a link from an e-mail), so that the hash is not the tab's own.
      const page = await context.newPage();
      chrome.watch(page);
      await page.goto(link);
      await page.waitForSelector("body[data-ready='true']");
      await page.waitForFunction(() => document.querySelector("#svg-host svg")?.getAttribute("data-points") === "37");
      expect(await page.locator("#measure option").allTextContents()).toEqual(["Fall", "Ventetid"]);
      expect(await page.inputValue("#measure")).toBe("1");
      await page.waitForFunction(() => localStorage.getItem("spc-verktoy.workbook.v1")?.includes('"title":"Ventetid"') === true);
    }
  });

  it("saves the measures as a measurement plan that spc report reads, and opens it again", async () => {
    const page = await open(LAPTOP);
    await paste(page, weekly);
    await page.fill("#title", "Ventetid");
    await page.selectOption("#direction", "decrease");
    await page.fill("#target", "9");
    await page.locator("#svg-host [data-index='16']").click();
    await page.click("#split");
    await expect.poll(() => page.inputValue("#breaks")).toBe("16");
    await page.click("#new-measure");
    await paste(page, falls);
    await page.fill("#title", "Fall");
    await page.fill("#exclude", "5"); // read by the save button itself, without waiting for the page
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-plan")]);
    expect(download.suggestedFilename()).toBe("maleplan.zip");
    const zip = await downloadBytes(download);
    const files = unzipSync(new Uint8Array(zip));
    const text = (name: string) => new TextDecoder().decode(files[name]);
    expect(Object.keys(files).sort()).toEqual(["data/fall.csv", "data/ventetid.csv", "maleplan.yaml"]);
    const plan = parsePlan(text("maleplan.yaml"));
    expect(plan.measures.map((m) => [m.name, m.direction, m.target?.value, m.breaks])).toEqual([
      ["Ventetid", "decrease", 9, [16]],
      ["Fall", "neutral", undefined, undefined],
    ]);
    expect(text("data/ventetid.csv")).toBe(weekly);
    // What the command line computes from the plan is the chart the page showed.
    const computed = computePlan(plan, { "data/ventetid.csv": text("data/ventetid.csv"), "data/fall.csv": text("data/fall.csv") });
    const waiting = compute({ ...tableToSpec(readDelimited(weekly), { x: 0, y: 1 }).spec, chart: "i", breaks: [16], target: 9, direction: "decrease" } as ChartSpec);
    expect(computed.measures[0]!.result!.points.map((p) => p.cl)).toEqual(waiting.points.map((p) => p.cl));
    expect(computed.measures[1]!.result!.points.filter((p) => p.excluded).map((p) => p.index)).toEqual([5]);
    expect(await page.textContent("#measures-status")).toContain("2 målinger er lagret");

    // Opened in another browser: both measures come back with their data and choices.
    const other = await open(LAPTOP);
    await other.setInputFiles("#open-plan", { name: download.suggestedFilename(), mimeType: "application/zip", buffer: zip });
    await expect.poll(() => other.locator("#measure option").allTextContents()).toEqual(["Måling 1 (uten navn)", "Ventetid", "Fall"]);
    expect(await other.textContent("#measures-status")).toContain("2 målinger lagt til");
    expect(await other.inputValue("#paste")).toBe(weekly);
    expect(await other.inputValue("#breaks")).toBe("16");
    expect(await other.inputValue("#target")).toBe("9");
    await other.waitForFunction(() => document.querySelector("#svg-host svg")?.getAttribute("data-points") === "37");
    await other.selectOption("#measure", "2");
    expect(await other.inputValue("#exclude")).toBe("5");
  });

  it("refuses a plan with a mistake, in the plan's own words (field and reason)", async () => {
    const page = await open(LAPTOP);
    const plan = "title: Fall\nmeasures:\n  - name: Fall\n    type: resultat\n    data: { file: fall.csv }\n";
    await page.setInputFiles("#open-plan", [
      { name: "maleplan.yaml", mimeType: "text/yaml", buffer: Buffer.from(plan) },
      { name: "fall.csv", mimeType: "text/csv", buffer: Buffer.from(falls) },
    ]);
    await page.waitForSelector("#error:not([hidden])");
    const error = (await page.textContent("#error")) ?? "";
    expect(error).toMatch(/^Måleplanen kan ikke åpnes: maleplan.yaml/);
    expect(error).toContain("measures[0].type");
    expect(await page.locator("#measure option").count()).toBe(1);
  });

  it("a new level beyond the frozen limits: ten point cards, four shown and the rest folded", async () => {
    const page = await open(LAPTOP);
    const level = [10, 11, 9, 10, 12, 10, 9, 11, 10, 9, 11, 10, 20, 21, 19, 20, 22, 20, 21, 19, 20, 21];
    const months = level.map((_, i) => `01.${String((i % 12) + 1).padStart(2, "0")}.${2023 + Math.floor(i / 12)}`);
    const text = `Måned\tVerdi\n${level.map((v, i) => `${months[i]}\t${v}`).join("\n")}\n`;
    await paste(page, text);
    await page.fill("#freeze", "12");
    const outside = page.locator(".signal-group[data-rule='outside-limits']");
    await expect.poll(() => outside.locator("li.signal").count()).toBe(10);
    expect(await outside.locator("h3").textContent()).toBe("Punkt utenfor kontrollgrensene (10)");
    expect(await outside.locator("> ul > li.signal").count()).toBe(4);
    expect(await outside.locator("details.more summary").textContent()).toBe("Vis 6 til");
    expect(await outside.locator("details.more li.signal").first().isVisible()).toBe(false);
    // Each card is headed by its month, as the data has it (points 13–22 are January–October 2024).
    expect(await outside.locator(".where").allTextContents()).toEqual(["Januar 2024", "Februar 2024", "Mars 2024", "April 2024", "Mai 2024", "Juni 2024", "Juli 2024", "August 2024", "September 2024", "Oktober 2024"]);
    // Printing opens the folded cards: on paper every finding counts.
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    expect(await outside.locator("details.more li.signal").first().isVisible()).toBe(true);
    await page.screenshot({ path: join(artifacts, "folded-1280.png"), fullPage: true });
  });

  it("on a phone a tapped point's menu is in view, its buttons are finger-sized, and the chart fits", async () => {
    const page = await open(PHONE);
    await paste(page, weekly);
    const svg = await page.locator("#svg-host svg").boundingBox();
    expect(svg!.x).toBeGreaterThanOrEqual(0);
    expect(svg!.x + svg!.width).toBeLessThanOrEqual(PHONE.width);
    await page.locator("#svg-host [data-index='20']").tap();
    await expect.poll(() => page.isVisible("#point-menu")).toBe(true);
    const menu = await page.locator("#point-menu").boundingBox();
    expect(menu!.y).toBeGreaterThanOrEqual(0);
    expect(menu!.y + menu!.height).toBeLessThanOrEqual(PHONE.height);
    expect(menu!.x + menu!.width).toBeLessThanOrEqual(PHONE.width);
    const small = await page.$$eval("button, select, input", (els) =>
      els
        .filter((e) => (e as HTMLElement).offsetParent !== null)
        .map((e) => ({ id: e.id || e.textContent, h: e.getBoundingClientRect().height }))
        .filter((b) => b.h < 44),
    );
    expect(small).toEqual([]);
    expect(await page.isVisible("[data-spc-tooltip]")).toBe(false); // it would cover the sheet
    // The tapped point stays in view above the sheet.
    const point = await page.locator("#svg-host [data-index='20']").boundingBox();
    expect(point!.y).toBeGreaterThanOrEqual(0);
    expect(point!.y + point!.height).toBeLessThanOrEqual(menu!.y);
    await page.screenshot({ path: join(artifacts, "menu-390.png") });
    await page.locator("#split").tap();
    await expect.poll(() => page.inputValue("#breaks")).toBe("20");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });

  it("a workbook dropped on a phone is read like on a laptop", async () => {
    const page = await open(PHONE);
    const bytes = [...readFileSync(join(repoRoot, "test", "fixtures", "fall-sykehjem.xlsx"))];
    const transfer = await page.evaluateHandle(({ bytes }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], "fall-sykehjem.xlsx"));
      return dt;
    }, { bytes });
    await page.dispatchEvent("#input", "dragover", { dataTransfer: transfer });
    await page.dispatchEvent("#input", "drop", { dataTransfer: transfer });
    await page.waitForFunction(() => document.querySelector("#svg-host svg")?.getAttribute("data-points") === "11");
    expect(await page.textContent("#file-status")).toContain('"Data"');
    expect(await page.textContent("#preview-summary")).toMatch(/^\d+ rader brukt, \d+ avvist/);
    await page.screenshot({ path: join(artifacts, "xlsx-390.png"), fullPage: true });
  });

  it("on a phone: a hostile link is refused with a message, and SVG and PNG still download", async () => {
    const json = JSON.stringify({ text: "1\n".repeat(200_000) });
    const hash = deflateRawSync(Buffer.from(json)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    const page = await chrome.fresh({ viewport: PHONE, hasTouch: true, acceptDownloads: true });
    await page.goto(`${url}#z${hash}`);
    await page.waitForSelector("body[data-ready='true']");
    await expect.poll(() => page.textContent("#measures-status")).toMatch(/verktøyet åpner lenker med inntil 10[\s\u00a0]000 rader/);
    expect(await page.inputValue("#paste")).toBe("");
    const notice = await page.locator("#measures-status").boundingBox();
    expect(notice!.y + notice!.height, "the refusal is in view on the phone").toBeLessThanOrEqual(PHONE.height);
    await page.screenshot({ path: join(artifacts, "hostile-link-390.png") });
    await paste(page, weekly);
    const [svg] = await Promise.all([page.waitForEvent("download"), page.locator("#dl-svg").tap()]);
    expect((await downloadBytes(svg)).toString("utf8")).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const [png] = await Promise.all([page.waitForEvent("download"), page.locator("#dl-png").tap()]);
    expect((await downloadBytes(png)).subarray(1, 4).toString("latin1")).toBe("PNG");
  });
});
