/**
 * Sliding windows of m consecutive usable points, shared by `two-of-three` and `four-of-five`.
 *
 * @module
 */
import { forEachSequence, type RuleContext } from "./context.js";
import type { RuleId } from "./types.js";

/**
 * Scans every window of `m` consecutive usable points within a sequence (windows never reach
 * past a missing value under `mdc`, nor past the part). `qualifies(from)` says on which side the
 * window `seq[from..from+m)` signals (+1, −1, or 0 for none); `flags(i, side)` which of its
 * points are flagged. Qualifying windows on one side that overlap merge into one finding whose
 * stretch is their union; `count` is the number of flagged points and `limit` is `k`.
 *
 * @example
 * ```ts
 * // Western Electric's 2 of 3 beyond the upper 2-sigma line (high side only):
 * scanWindows(ctx, "two-of-three", 3, 2, (w) => (hitsAbove(w) >= 2 ? 1 : 0), (i) => ctx.y[i] > at(ctx.ucl95, i));
 * ```
 */
export function scanWindows(
  ctx: RuleContext,
  rule: RuleId,
  m: number,
  k: number,
  qualifies: (from: number) => number,
  flags: (i: number, side: number) => boolean,
): void {
  const { seq } = ctx;
  forEachSequence(ctx, (from, to) => {
    // One open group per side: index 0 for high (+1), 1 for low (−1).
    const groups: ({ start: number; end: number; points: number[] } | null)[] = [null, null];
    const flush = (g: number) => {
      const group = groups[g];
      if (!group) return;
      ctx.emit({ rule, side: g === 0 ? "high" : "low", first: seq[group.start]!, last: seq[group.end]!, points: group.points, count: group.points.length, limit: k });
      groups[g] = null;
    };
    for (let w = from; w + m <= to; w++) {
      const side = qualifies(w);
      if (side === 0) continue;
      const g = side > 0 ? 0 : 1;
      let group = groups[g];
      if (group && w > group.end) {
        flush(g);
        group = null;
      }
      if (!group) {
        group = { start: w, end: w, points: [] };
        groups[g] = group;
      }
      const lastFlagged = group.points.length > 0 ? group.points[group.points.length - 1]! : -1;
      for (let j = w; j < w + m; j++) {
        const i = seq[j]!;
        if (i > lastFlagged && flags(i, side)) group.points.push(i);
      }
      group.end = w + m - 1;
    }
    // Emit in order of position so that findings come out sorted.
    const order = [0, 1].filter((g) => groups[g]).sort((a, b) => groups[a]!.start - groups[b]!.start);
    for (const g of order) flush(g);
  });
}
