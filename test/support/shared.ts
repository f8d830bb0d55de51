import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is test/support/shared.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The shared reference folder: `../shared` beside the clone, or SPC_SHARED_DIR. CI always has it;
 * a user's clone may not, and then the reference suites are skipped and say why.
 */
export const sharedDir = process.env.SPC_SHARED_DIR ?? resolve(repoRoot, "..", "shared");
export const referenceDir = join(sharedDir, "reference");
export const hasReference = existsSync(referenceDir);
export const skipReason = `reference data not found at ${referenceDir} (set SPC_SHARED_DIR to the shared folder); CI always has it`;

export function readJson<T = unknown>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(referenceDir, ...parts), "utf8")) as T;
}

/** Names (file stems) of the JSON files in a reference subfolder. */
export function caseNames(...parts: string[]): string[] {
  const dir = join(referenceDir, ...parts);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => f.replace(/\.json$/, ""))
    .sort();
}

/** |a − b| ≤ tol · max(|a|, |b|), with exact equality for zeros. */
export function relativelyClose(actual: number, expected: number, tolerance: number): boolean {
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(actual), Math.abs(expected));
}

/** Relative error |actual − expected| / |expected| (absolute error for an expected 0). */
export function relativeError(actual: number, expected: number): number {
  if (actual === expected) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}
