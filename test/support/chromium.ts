/**
 * The one Chromium of a test run. The global setup (global-setup.ts) starts Debian's Chromium once
 * as a playwright-core browser server and hands its address to the test files (vitest's
 * provide/inject); every browser test connects to it instead of starting a browser of its own,
 * which cost a launch (about a second of a loaded machine's two cores) per file. A file run
 * outside the global setup (no address given) launches its own, with the same flags.
 *
 * Each file still closes what it opened: `browser.close()` on a connected browser closes that
 * file's contexts and pages and leaves the server to the others.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Download, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared Chromium's websocket address, or "" when there is no Chromium on the machine. */
    chromiumEndpoint: string;
  }
}

function which(): string | undefined {
  try {
    return execFileSync("which", ["chromium"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || undefined;
  } catch {
    return undefined; // not on PATH: try the usual places
  }
}

/** Debian's Chromium (CHROMIUM_PATH first, then `which chromium`, then the usual places), or undefined. */
export const chromiumPath: string | undefined = [process.env.CHROMIUM_PATH, which(), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"].find(
  (p): p is string => typeof p === "string" && p !== "" && existsSync(p),
);

/** The flags every test browser runs with (no sandbox in containers, no GPU, nothing from the network). */
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"];

/**
 * A describe title that says why the block is skipped when there is no Chromium.
 *
 * @example
 * ```ts
 * describe.skipIf(!chromiumPath)(browserTitle("renderSvg in Chromium"), () => { ... });
 * ```
 */
export function browserTitle(title: string): string {
  return chromiumPath ? title : `${title} (skipped: no chromium binary found; apt-get install -y chromium, or set CHROMIUM_PATH)`;
}

/** Starts the shared browser server (the global setup's job); undefined when there is no Chromium. */
export async function launchChromiumServer(): Promise<{ endpoint: string; close: () => Promise<void> } | undefined> {
  if (chromiumPath === undefined) return undefined;
  const server = await chromium.launchServer({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  return { endpoint: server.wsEndpoint(), close: () => server.close() };
}

/**
 * The run's Chromium: connected to the global setup's server, or launched when there is none.
 * Close it in afterAll.
 *
 * @example
 * ```ts
 * beforeAll(async () => { browser = await openBrowser(); });
 * afterAll(async () => { await browser?.close(); });
 * ```
 */
export async function openBrowser(): Promise<Browser> {
  if (chromiumPath === undefined) throw new Error("no chromium binary found (apt-get install -y chromium, or set CHROMIUM_PATH)");
  const endpoint = inject("chromiumEndpoint");
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/**
 * The bytes of a download. (`download.path()` is not there on a connected browser: the file is
 * on the browser server's side, so it is read through the stream playwright gives either way.)
 *
 * @example
 * ```ts
 * const [download] = await Promise.all([page.waitForEvent("download"), page.click("#dl-svg")]);
 * const svg = (await downloadBytes(download)).toString("utf8");
 * ```
 */
export async function downloadBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The browser of a describe block whose tests fail on any console error or page error: opened
 * before its tests, the contexts each test opened closed after it and the errors of the pages it
 * watched checked, closed after the block. Call it inside `describe`. A context opened before a
 * test (in a nested describe's beforeAll: one page that several ordered tests look at, instead of
 * loading the page again for each) stays open for the next test; close it in that afterAll.
 *
 * @example
 * ```ts
 * const chrome = checkedBrowser();
 * it("draws", async () => {
 *   const page = chrome.watch(await chrome.browser.newPage());
 *   await page.goto(url);
 * });
 * ```
 */
export function checkedBrowser(): { readonly browser: Browser; watch(page: Page): Page } {
  let browser: Browser | undefined;
  let errors: string[] = [];
  let before = new Set<BrowserContext>();
  beforeAll(async () => {
    browser = await openBrowser();
  }, 120_000);
  beforeEach(() => {
    before = new Set(browser?.contexts());
  });
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) if (!before.has(context)) await context.close();
    const seen = errors;
    errors = [];
    expect(seen, "console errors").toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (browser === undefined) throw new Error("checkedBrowser: the browser opens in beforeAll; use it inside a test");
      return browser;
    },
    watch(page: Page): Page {
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      page.on("pageerror", (e) => errors.push(e.message));
      return page;
    },
  };
}
