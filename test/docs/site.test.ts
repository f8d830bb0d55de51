/// <reference lib="dom" />
/**
 * The docs site (docs/site/, built by `npm run docs`) in Debian's Chromium, driven by
 * playwright-core: a tiny static server in the test serves docs/site/, and every page VitePress
 * wrote is visited — no console error, no failed request, no image that does not load, no link to
 * a page, file or anchor that is not there. The API reference (typedoc's HTML inside the site) is
 * checked for links on disk, and its index is visited. Screenshots of the home page, the gallery,
 * a cookbook page and the API page go to artifacts/docs-site/ (git-ignored; CI keeps them).
 *
 * When docs/site/ is missing or was built from other inputs than today's (a content hash stamped
 * beside it, test/support/site-stamp.ts), the test builds it first (a fresh clone's `npm test`);
 * CI runs `npm run docs` and stamps the site before the tests, so it is built once.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, relative } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser } from "../support/chromium.js";
import { ensureBuild } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";
import { inputsHash, siteDir as site, siteStamp, writeSiteStamp } from "../support/site-stamp.js";

const artifacts = join(repoRoot, "artifacts", "docs-site");

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

/** Builds the site when it is missing or was built from other inputs than today's (site-stamp.ts). */
function ensureSite(): void {
  const inputs = inputsHash();
  if (existsSync(join(site, "index.html")) && existsSync(join(site, "api", "index.html")) && siteStamp() === inputs) return;
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: repoRoot, stdio: "pipe", encoding: "utf8" });
  run(process.execPath, ["scripts/build-docs.mjs"]);
  run(process.execPath, ["node_modules/typedoc/bin/typedoc"]);
  run(process.execPath, ["node_modules/vitepress/bin/vitepress.js", "build", "docs"]);
  writeSiteStamp(inputs);
}

const TYPES: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png", ".woff2": "font/woff2" };

/** The file a URL path names in docs/site/ (a folder's index.html), or null. */
function fileFor(pathname: string): string | null {
  let path = normalize(join(site, decodeURIComponent(pathname)));
  if (relative(site, path).startsWith("..")) return null;
  if (existsSync(path) && statSync(path).isDirectory()) path = join(path, "index.html");
  return existsSync(path) ? path : null;
}

let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  ensureBuild();
  ensureSite();
  server = createServer((req, res) => {
    const file = fileFor(new URL(req.url ?? "/", "http://x").pathname);
    if (file === null) {
      res.writeHead(404).end("not found");
      return;
    }
    // VitePress names its assets by their content: the browser may keep them from page to page,
    // as a real host lets it, instead of fetching and compiling the same scripts for every page.
    const cache = relative(site, file).startsWith("assets") ? { "cache-control": "public, max-age=31536000, immutable" } : {};
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...cache }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await openBrowser();
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
}, 60_000);

const htmlFiles = () => files(site).filter((f) => f.endsWith(".html"));
const isApi = (f: string) => relative(site, f).startsWith("api");

/** A file of the site, read once (the link check looks at each page once per link to it). */
const texts = new Map<string, string>();
function text(file: string): string {
  if (!texts.has(file)) texts.set(file, readFileSync(file, "utf8"));
  return texts.get(file)!;
}

/** Internal link targets of a page: [href, file or null, anchor, whether the browser loads it itself]. */
function internalLinks(page: string): { href: string; file: string | null; anchor: string; self: boolean }[] {
  const html = text(page);
  const base = `/${relative(site, page).replaceAll("\\", "/")}`;
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>/g)]
    .map((m) => ({ href: m[1]!.replaceAll("&amp;", "&"), self: /\btarget="_(self|blank)"/.test(m[0]) }))
    .filter(({ href }) => !/^(?:[a-z]+:|\/\/)/i.test(href))
    .map(({ href, self }) => {
      const url = new URL(href, `http://x${base}`);
      return { href, file: fileFor(url.pathname), anchor: decodeURIComponent(url.hash.slice(1)), self };
    });
}

/** A page VitePress made (its router handles links to it); typedoc's and copied HTML are not. */
const isVitePress = (file: string) => text(file).includes('<div id="app">');

