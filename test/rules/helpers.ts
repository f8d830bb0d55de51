import { scaleLines } from "../../src/charts/scaled-lines.js";
import type { PartLines } from "../../src/charts/part-frame.js";
import { explainFinding, facetXWords } from "../../src/rules/describe.js";
import { runPartRules } from "../../src/rules/engine.js";
import { XFormatter } from "../../src/rules/locale.js";
import type { Explained } from "../../src/rules/sentences.js";
import { ruleConfigs } from "../../src/rules/resolve.js";
import type { Direction, Finding } from "../../src/rules/types.js";
import { analyseRuns } from "../../src/runs/analysis.js";
import type { RunsMethod } from "../../src/types.js";

/** Lines around a centre line 0 with sigma 1: ±3 (limits), ±2, and ±1 (2·l2 − l3). */
export const UNIT_LINES = { cl: 0, ucl: 3, lcl: -3, ucl95: 2, lcl95: -2 } as const;

/** Lines a run chart has: a centre line and nothing else. */
export const RUN_LINES = { cl: 0, ucl: Number.NaN, lcl: Number.NaN, ucl95: Number.NaN, lcl95: Number.NaN } as const;

export interface DetectOptions {
  lines?: { cl: number; ucl: number; lcl: number; ucl95: number; lcl95: number };
  /** 0-based indices left out. */
  exclude?: number[];
  missing?: "skip" | "break";
  method?: RunsMethod;
  direction?: Direction;
  /** No runs analysis and no sequence rules (MR charts, categorical x). */
  unordered?: boolean;
  x?: (number | string)[];
  xType?: "number" | "date" | "category";
}

/**
 * Runs rules on one hand-built part, the way compute() does; findings with 1-based positions, and
 * `texts(f)` writes a finding's sentences with x read as the part's axis reads it.
 */
export function detect(
  rules: unknown,
  ys: readonly (number | null)[],
  options: DetectOptions = {},
): { findings: Finding[]; variation: (string | null)[]; first: (string | null)[]; texts: (f: Finding) => Explained } {
  const lines = options.lines ?? UNIT_LINES;
  const y = Float64Array.from(ys, (v) => (v === null ? Number.NaN : v));
  const include = Uint8Array.from(ys, (_, i) => (options.exclude?.includes(i) ? 0 : 1));
  const part: PartLines = { y, cl: lines.cl, ucl: lines.ucl, lcl: lines.lcl, ucl95: lines.ucl95, lcl95: lines.lcl95 };
  const runs = analyseRuns(y, lines.cl, include, options.method ?? "anhoej");
  const findings: Finding[] = [];
  const x = options.x ?? ys.map((_, i) => i + 1);
  const out = runPartRules(
    { rules: ruleConfigs(rules), direction: options.direction ?? "neutral", missing: options.missing ?? "skip" },
    {
      facet: null,
      part: 1,
      offset: 0,
      lines: part,
      scaled: scaleLines(part, 1),
      include,
      runs: options.unordered ? null : runs,
      sequential: !options.unordered,
      x,
    },
    findings,
  );
  const variation = ys.map((_, i) => {
    const k = out ? out.slot[i]! - 1 : -1;
    return k >= 0 ? out!.variation[k]! : null;
  });
  const first = ys.map((_, i) => {
    const k = out ? out.slot[i]! - 1 : -1;
    return k >= 0 ? out!.signals[k]![0]!.rule : null;
  });
  const words = facetXWords(new XFormatter(x, options.xType ?? "number"), 0);
  return { findings, variation, first, texts: (f) => explainFinding(f, words) };
}

/** The findings in a compact form for comparisons: [rule, side, flagged positions]. */
export function brief(findings: readonly Finding[]): [string, string | null, number[]][] {
  return findings.map((f) => [f.rule, f.side, f.points]);
}

/** The same findings with high and low swapped. */
export function mirrored(findings: readonly Finding[]): [string, string | null, number[]][] {
  return brief(findings).map(([rule, side, points]) => [rule, side === "high" ? "low" : side === "low" ? "high" : null, points]);
}

/** −y, keeping missing values. */
export const negate = (ys: readonly (number | null)[]) => ys.map((v) => (v === null ? null : v === 0 ? 0 : -v));
