/**
 * The learning network's A3 form in the plan: the improvement project on one page — problem,
 * department, who is responsible, start and end, aim, current situation, analysis, solution,
 * expected result, the changes (what, who, when, effect), the tests and the follow-up. Each key
 * may be written in bokmål or English (`avdeling` or `department`); the plan read back holds them
 * once, under their English names, in `plan.a3`.
 *
 * @module
 */
import * as z from "zod/mini";
import { parseDate } from "../adapters/dates.js";

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
const optional = <T extends z.ZodMiniType>(schema: T, description: string) => z.optional(described(schema, description));

/** A text, or a list of points (each shown as a bullet). */
const textOrList = z.union([z.string(), z.array(z.string())], { error: "must be a text or a list of texts" });
const date = z.string().check(
  z.refine((text: string) => parseDate(text).ok, { message: "must be a date, e.g. 2025-12-31 or 31.12.2025 (or a month such as mars 2025)" }),
);

/** One change in the A3's table of changes, in bokmål or English keys. */
export const a3ChangeSchema = z.strictObject({
  what: optional(z.string(), "what is changed (English key; bokmål: hva)"),
  hva: optional(z.string(), "hva som endres (bokmål; English: what)"),
  who: optional(z.string(), "who does it (English key; bokmål: hvem)"),
  hvem: optional(z.string(), "hvem som gjør det (bokmål; English: who)"),
  when: optional(z.string(), "when: a date or a period as the team writes it (English key; bokmål: når)"),
  når: optional(z.string(), "når: en dato eller periode (bokmål; English: when)"),
  effect: optional(z.string(), "expected effect and how it is measured (English key; bokmål: effekt)"),
  effekt: optional(z.string(), "forventet effekt og hvordan den måles (bokmål; English: effect)"),
});

/**
 * The A3 keys of a plan, each under its English and its bokmål name (`aim` is the plan's own
 * key; `mål` is its bokmål name): `[english, bokmål, description]`.
 *
 * @example
 * ```ts
 * A3_KEYS.find(([en]) => en === "department"); // ["department", "avdeling", "…"]
 * ```
 */
export const A3_KEYS = [
  ["problem", "problem", "A3: the idea or problem the project works on"],
  ["department", "avdeling", "A3: department or unit"],
  ["responsible", "ansvarlig", "A3: who is responsible"],
  ["start", "start", "A3: when the project starts"],
  ["end", "slutt", "A3: when the project ends"],
  ["aim", "mål", "aim statement: what will improve, by how much, by when (A3: the overall aim)"],
  ["currentState", "nåsituasjon", "A3: the current situation, with data and measurements (the report adds the baseline chart)"],
  ["analysis", "analyse", "A3: the analysis of causes (text or list)"],
  ["solution", "løsning", "A3: the solution chosen (text or list)"],
  ["expectedResult", "forventetResultat", "A3: the expected result (text or list)"],
  ["changes", "endringer", "A3: the changes: [{ what/hva, who/hvem, when/når, effect/effekt }]"],
  ["tests", "tester", "A3: the tests of change (PDSA) (text or list)"],
  ["followUp", "oppfølging", "A3: plan for implementation and follow-up (text or list)"],
] as const;

/** Every name of an A3 key, English and bokmål. */
export type A3KeyName = (typeof A3_KEYS)[number][0] | (typeof A3_KEYS)[number][1];

/** The schema of each A3 key (English name). */
const A3_VALUE: Record<(typeof A3_KEYS)[number][0], z.ZodMiniType> = {
  problem: z.string(),
  department: z.string(),
  responsible: z.string(),
  start: date,
  end: date,
  aim: z.string(),
  currentState: textOrList,
  analysis: textOrList,
  solution: textOrList,
  expectedResult: textOrList,
  changes: z.array(a3ChangeSchema),
  tests: textOrList,
  followUp: textOrList,
};

/**
 * The plan schema's A3 fields, under both names (for `planSchema`): optional, each with a
 * description for editors.
 *
 * @example
 * ```ts
 * Object.keys(a3Fields()).includes("avdeling"); // true
 * ```
 */
export function a3Fields(): Record<A3KeyName, z.ZodMiniOptional<z.ZodMiniType>> {
  const out = {} as Record<A3KeyName, z.ZodMiniOptional<z.ZodMiniType>>;
  for (const [en, nb, description] of A3_KEYS) {
    out[en] = optional(A3_VALUE[en], en === nb ? description : `${description} (bokmål: ${nb})`);
    if (nb !== en) out[nb] = optional(A3_VALUE[en], `${description} (English: ${en})`);
  }
  return out;
}

/** One change of the A3, under English names. */
export interface A3Change {
  what?: string;
  who?: string;
  when?: string;
  effect?: string;
}

/** The A3 fields of a plan, under their English names; texts given as a list stay lists. */
export interface A3 {
  problem?: string;
  department?: string;
  responsible?: string;
  /** ISO date. */
  start?: string;
  /** ISO date. */
  end?: string;
  currentState?: string | string[];
  analysis?: string | string[];
  solution?: string | string[];
  expectedResult?: string | string[];
  changes?: A3Change[];
  tests?: string | string[];
  followUp?: string | string[];
}

/** A key given under both its names, for the error that says so. */
export interface A3Clash {
  path: (string | number)[];
  en: string;
  nb: string;
}

const CHANGE_KEYS = [
  ["what", "hva"],
  ["who", "hvem"],
  ["when", "når"],
  ["effect", "effekt"],
] as const;

/**
 * The A3 fields of a validated plan object, under their English names, and every key given
 * under both its names (an error: which one counts would be a guess).
 *
 * @example
 * ```ts
 * readA3({ avdeling: "Post 3", endringer: [{ hva: "Sensorgulv" }] }).a3;
 * // { department: "Post 3", changes: [{ what: "Sensorgulv" }] }
 * ```
 */
export function readA3(plan: Record<string, unknown>, iso: (date: string) => string): { a3: A3; aim: string | undefined; clashes: A3Clash[] } {
  const a3: Record<string, unknown> = {};
  const clashes: A3Clash[] = [];
  let aim: string | undefined;
  for (const [en, nb] of A3_KEYS) {
    const a = plan[en];
    const b = nb === en ? undefined : plan[nb];
    if (a !== undefined && b !== undefined) clashes.push({ path: [nb], en, nb });
    const value = a ?? b;
    if (value === undefined) continue;
    if (en === "aim") aim = value as string;
    else if (en === "start" || en === "end") a3[en] = iso(value as string);
    else if (en === "changes") {
      a3.changes = (value as Record<string, string | undefined>[]).map((c, i) => {
        const change: A3Change = {};
        for (const [cen, cnb] of CHANGE_KEYS) {
          if (c[cen] !== undefined && c[cnb] !== undefined) clashes.push({ path: [a === undefined ? nb : en, i, cnb], en: cen, nb: cnb });
          const v = c[cen] ?? c[cnb];
          if (v !== undefined) change[cen] = v;
        }
        return change;
      });
    } else a3[en] = value;
  }
  return { a3: a3 as A3, aim, clashes };
}

/** Every name an A3 key has in the plan, English and bokmål (to take them out of the plan's rest). */
export const A3_NAMES: ReadonlySet<A3KeyName> = new Set<A3KeyName>(A3_KEYS.flatMap(([en, nb]) => [en, nb]));
