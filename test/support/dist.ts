/**
 * What the tests run that users run — the package in dist/ (the binary, the examples, the docs
 * build) and the workshop playground page — built once per test run by the global setup
 * (global-setup.ts), before any test starts. Tests never build; they only check the build is there.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { repoRoot } from "./shared.js";

const run = promisify(execFile);

const entries = ["index.js", "adapters.js", "cli.js", "interactive.js"].map((f) => join(repoRoot, "dist", f));

/** The playground page the tests open (scripts/build-playground.mjs --out), git-ignored. */
export const builtPlayground = join(repoRoot, "artifacts", "playground", "index.html");

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "playground") continue; // not part of the package build
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

/** dist/ is newer than every source of the build (src/, the build's config and package.json). */
function fresh(): boolean {
  if (!entries.every((f) => existsSync(f))) return false;
  const built = Math.min(...entries.map((f) => statSync(f).mtimeMs));
  const sources = Math.max(newest(join(repoRoot, "src")), ...["tsup.config.ts", "package.json"].map((f) => statSync(join(repoRoot, f)).mtimeMs));
  return built >= sources;
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Builds dist/ from the current src/ when it is older: the JavaScript only (tsup --no-dts, about
 * 1 s; the type declarations take 15–20 s and no test reads them — `npm run build` makes the whole
 * package). A dist/ that is already fresh (CI builds before testing) is left alone, and a lock
 * keeps two test runs in one checkout from building at once.
 */
export async function buildPackage(): Promise<void> {
  if (fresh()) return;
  const lock = join(repoRoot, "node_modules", ".cache", "spc-dist-build.lock");
  mkdirSync(join(lock, ".."), { recursive: true });
  // Another run holding the lock is building: wait for it (up to 2 minutes, then say so).
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (attempt >= 480) throw new Error(`could not take the build lock ${lock} (remove it if no build is running)`);
      await pause(250);
    }
  }
  try {
    if (fresh()) return;
    const tsup = join(repoRoot, "node_modules", "tsup", "dist", "cli-default.js");
    try {
      await run(process.execPath, [tsup, "--no-dts", "--silent"], { cwd: repoRoot });
    } catch (e) {
      const { stdout, stderr } = e as { stdout?: string; stderr?: string };
      throw new Error(`building dist/ failed:\n${stdout ?? ""}\n${stderr ?? ""}`);
    }
  } finally {
    rmdirSync(lock);
  }
}

/** Builds the playground page into artifacts/playground/ (esbuild, well under a second). */
export async function buildPlayground(): Promise<void> {
  await run(process.execPath, [join(repoRoot, "scripts", "build-playground.mjs"), "--out", builtPlayground], { cwd: repoRoot });
}

/**
 * Checks that the global setup built dist/ (the name is kept for the tests that call it).
 *
 * @throws when dist/ is missing: the tests were not started through vitest.config.ts.
 */
export function ensureBuild(): void {
  const missing = entries.filter((f) => !existsSync(f));
  if (missing.length > 0) throw new Error(`${missing.join(", ")} missing: test/support/global-setup.ts builds dist/ before the tests (run them with vitest, or npm run build)`);
}

/**
 * Bundles a small test entry (TypeScript source importing the library's sources) into one
 * script for a page, as a browser app would ship it: for browser tests of code that the
 * package's own build does not put in a page (e.g. the PowerPoint writer with pptxgenjs).
 *
 * @example
 * ```ts
 * const script = await browserBundle('import { compute } from "./src/index.ts"; window.compute = compute;', "entry.ts");
 * ```
 */
export async function browserBundle(contents: string, sourcefile: string): Promise<string> {
  const { build } = await import("esbuild");
  const out = await build({ stdin: { contents, resolveDir: repoRoot, loader: "ts", sourcefile }, bundle: true, format: "iife", platform: "browser", write: false, logLevel: "silent" });
  return out.outputFiles[0]!.text;
}

/**
 * Turns TypeScript (or JSX) source into an ES module for Node 20, as the docs' code blocks are
 * run: types stripped, nothing bundled.
 *
 * @example
 * ```ts
 * const js = await transpile("const n: number = 1; console.log(n);", "ts");
 * ```
 */
export async function transpile(code: string, loader: "ts" | "tsx" | "js" | "jsx"): Promise<string> {
  const { transform } = await import("esbuild");
  return (await transform(code, { loader, format: "esm", target: "node20" })).code;
}
