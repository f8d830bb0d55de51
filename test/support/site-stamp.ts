/**
 * Which inputs the docs site in docs/site/ was built from: a SHA-256 over the content of every
 * file the docs build reads (the pages and charts under docs/, the library's src/ that draws the
 * charts and that typedoc documents, the examples it copies, the README typedoc shows, and the
 * build's own scripts and configuration), written beside the build as docs/site/.inputs-sha256.
 * The site test (test/docs/site.test.ts) walks a built site only when the stamp matches the
 * inputs of today and builds it again otherwise, so it never tests a stale site, and a site that
 * `npm run docs` has just built is not built twice: CI stamps it right after building
 * (`npx tsx test/support/site-stamp.ts`, see .ci/run).
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { repoRoot } from "./shared.js";

/** The built site. */
export const siteDir = join(repoRoot, "docs", "site");
const stampFile = join(siteDir, ".inputs-sha256");

/** What the build writes under docs/ (never an input). */
const generated = new Set(["docs/site", "docs/.site-src", "docs/.vitepress/cache", "docs/.vitepress/dist"]);

const inputs = ["docs", "src", "examples", "README.md", "typedoc.json", "tsup.config.ts", "package.json", "package-lock.json", "scripts/build-docs.mjs", "scripts/build-cli-reference.mjs"];

function filesUnder(path: string): string[] {
  const rel = relative(repoRoot, path).replaceAll("\\", "/");
  if (generated.has(rel) || !existsSync(path)) return [];
  const entries = (() => {
    try {
      return readdirSync(path, { withFileTypes: true });
    } catch {
      return null; // a file
    }
  })();
  if (entries === null) return [path];
  return entries.sort((a, b) => (a.name < b.name ? -1 : 1)).flatMap((e) => filesUnder(join(path, e.name)));
}

/**
 * The hash of today's inputs (names and contents, in a fixed order).
 *
 * @example
 * ```ts
 * const fresh = siteStamp() === inputsHash();
 * ```
 */
export function inputsHash(): string {
  const hash = createHash("sha256");
  for (const file of inputs.flatMap((p) => filesUnder(join(repoRoot, p)))) {
    hash.update(relative(repoRoot, file).replaceAll("\\", "/")).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

/** The stamp of the built site, or null when there is none (not built, or built and not stamped). */
export function siteStamp(): string | null {
  return existsSync(stampFile) ? readFileSync(stampFile, "utf8").trim() : null;
}

/** Stamps the built site with the hash of the inputs it was built from (call right after building). */
export function writeSiteStamp(hash = inputsHash()): void {
  writeFileSync(`${stampFile}.tmp`, `${hash}\n`);
  renameSync(`${stampFile}.tmp`, stampFile);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!existsSync(join(siteDir, "index.html"))) {
    console.error(`${siteDir} is not built: run npm run docs first`);
    process.exit(1);
  }
  writeSiteStamp();
  console.log(`stamped ${relative(repoRoot, stampFile)}`);
}
