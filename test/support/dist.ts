/**
 * The built package in dist/, for tests that run what users run (examples, the docs build).
 * Builds it (`npm run build`) when it is missing or older than src/; CI builds before the tests,
 * so there it is only checked. A lock keeps two test files from building at the same time.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./shared.js";

const entries = ["index.js", "adapters.js", "cli.js"].map((f) => join(repoRoot, "dist", f));

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "playground") continue; // not part of the package build
    const path = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  if (!entries.every((f) => existsSync(f))) return false;
  const built = Math.min(...entries.map((f) => statSync(f).mtimeMs));
  return built >= newest(join(repoRoot, "src"));
}

/** Makes sure dist/ is built from the current src/. */
export function ensureBuild(): void {
  if (fresh()) return;
  const lock = join(repoRoot, "node_modules", ".cache", "spc-dist-build.lock");
  mkdirSync(join(lock, ".."), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`could not take the build lock ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (!fresh()) execFileSync("npm", ["run", "build"], { cwd: repoRoot, stdio: "pipe" });
  } finally {
    rmdirSync(lock);
  }
}
