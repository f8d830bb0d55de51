import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import type { Table } from "../../src/adapters/index.js";

/** A fixture's text exactly as stored (BOM and CRLF included). */
export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), "utf8");
}

interface Account {
  used: readonly { line: number }[];
  rejected: readonly { line: number }[];
  ignored?: readonly { line: number }[];
}

/** Every input line is accounted for, and a line is never both used and rejected (one row per line). */
export function expectEveryLineAccountedFor(table: Table, result: Account): void {
  const input = new Set(table.rows.map((r) => r.line));
  const used = new Set(result.used.map((u) => u.line));
  const rejected = new Set(result.rejected.map((r) => r.line));
  const ignored = new Set((result.ignored ?? []).map((r) => r.line));
  expect(new Set([...used, ...rejected, ...ignored])).toEqual(input);
  for (const line of used) expect(rejected.has(line) || ignored.has(line), `line ${line}`).toBe(false);
  for (const line of rejected) expect(ignored.has(line), `line ${line}`).toBe(false);
}
