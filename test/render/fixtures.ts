/**
 * Deterministic data for the render tests: seeded pseudo-random series (mulberry32), so every
 * machine draws the same charts.
 */
import type { ChartRow } from "../../src/index.js";

export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** First of each month from `year`-`month`, as ISO dates. */
export function months(count: number, year = 2023, month = 1): string[] {
  return Array.from({ length: count }, (_, i) => {
    const m = month - 1 + i;
    return `${year + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}-01`;
  });
}

/** Mondays from 2024-01-01 (ISO week 1). */
export function mondays(count: number): string[] {
  return Array.from({ length: count }, (_, i) => new Date(Date.UTC(2024, 0, 1 + 7 * i)).toISOString().slice(0, 10));
}

/** A normal series around `mean` with an optional shift from `shiftAt`. */
export function series(count: number, seed: number, mean: number, sd: number, shiftAt = Infinity, shift = 0): number[] {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => Math.round((mean + sd * normal(rand) + (i >= shiftAt ? shift : 0)) * 100) / 100);
}

/** Counts with denominators: y ~ roughly binomial(n, p). */
export function proportions(count: number, seed: number, p: number, nMin: number, nMax: number, shiftAt = Infinity, pAfter = p): { y: number; n: number }[] {
  const rand = random(seed);
  return Array.from({ length: count }, (_, i) => {
    const n = nMin + Math.floor(rand() * (nMax - nMin + 1));
    const q = i >= shiftAt ? pAfter : p;
    let y = 0;
    for (let k = 0; k < n; k++) if (rand() < q) y++;
    return { y, n };
  });
}

/** Rows with x = months. */
export function monthly(values: (number | null)[], start = 2023): ChartRow[] {
  const xs = months(values.length, start);
  return values.map((y, i) => ({ x: xs[i]!, y }));
}
