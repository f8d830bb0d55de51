/**
 * `outside-limits`: one point beyond the 3-sigma limits (Shewhart; Western Electric rule 1,
 * Nelson test 1, qicharts2's sigma signal, Making Data Count's "outside the process limits").
 *
 * @module
 */
import { at, type RuleDefinition } from "./context.js";
import { formatPair } from "./locale.js";

/**
 * A usable point strictly above the upper or strictly below the lower 3-sigma limit. A point
 * exactly on a limit is inside; where a limit is undefined (run charts, too few points) nothing
 * is found.
 *
 * @example
 * ```ts
 * import { compute } from "spc-charts";
 * compute({ chart: "c", data: [4, 5, 3, 6, 4, 30].map((y) => ({ y })), rules: ["outside-limits"] })
 *   .findings; // [{ rule: "outside-limits", side: "high", points: [6], limit: 17.498…, … }]
 * ```
 */
export const outsideLimits: RuleDefinition<"outside-limits"> = {
  id: "outside-limits",
  name: { nb: "Utenfor kontrollgrensene", en: "Outside the control limits" },
  params: [],
  sided: true,
  sequential: false,
  detect(ctx) {
    const { y, seq, ucl, lcl } = ctx;
    for (let k = 0; k < seq.length; k++) {
      const i = seq[k]!;
      const v = y[i]!;
      const upper = at(ucl, i);
      if (v > upper) {
        if (Number.isFinite(upper)) ctx.emit({ rule: "outside-limits", side: "high", first: i, last: i, points: [i], count: 1, limit: upper });
        continue;
      }
      const lower = at(lcl, i);
      if (v < lower && Number.isFinite(lower)) ctx.emit({ rule: "outside-limits", side: "low", first: i, last: i, points: [i], count: 1, limit: lower });
    }
  },
  explain(d, e) {
    const high = d.side === "high";
    const pair = formatPair(e.y(d.first), d.limit);
    const [vnb, lnb] = pair.nb;
    const [ven, len] = pair.en;
    return {
      explanation: {
        nb: `Ett punkt ligger ${high ? "over øvre" : "under nedre"} kontrollgrense (${e.at(d.first, "nb")}: ${vnb} mot grensen ${lnb}). Tilfeldig variasjon gir sjelden et punkt så langt ute, så noe spesielt har trolig skjedd.`,
        en: `One point lies ${high ? "above the upper" : "below the lower"} control limit (${e.at(d.first, "en")}: ${ven} against the limit ${len}). Common-cause variation rarely puts a point that far out, so something special has probably happened.`,
      },
      hint: {
        nb: `Finn ut hva som skjedde (${e.at(d.first, "nb")}) og om det kan skje igjen.`,
        en: `Find out what happened (${e.at(d.first, "en")}) and whether it can happen again.`,
      },
    };
  },
};
