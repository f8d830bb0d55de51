/// <reference lib="dom" />
/**
 * Every example runs: the Node scripts and cli.sh as child processes on the built package, and
 * browser.html in Chromium (playwright-core) over a local static server, where it must draw an
 * SVG without console errors. The browser part is skipped only when no Chromium binary exists.
 */
import { execFile } from "node:child_process";
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { promisify } from "node:util";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTitle, chromiumPath, openBrowser } from "../support/chromium.js";
import { ensureBuild } from "../support/dist.js";
import { repoRoot } from "../support/shared.js";

const run = promisify(execFile);
const examples = join(repoRoot, "examples");
const out = join(repoRoot, "out");

beforeAll(() => ensureBuild()); // built by the global setup

describe("examples", () => {
  it("has a test for every example", () => {
    const files = readdirSync(examples).filter((f) => statSync(join(examples, f)).isFile());
    expect(files.sort()).toEqual(["browser.html", "cli.sh", "node-render.mjs", "quick-start.mjs"]);
  });

  it("quick-start.mjs computes and draws every bundled spec", async () => {
    const { stdout } = await run(process.execPath, [join(examples, "quick-start.mjs")], { cwd: repoRoot });
    expect(stdout).toMatch(/Drew 2 charts/);
    expect(readFileSync(join(out, "examples", "falls-nursing-home.svg"), "utf8")).toMatch(/^<svg/);
  });

  it("node-render.mjs reads a CSV, explains the chart and writes an SVG to out/", async () => {
    rmSync(join(out, "node-render"), { recursive: true, force: true });
    const { stdout } = await run(process.execPath, [join(examples, "node-render.mjs")], { cwd: repoRoot });
    expect(stdout).toMatch(/^U chart «Falls per 1,000 bed-days» with 12 points/);
    const svg = readFileSync(join(out, "node-render", "falls.svg"), "utf8");
    expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(JSON.parse(readFileSync(join(out, "node-render", "falls.json"), "utf8")).chart).toBe("u");
  });

  it("cli.sh runs spc suggest, chart, render and report", async () => {
    rmSync(join(out, "cli"), { recursive: true, force: true });
    const { stdout } = await run("bash", [join(examples, "cli.sh")], { cwd: repoRoot });
    expect(stdout).toMatch(/^U chart\n/);
    const written = readdirSync(join(out, "cli")).sort();
    expect(written).toEqual(["days-between-injuries.svg", "fall-report.html", "falls-nursing-home.svg", "falls-per-month.svg", "falls.json", "falls.svg"]);
    for (const f of written.filter((f) => f.endsWith(".svg"))) expect(readFileSync(join(out, "cli", f), "utf8"), f).toMatch(/^<svg/);
    expect(readFileSync(join(out, "cli", "fall-report.html"), "utf8")).toMatch(/<svg/);
    expect(JSON.parse(readFileSync(join(out, "cli", "falls.json"), "utf8")).points).toHaveLength(12);
  }, 60_000);
});

const types: Record<string, string> = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript", ".json": "application/json", ".map": "application/json" };

describe.skipIf(!chromiumPath)(browserTitle("browser.html in Chromium"), () => {
  let server: Server;
  let browser: Browser;
  let base = "";

  beforeAll(async () => {
    // A static server on the repository root, as a user would run one.
    server = createServer((req, res) => {
      const path = normalize(join(repoRoot, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)));
      if (!path.startsWith(repoRoot + sep) || !existsSync(path) || !statSync(path).isFile()) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(readFileSync(path));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await openBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it("imports dist/index.js with an import map and draws a chart, without console errors", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("requestfailed", (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
    page.on("response", (r) => r.status() >= 400 && errors.push(`${r.url()}: HTTP ${r.status()}`));
    await page.goto(`${base}/examples/browser.html`);
    const svg = page.locator("#chart svg");
    await svg.waitFor({ timeout: 0 }); // as long as it takes: the test's own timeout is the only bound
    expect((await svg.boundingBox())?.width).toBeGreaterThan(300);
    expect(await page.locator("#chart svg title").first().textContent()).toMatch(/Falls per 1,000 bed-days/);
    expect(await page.locator("#story").textContent()).toMatch(/^U chart/);
    // The interactive layer (dist/interactive.js): a click on a point names it.
    await page.locator("#chart svg [data-index='3']").click();
    await expect.poll(() => page.locator("#picked").textContent()).toMatch(/^Point 3 \(2023-03-01\): \d+\.\d falls per 1,000 bed-days$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
