/// <reference lib="dom" />
/**
 * An Excel workbook dropped into the playground (and chosen with the file input) in Debian's
 * Chromium, driven by playwright-core: the workbook is read in the browser (fflate and the
 * library's own reader), the sheet with numbers is found and named, and the chart is drawn with
 * every month. An .xls file gets the message saying how to save it. The page is the one the
 * global setup builds (test/support/dist.ts); screenshots go to artifacts/playground-xlsx/.
 * Skipped only when no Chromium binary exists.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";
import { builtPlayground as built } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

const artifacts = join(repoRoot, "artifacts", "playground-xlsx");
const fixture = (name: string) => join(repoRoot, "test", "fixtures", name);

describe.skipIf(!chromiumPath)(browserTitle("playground reads a dropped .xlsx in Chromium"), () => {
  let browser: Browser;
  const errors: string[] = [];

  async function open(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`file://${built}`);
    await page.waitForSelector("body[data-ready='true']");
    return page;
  }

  /** Drops a file on the data area as a person would drag it from the file manager. */
  async function drop(page: Page, name: string): Promise<void> {
    const bytes = [...readFileSync(fixture(name))];
    const transfer = await page.evaluateHandle(
      ({ bytes, name }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(bytes)], name));
        return dt;
      },
      { bytes, name },
    );
    await page.dispatchEvent("#input", "dragover", { dataTransfer: transfer });
    await page.dispatchEvent("#input", "drop", { dataTransfer: transfer });
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("a dropped workbook: the Data sheet is read and named, and the chart has every month (the #N/A one a gap)", async () => {
    const page = await open();
    await drop(page, "fall-sykehjem.xlsx");
    await page.waitForSelector("#svg-host svg");
    expect(await page.textContent("#file-status")).toContain('read sheet "Data" (the first with a table of numbers; also: "Info", "Graf")');
    // Twelve months; August is #N/A in the workbook, a gap in the line: eleven marks drawn.
    expect(await page.getAttribute("#svg-host svg", "data-points")).toBe("11");
    expect(await page.locator("#preview-body tr").nth(7).textContent()).toContain("#N/A");
    expect(await page.inputValue("#paste")).toMatch(/^Måned;Fall;Liggedøgn/);
    expect(await page.isVisible("#sheet-label")).toBe(true);
    expect(await page.locator("#sheet option").allTextContents()).toEqual(["Info", "Data", "Graf"]);
    await page.screenshot({ path: join(artifacts, "dropped-xlsx.png") });
    await page.close();
    expect(errors).toEqual([]);
  });

  it("chosen with the file input: per-cent cells; an .xls says how to save it", async () => {
    const page = await open();
    await page.setInputFiles("#file", fixture("handhygiene-prosent.xlsx"));
    await page.waitForFunction(() => document.querySelector("#svg-host svg")?.getAttribute("data-points") === "10");
    expect(await page.inputValue("#paste")).toContain("2024-W10;57 %");
    await page.setInputFiles("#file", fixture("gammel.xls"));
    await page.waitForSelector("#error:not([hidden])");
    expect(await page.textContent("#error")).toContain('"Excel-arbeidsbok (.xlsx)"');
    await page.close();
    expect(errors).toEqual([]);
  });
});
