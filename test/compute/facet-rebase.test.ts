import { describe, expect, it } from "vitest";
import { compute, type ChartRow } from "../../src/index.js";
import { hasReference, readJson, relativelyClose, skipReason } from "../support/shared.js";

// Per-unit rebasing as NHSRplotthedots' `rebase = list(A = dates, B = dates)`: spc-charts has it as
// per-facet `breaks` ({ "A": [positions] }). NHSRplotthedots computes each facet alone, so two of
// its single-series reference cases, put side by side as two facets with their own rebase dates,
// must give each facet exactly what its case gives alone.

interface MdcCase {
  values: number[];
  dates: string[];
  rebase: string[];
}
interface MdcExpected {
  points: { mean_col: number | null; lpl: number | null; upl: number | null }[];
}

/** NHSRplotthedots starts a group at each rebase date; spc-charts breaks after the position before it. */
const breaksOf = (c: MdcCase) => c.rebase.map((date) => c.dates.indexOf(date)).filter((i) => i > 0);

describe("per-unit rebasing (NHSRplotthedots rebase = list(...))", () => {
  it.skipIf(!hasReference)(`gives each facet its own rebase groups, as NHSRplotthedots per case ${hasReference ? "" : `(skipped: ${skipReason})`}`, () => {
    const names = { A: "ae_rrk_type1_breaches_rebase", B: "ae_total_attendances_rebase_two" } as const;
    const cases = { A: readJson<MdcCase>("mdc", "cases", `${names.A}.json`), B: readJson<MdcCase>("mdc", "cases", `${names.B}.json`) };
    const data: ChartRow[] = (["A", "B"] as const).flatMap((facet) => cases[facet].values.map((y, i) => ({ x: cases[facet].dates[i]!, y, facet })));
    const breaks = { A: breaksOf(cases.A), B: breaksOf(cases.B) };
    expect(breaks).toEqual({ A: [27], B: [12, 24] }); // 2018-07-01 is month 28; 2017-04-01 and 2018-04-01 months 13 and 25
    const result = compute({ chart: "i", convention: "mdc", data, breaks });
    for (const facet of ["A", "B"] as const) {
      const expected = readJson<MdcExpected>("mdc", "expected", `${names[facet]}.json`).points;
      const points = result.points.filter((p) => p.facet === facet);
      expect(points).toHaveLength(expected.length);
      expect(new Set(points.map((p) => p.part)).size).toBe(breaks[facet].length + 1);
      points.forEach((p, i) => {
        const e = expected[i]!;
        for (const [ours, theirs] of [[p.cl, e.mean_col], [p.lcl, e.lpl], [p.ucl, e.upl]] as const) {
          expect(relativelyClose(ours!, theirs!, 1e-12), `${facet} point ${i + 1}: ${ours} vs ${theirs}`).toBe(true);
        }
      });
    }
  });
});
