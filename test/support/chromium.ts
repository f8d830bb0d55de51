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

/** The options of a page that {@link CheckedBrowser.fresh} hands out. */
export interface FreshPageOptions {
  viewport?: { width: number; height: number };
  hasTouch?: boolean;
  acceptDownloads?: boolean;
}

/** What {@link checkedBrowser} gives a describe block. */
export interface CheckedBrowser {
  readonly browser: Browser;
  /** Fails the running test on the page's console errors and page errors. */
  watch(page: Page): Page;
  /**
   * A watched page on about:blank, in a context of its own with nothing stored (its own in this
   * test: a second call with the same options gives another page and context). Go to the page
   * under test from there. The page and its context are kept for a later test, reset: creating a
   * page costs Chromium about a second of CPU, going to about:blank and back a fifth of that.
   */
  fresh(options?: FreshPageOptions): Promise<Page>;
}

/** A page kept for the tests after the one that used it, and the listeners it had when made. */
interface Kept {
  key: string;
  context: BrowserContext;
  page: Page;
  listeners: Map<string | symbol, Set<unknown>>;
}

/** A page as the event emitter it is (playwright's types leave out eventNames and listeners). */
type Listener = (...args: unknown[]) => void;
interface Emitter {
  eventNames(): (string | symbol)[];
  listeners(name: string | symbol): Listener[];
  off(name: string | symbol, listener: Listener): unknown;
}
const emitter = (page: Page) => page as unknown as Emitter;

function listenersOf(page: Page): Map<string | symbol, Set<unknown>> {
  const events = emitter(page);
  return new Map(events.eventNames().map((name) => [name, new Set<unknown>(events.listeners(name))]));
}

/**
 * Makes a kept page as a new one would be for the next test: the listeners the test added and the
 * routes it set removed, what the page stored (localStorage, sessionStorage of the page it is on:
 * the pages these tests open keep their work there) removed, print media back to the screen, the
 * mouse at the corner (Chromium hovers what is under it in the next document), other tabs of the
 * context closed, and the page on about:blank. False when the page cannot be reset (closed, or
 * left in a state that refuses), so that it is closed instead.
 */
async function reset(kept: Kept): Promise<boolean> {
  const { page, context } = kept;
  if (page.isClosed()) return false;
  try {
    const events = emitter(page);
    for (const name of events.eventNames()) {
      const known = kept.listeners.get(name) ?? new Set();
      for (const listener of events.listeners(name)) if (!known.has(listener)) events.off(name, listener);
    }
    await page.unrouteAll({ behavior: "ignoreErrors" });
    for (const other of context.pages()) if (other !== page) await other.close();
    if (page.url() !== "about:blank") {
      await page.evaluate(() => {
        try {
          localStorage.clear();
          sessionStorage.clear();
        } catch {
          // a document without storage (about:blank, an opaque origin): nothing kept
        }
      });
    }
    await page.emulateMedia({ media: null });
    await page.mouse.move(0, 0);
    await page.goto("about:blank");
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser of a describe block whose tests fail on any console error or page error: opened
 * before its tests, the contexts each test opened closed after it (but those of {@link
 * CheckedBrowser.fresh}, reset and kept) and the errors of the pages it watched checked, closed
 * after the block. Call it inside `describe`. A context opened before a test (in a nested
 * describe's beforeAll: one page that several ordered tests look at, instead of loading the page
 * again for each) stays open for the next test; close it in that afterAll.
 *
 * @example
 * ```ts
 * const chrome = checkedBrowser();
 * it("draws", async () => {
 *   const page = await chrome.fresh({ viewport: { width: 1280, height: 800 } });
 *   await page.goto(url);
 * });
 * ```
 */
export function checkedBrowser(): CheckedBrowser {
  let browser: Browser | undefined;
  let errors: string[] = [];
  let before = new Set<BrowserContext>();
  const kept: Kept[] = [];
  const inUse = new Set<Kept>();
  const watch = (page: Page): Page => {
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    return page;
  };
  const make = async (key: string, options: FreshPageOptions): Promise<Kept> => {
    if (browser === undefined) throw new Error("checkedBrowser: the browser opens in beforeAll; use it inside a test");
    const context = await browser.newContext(options);
    const page = watch(await context.newPage());
    const k = { key, context, page, listeners: listenersOf(page) };
    kept.push(k);
    return k;
  };
  beforeAll(async () => {
    browser = await openBrowser();
  }, 120_000);
  beforeEach(() => {
    before = new Set(browser?.contexts());
  });
  afterEach(async () => {
    const pooled = new Set(kept.map((k) => k.context));
    for (const context of browser?.contexts() ?? []) if (!before.has(context) && !pooled.has(context)) await context.close();
    for (const k of inUse) {
      if (await reset(k)) continue;
      kept.splice(kept.indexOf(k), 1);
      await k.context.close().catch(() => undefined);
    }
    inUse.clear();
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
    watch,
    async fresh(options: FreshPageOptions = {}): Promise<Page> {
      const key = JSON.stringify([options.viewport ?? null, options.hasTouch ?? false, options.acceptDownloads ?? false]);
      const free = kept.find((c) => c.key === key && !inUse.has(c));
      const k = free ?? (await make(key, options));
      inUse.add(k);
      return k.page;
    },
  };
}
