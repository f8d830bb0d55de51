/**
 * Type tests, checked by `npx tsc --noEmit -p .` (not run by vitest): the types people write a
 * spec with. Each `@ts-expect-error` line must fail to type-check, or tsc reports the directive
 * as unused, so the file proves what it says.
 */
import { compute, type ChartSpec, type ChartSpecDraft, type ChartSpecFor, type IssueCode, type SpcIssue } from "../../src/index.js";
import type { SPEC_MESSAGES } from "../../src/chart-spec/messages.js";
import type { PLAN_MESSAGES } from "../../src/plan/messages.js";
import type { ADAPTER_MESSAGES } from "../../src/adapters/messages.js";
import type { NOTICE_MESSAGES } from "../../src/adapters/notice-messages.js";
import type { WARNING_MESSAGES } from "../../src/compute/warning-messages.js";

// A spec written `as const`, readonly all the way down, is accepted.
const frozen = {
  chart: "p",
  data: [
    { x: "2024-01-01", y: 3, n: 40 },
    { x: "2024-02-01", y: 5, n: null },
  ],
  breaks: [1],
  rules: ["shift", { rule: "trend", n: 6 }],
} as const;
compute(frozen);

// n is required on every row of p, pp, u, up and np charts (null marks a missing value) ...
// @ts-expect-error a P chart row without n
compute({ chart: "p", data: [{ y: 3 }] });
// @ts-expect-error an NP chart row without n
compute({ chart: "np", data: [{ y: 3, n: 20 }, { y: 2 }] });
// @ts-expect-error a U′ chart row without n
const upSpec: ChartSpec = { chart: "up", data: [{ y: 1 }] };
void upSpec;
compute({ chart: "u", data: [{ y: 3, n: null }] });
// ... and optional elsewhere (an I′ chart's n is an optional weight).
compute({ chart: "i", data: [{ y: 3 }] });
compute({ chart: "ip", data: [{ y: 3 }] });

// x takes a Date (midnight UTC is that day; compute() reports any other time of day).
compute({ chart: "run", data: [{ x: new Date(Date.UTC(2024, 0, 31)), y: 1 }] });
// @ts-expect-error x is a number, a string, a Date or null
compute({ chart: "run", data: [{ x: true, y: 1 }] });

// An unknown chart type or field value does not type-check.
// @ts-expect-error no chart "pie"
compute({ chart: "pie", data: [] });
// @ts-expect-error method is anhoej, bestbox or cutbox
compute({ chart: "i", data: [], method: "nelson" });

// The TypeScript type and the zod schema (the runtime truth) have the same fields, and every
// ChartSpec is one the schema's input type accepts once made mutable.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type DeepMutable<T> = T extends Date ? T : T extends readonly (infer E)[] ? DeepMutable<E>[] : T extends object ? { -readonly [K in keyof T]: DeepMutable<T[K]> } : T;
export type SameFields = Assert<Equal<keyof ChartSpecFor<"i">, keyof ChartSpecDraft>>;
export const fitsSchema = (spec: ChartSpec): ChartSpecDraft => spec as DeepMutable<ChartSpec>;

// Issue codes are a union: the catalogs' codes are all in it, and an unknown one is refused.
type Within<T extends IssueCode> = T;
export type CatalogCodes = Within<
  | keyof (typeof SPEC_MESSAGES)["entries"]
  | keyof (typeof PLAN_MESSAGES)["entries"]
  | keyof (typeof ADAPTER_MESSAGES)["entries"]
  | keyof (typeof NOTICE_MESSAGES)["entries"]
  | keyof (typeof WARNING_MESSAGES)["entries"]
>;
export const known: SpcIssue = { code: "negative_count", path: ["data", 0, "y"], message: "a count cannot be negative (C chart)" };
// @ts-expect-error not a code the library emits
export const unknown: SpcIssue = { code: "no_such_code", path: [], message: "" };
