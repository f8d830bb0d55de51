/**
 * The CLI's JSON result: what compute() returns, with each finding's words in the chosen
 * language beside its data, so that a script reading `spc compute` output needs no library.
 *
 * @module
 */
import { describeFinding, type FindingText } from "../rules/describe.js";
import type { Finding, Lang } from "../rules/types.js";
import type { ChartResult } from "../types.js";

/** A finding as the CLI prints it: its data, and its explanation and hint in one language. */
export type FindingWithText = Finding & { text: FindingText & { lang: Lang } };

/**
 * The result with `text: { lang, explanation, hint }` added to every finding (the result itself
 * is left as it is).
 *
 * @example
 * ```ts
 * const json = withFindingTexts(compute(spec), "en");
 * json.findings[0].text.explanation; // "8 points in a row above the centre line (points 6–13); …"
 * ```
 */
export function withFindingTexts(result: ChartResult, lang: Lang): Omit<ChartResult, "findings"> & { findings: FindingWithText[] } {
  return { ...result, findings: result.findings.map((f) => ({ ...f, text: { lang, ...describeFinding(f, { lang, result }) } })) };
}