describe("the docs site", () => {
  it("has the pages a developer looks for", () => {
    for (const page of ["index.html", "gallery.html", "getting-started.html", "cli.html", "cookbook/index.html", "measurement-plans.html", "adapters.html", "api/index.html", "workshop/nb/index.html", "workshop/en/index.html"]) {
      expect(existsSync(join(site, page)), page).toBe(true);
    }
    // Local search: VitePress writes its index as a chunk the search box loads.
    expect(files(join(site, "assets")).some((f) => /@localSearchIndexroot/.test(f))).toBe(true);
  });

  it("has no link to a page, file or anchor that is not there", () => {
    const broken: string[] = [];
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      if (!ids.has(file)) ids.set(file, new Set([...text(file).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&"))));
      return ids.get(file)!;
    };
    const pages = htmlFiles();
    for (const page of pages) {
      for (const link of internalLinks(page)) {
        if (link.file === null) broken.push(`${relative(site, page)}: ${link.href}`);
        // VitePress's router would fetch a plain HTML file as a page and show its 404 instead.
        else if (isVitePress(page) && link.file.endsWith(".html") && !link.self && !isVitePress(link.file)) broken.push(`${relative(site, page)}: ${link.href} (an HTML file, not a page: needs target="_self")`);
        // Typedoc's anchors are made by its script; VitePress's are in the HTML.
        else if (link.anchor !== "" && link.file.endsWith(".html") && !isApi(link.file) && !idsOf(link.file).has(link.anchor)) broken.push(`${relative(site, page)}: ${link.href} (no such anchor)`);
      }
    }
    expect(pages.length).toBeGreaterThan(60);
    expect(broken).toEqual([]);
  });

  it("shows every page in Chromium without a console error, failed request or broken image", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let current = "";
    page.on("console", (m) => {
      // The browser asks every site for /favicon.ico by itself; the site has none and links none.
      if (m.type() === "error" && !m.location().url.endsWith("/favicon.ico")) problems.push(`${current}: console: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`${current}: ${e.message}`));
    page.on("response", (r) => {
      if (r.status() >= 400) problems.push(`${current}: ${r.status()} ${r.url()}`);
    });
    // Nothing leaves the machine: any other origin is a problem. (Watched, not routed: routing
    // every request through the test turns the browser's cache off and tripled the walk's time.)
    page.on("request", (r) => {
      if (!r.url().startsWith(origin)) problems.push(`${current}: request outside the site: ${r.url()}`);
    });
    // files/ holds copies of example sources the guides link (examples/browser.html needs the
    // package's node_modules beside it): downloads, checked to exist above, not pages to visit.
    const visits = [...htmlFiles().filter((f) => !isApi(f) && !relative(site, f).startsWith("files")), join(site, "api", "index.html")];
    let images = 0;
    for (const file of visits) {
      current = `/${relative(site, file).replaceAll("\\", "/")}`;
      await page.goto(origin + current, { waitUntil: "load" });
      const broken = await page.evaluate(async () => {
        const imgs = [...document.images];
        await Promise.all(imgs.map((img) => (img.complete ? null : new Promise((done) => img.addEventListener("load", done, { once: true })).catch(() => null))));
        return { count: imgs.length, broken: imgs.filter((img) => img.naturalWidth === 0).map((img) => img.getAttribute("src")) };
      });
      images += broken.count;
      for (const src of broken.broken) problems.push(`${current}: broken image ${src}`);
      if (current === "/gallery.html") expect(broken.count, "gallery charts").toBeGreaterThanOrEqual(34);
    }
    expect(problems).toEqual([]);
    expect(images).toBeGreaterThan(80);
    await context.close();
  }, 600_000);

  it("finds a page with the local search", async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/index.html`);
    await page.getByRole("button", { name: /search/i }).first().click();
    // The box loads the index on open: fill the field once it is there (typing earlier is lost).
    const input = page.locator(".VPLocalSearchBox input");
    await input.waitFor({ timeout: 60_000 });
    await input.fill("funnel");
    await page.locator(".VPLocalSearchBox .result").first().waitFor({ timeout: 60_000 });
    const titles = await page.locator(".VPLocalSearchBox .result").allTextContents();
    expect(titles.some((t) => /funnel/i.test(t))).toBe(true);
    await page.close();
  }, 180_000);

  it("looks right to a developer (screenshots)", async () => {
    mkdirSync(artifacts, { recursive: true });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const [name, path] of [
      ["home", "/index.html"],
      ["gallery", "/gallery.html"],
      ["cookbook", "/cookbook/one-chart-per-unit.html"],
      ["api", "/api/index.html"],
    ] as const) {
      await page.goto(origin + path, { waitUntil: "load" });
      await page.screenshot({ path: join(artifacts, `${name}.png`) });
      expect(statSync(join(artifacts, `${name}.png`)).size, name).toBeGreaterThan(10_000);
    }
    await page.close();
  });
});
