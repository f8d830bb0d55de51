/**
 * Reading a measurement plan from YAML or JSON text, with every problem named by its path and,
 * where the text tells, its line and column.
 *
 * @module
 */
import type { IssueCode } from "../vocabulary.js";
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import type * as z from "zod/mini";
import { parseDate } from "../adapters/dates.js";
import { SpcError, type SpcIssue } from "../errors.js";
import type { LocatedIssue } from "./diagnostics.js";
import { IssueList } from "../chart-spec/issues.js";
import { planSchema, type Measure, type Plan, type PlanChart } from "./schema.js";
import { PLAN_MESSAGES, type RequiredKind } from "./messages.js";
import { A3_NAMES, readA3, type A3KeyName } from "./a3.js";
import { SPEC_MESSAGES, type ExpectedKind } from "../chart-spec/messages.js";
import { quoted } from "../text/for-people.js";


/** A place in a text: 1-based line and column. */
export interface TextPosition {
  line: number;
  column: number;
}

interface ParsedText {
  doc: Document.Parsed;
  lines: LineCounter;
}

let lastParsed: { text: string; parsed: ParsedText } | null = null;

function parseText(text: string): ParsedText {
  if (lastParsed !== null && lastParsed.text === text) return lastParsed.parsed;
  const parsed = parseFresh(text);
  lastParsed = { text, parsed };
  return parsed;
}

function parseFresh(text: string): ParsedText {
  const lines = new LineCounter();
  // YAML 1.2 (the core schema): `no` stays a string and dates stay text, and JSON is valid YAML.
  const doc = parseDocument(text.replace(/^\uFEFF/, ""), { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  return { doc, lines };
}

function isNodeLike(value: unknown): value is Node {
  return isMap(value) || isSeq(value) || isScalar(value);
}

/** The node at a path, or the deepest existing node above it; `key` prefers the key of the last step. */
function findNode(doc: Document.Parsed, path: readonly (string | number)[], key: boolean): Node | null {
  let node: unknown = doc.contents;
  let found: Node | null = isNodeLike(node) ? node : null;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (pair === undefined) return found;
      if (last && key && isNodeLike(pair.key)) return pair.key;
      node = pair.value;
    } else if (isSeq(node) && typeof step === "number") {
      const item = node.items[step];
      if (item === undefined) return found;
      node = item;
    } else {
      return found;
    }
    if (isNodeLike(node)) found = node;
  }
  return found;
}

/**
 * Where a path of a plan is in its text: the value at the path, or the nearest field above it
 * when the path does not exist (e.g. a required field that is missing). `null` when the text
 * is not valid YAML or JSON.
 *
 * @param key - point at the key of the last step rather than its value (for unknown fields).
 * @example
 * ```ts
 * planPosition("title: Fall\nmeasures:\n  - name: Fall\n", ["measures", 0, "name"]);
 * // { line: 3, column: 11 }
 * ```
 */
export function planPosition(text: string, path: readonly (string | number)[], key = false): TextPosition | null {
  if (typeof text !== "string") return null;
  const parsed = parseText(text);
  return parsed.doc.errors.length > 0 ? null : positionIn(parsed, path, key);
}

function positionIn(parsed: ParsedText, path: readonly (string | number)[], key: boolean): TextPosition | null {
  const node = findNode(parsed.doc, path, key);
  const offset = node?.range?.[0];
  if (offset === undefined) return null;
  const { line, col } = parsed.lines.linePos(offset);
  return { line, column: col };
}

/** Closest known name, for "did you mean" (edit distance ≤ 2). */
function closest(word: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const step of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[step];
  }
  return value;
}

/** The fields an object at this path may have (for "did you mean"). */
function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema: unknown = planSchema;
  for (const step of path) {
    schema = unwrap(schema);
    if (typeof step === "number") schema = (schema as { def?: { element?: unknown } }).def?.element;
    else schema = (schema as { shape?: Record<string, unknown> }).shape?.[String(step)];
  }
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape === undefined ? [] : Object.keys(shape);
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown } } | undefined;
  while (s?.def?.type === "optional") s = s.def.innerType as typeof s;
  return s;
}

function typeName(value: unknown): string {
  if (value === null) return "null (empty)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${quoted(value, 40)}`;
  return String(value);
}

const EXPECTED: Readonly<Record<string, ExpectedKind>> = {
  number: "number",
  int: "int",
  string: "text",
  boolean: "boolean",
  array: "list",
  object: "object_fields",
  record: "object_fields",
};

/** A `required` issue: which field, and so what it says. */
function required(path: (string | number)[], need: RequiredKind, more: { chart?: string; values?: string[] } = {}): SpcIssue {
  return PLAN_MESSAGES.issue("required", path, { need, chart: more.chart ?? "", values: more.values ?? [] });
}

/** The message of an issue the schema did not word itself (see the safeParse call). */
const NO_OWN_WORDS = "\u0000spc:no-own-words";

/** zod's issues in words a measurement lead can act on, with the path as given. */
function fromZod(issues: readonly z.core.$ZodIssue[], input: unknown, into: IssueList): void {
  for (const issue of issues) {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const value = valueAt(input, path);
    const custom = issue.message !== NO_OWN_WORDS ? issue.message : null;
    switch (issue.code) {
      case "unrecognized_keys":
        for (const k of issue.keys) {
          const hint = closest(k, knownKeys(path));
          into.push(PLAN_MESSAGES.issue("unknown_field", [...path, k], { hint }));
        }
        break;
      case "invalid_type":
        if (value === undefined) into.push(required(path, "plain"));
        else if (EXPECTED[issue.expected] !== undefined) into.push(SPEC_MESSAGES.issue("invalid_type", path, { expected: EXPECTED[issue.expected]!, got: typeName(value) }));
        else into.add(path, issue.code, `must be ${issue.expected}, not ${typeName(value)}`);
        break;
      case "invalid_value":
        if (value === undefined) {
          into.push(required(path, "one_of", { values: issue.values.map(String) }));
          break;
        }
        into.push(SPEC_MESSAGES.issue("invalid_value", path, { values: issue.values.map(String), got: typeName(value) }));
        break;
      case "too_small":
        if (custom !== null) into.add(path, issue.code, custom);
        else into.push(PLAN_MESSAGES.issue("too_small", path, { minimum: issue.origin === "string" ? null : Number(issue.minimum) }));
        break;
      default:
        into.add(path, issue.code, custom ?? "is not valid here");
    }
  }
}

function slug(name: string): string {
  const s = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/å/g, "a")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return s === "" ? "measure" : s;
}

const iso = (text: string): string => {
  const p = parseDate(text);
  return p.ok ? p.iso : text;
};

const EVENT_CHARTS: readonly PlanChart[] = ["auto", "run", "c", "u", "t", "g", "p"];

/** Checks that need more than one field: a data source, chart and data agree, ids unique. */
function checkMeasures(plan: z.output<typeof planSchema>, issues: IssueList): Measure[] {
  const ids = new Map<string, number>();
  const measures: Measure[] = [];
  plan.measures.forEach((m, i) => {
    const at = (...rest: (string | number)[]) => ["measures", i, ...rest];
    const chart = m.chart ?? "auto";
    if (m.data === undefined && m.events === undefined) {
      issues.push(PLAN_MESSAGES.issue("missing_source", at(), {}));
    } else if (m.data !== undefined && m.events !== undefined) {
      issues.push(PLAN_MESSAGES.issue("two_sources", at("events"), {}));
    }
    if (m.data !== undefined) {
      const wide = m.data.wide !== undefined && m.data.wide !== false;
      if (wide) {
        if (m.data.y !== undefined) issues.push(PLAN_MESSAGES.issue("wide_with_y", at("data", "y"), {}));
        if (m.data.facet !== undefined) issues.push(PLAN_MESSAGES.issue("wide_with_facet", at("data", "facet"), {}));
        if (m.data.x === undefined) issues.push(required(at("data", "x"), "wide_x"));
      } else if (m.data.y === undefined) {
        issues.push(required(at("data", "y"), "y"));
      }
      if (chart !== "auto" && ["p", "pp", "u", "up", "np"].includes(chart) && m.data.n === undefined) {
        issues.push(required(at("data", "n"), "n", { chart }));
      }
    }
    if (m.events !== undefined) {
      const e = m.events;
      if (!EVENT_CHARTS.includes(chart)) {
        issues.push(PLAN_MESSAGES.issue("chart_for_events", at("chart"), { chart, denominators: false }));
      }
      if (e.event !== undefined) {
        if (chart !== "auto" && chart !== "g" && chart !== "p") {
          issues.push(PLAN_MESSAGES.issue("event_column", at("events", "event"), {}));
        }
        if (chart === "p" && e.date === undefined) issues.push(required(at("events", "date"), "events_date_p"));
        if (e.denominators !== undefined) issues.push(PLAN_MESSAGES.issue("denominators_with_cases", at("events", "denominators"), {}));
      } else {
        if (e.date === undefined) issues.push(required(at("events", "date"), "events_date"));
        if (chart === "g" || chart === "p") {
          issues.push(required(at("events", "event"), "event_column", { chart }));
        }
      }
      if (chart === "u" && e.denominators === undefined) issues.push(required(at("events", "denominators"), "u_denominators"));
      if ((chart === "c" || chart === "t") && e.denominators !== undefined) {
        issues.push(PLAN_MESSAGES.issue("chart_for_events", at("chart"), { chart, denominators: true }));
      }
    }
    const direction = m.direction ?? "neutral";
    if (m.target !== undefined && direction === "neutral") {
      issues.push(PLAN_MESSAGES.issue("direction_needed", at("direction"), {}));
    }
    let id = m.id ?? slug(m.name);
    const seen = ids.get(id);
    if (seen !== undefined) {
      if (m.id !== undefined) issues.push(PLAN_MESSAGES.issue("duplicate_id", at("id"), { id, index: seen }));
      let k = 2;
      while (ids.has(`${id}-${k}`)) k++;
      id = `${id}-${k}`;
    }
    ids.set(id, i);
    const measure: Measure = { ...m, id, index: i, chart, direction };
    if (m.target !== undefined) {
      measure.target = { ...m.target };
      if (m.target.date !== undefined) measure.target.date = iso(m.target.date);
    }
    if (m.annotations !== undefined) measure.annotations = m.annotations.map((a) => ({ ...a, date: iso(a.date) }));
    if (typeof m.freeze === "string") measure.freeze = iso(m.freeze);
    if (m.breaks !== undefined) measure.breaks = m.breaks.map((b) => (typeof b === "string" ? iso(b) : b));
    if (m.events !== undefined) {
      const events = { ...m.events };
      if (events.from !== undefined) events.from = iso(events.from);
      if (events.to !== undefined) events.to = iso(events.to);
      measure.events = events;
    }
    measures.push(measure);
  });
  return measures;
}

/**
 * Checks a plan that is already an object (e.g. from `JSON.parse`) and fills in defaults: each
 * measure gets an `id` (from its name when absent), its `index`, `chart: "auto"` and
 * `direction: "neutral"` when absent; dates become ISO `YYYY-MM-DD`.
 *
 * @throws {SpcError} listing every problem, each with its path (`measures[2].target.value: must be a number, not the text "to"`).
 * @example
 * ```ts
 * const plan = validatePlan({
 *   title: "Færre fall",
 *   measures: [{ name: "Fall", type: "outcome", data: { file: "fall.csv", x: "Måned", y: "Fall" } }],
 * });
 * plan.measures[0].id;    // "fall"
 * plan.measures[0].chart; // "auto"
 * ```
 */
export function validatePlan(value: unknown): Plan {
  const issues = new IssueList();
  const reserved = reservedKeyPath(value);
  if (reserved !== null) {
    // The schema's records would drop this key without a word (a filter on it silently
    // counting every row), so it is refused by name.
    throw new SpcError([{ code: "reserved_name", path: reserved, message: '"__proto__" cannot be used as a name (JavaScript reserves it): rename the column or field' }]);
  }
  // Every issue without the schema's own words gets NO_OWN_WORDS, whatever zod's global
  // configuration says (an app may have set an English locale with z.config): our catalog words it.
  const parsed = planSchema.safeParse(value, { error: () => NO_OWN_WORDS });
  if (!parsed.success) {
    fromZod(parsed.error.issues, value, issues);
    throw new SpcError(issues.all());
  }
  const measures = checkMeasures(parsed.data, issues);
  const { a3, aim, clashes } = readA3(parsed.data as Record<string, unknown>, iso);
  for (const c of clashes) issues.push(PLAN_MESSAGES.issue("two_names", c.path, { en: c.en, nb: c.nb }));
  if (issues.items.length > 0) throw new SpcError(issues.all());
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed.data)) if (key !== "$schema" && key !== "measures" && !A3_NAMES.has(key as A3KeyName)) rest[key] = value;
  return { ...(rest as Omit<Plan, "measures" | "a3" | "aim">), ...(aim === undefined ? {} : { aim }), a3, measures };
}

/**
 * Reads a measurement plan from YAML or JSON text (JSON is YAML) and validates it (see
 * {@link validatePlan}). YAML is read as YAML 1.2: `no` is text and `2025-12-31` stays a date
 * text; duplicate keys are an error.
 *
 * @throws {SpcError} whose issues are {@link LocatedIssue}s: each has the path and, where the text
 *   shows it, the 1-based `line` and `column` (`measures[2].target.value` at line 31, column 14).
 * @example
 * ```ts
 * const plan = parsePlan(`
 * title: Færre fall på Solsiden
 * measures:
 *   - name: Fall per 1000 liggedøgn
 *     type: outcome
 *     data: { file: fall-sykehjem.csv, x: Måned, y: Fall, n: Liggedøgn }
 *     chart: u
 *     multiply: 1000
 *     direction: decrease
 *     target: { value: 0.5, date: 2025-12-31 }
 * `);
 * plan.measures[0].target; // { value: 0.5, date: "2025-12-31" }
 * ```
 */
export function parsePlan(text: string): Plan {
  if (typeof text !== "string") throw new SpcError([PLAN_MESSAGES.issue("invalid_input", [], {})]);
  const parsed = parseText(text);
  if (parsed.doc.errors.length > 0) {
    const issues: LocatedIssue[] = parsed.doc.errors.slice(0, 10).map((e) => {
      // The yaml parser recurses into flow and block collections and reports its own stack
      // overflow as a syntax error: say what it means.
      const tooDeep = /Maximum call stack size exceeded/.test(e.message);
      const issue: LocatedIssue = tooDeep
        ? { code: "too_deep", path: [], message: `lists and maps nested more than ${MAX_PLAN_DEPTH} deep: a plan is only a few levels deep` }
        : PLAN_MESSAGES.issue("syntax", [], { detail: firstLine(e.message) });
      const at = e.linePos?.[0] ?? parsed.lines.linePos(e.pos[0]);
      issue.line = at.line;
      issue.column = at.col;
      return issue;
    });
    // The parser may report one stack overflow (or one bad token) more than once: say it once.
    const seen = new Set<string>();
    throw new SpcError(issues.filter((i) => {
      const key = `${i.code} ${i.line}:${i.column} ${i.message}`;
      return seen.has(key) ? false : (seen.add(key), true);
    }));
  }
  const limit = beyondLimits(parsed);
  if (limit !== null) throw new SpcError([limit]);
  let value: unknown;
  try {
    value = parsed.doc.toJS({ maxAliasCount: MAX_PLAN_ALIASES });
  } catch (e) {
    // The yaml package throws a ReferenceError for an alias to a missing anchor and for aliases
    // that expand too far (a "billion laughs" plan): both become a located issue.
    throw new SpcError([aliasIssue(parsed, e)]);
  }
  if (value === null || value === undefined) throw new SpcError([{ ...PLAN_MESSAGES.issue("empty", [], {}), line: 1, column: 1 } as LocatedIssue]);
  try {
    return validatePlan(value);
  } catch (e) {
    if (!(e instanceof SpcError)) throw e;
    throw new SpcError(
      e.issues.map((issue) => {
        const position = positionIn(parsed, issue.path, issue.code === "unknown_field" || issue.code === "reserved_name");
        return position === null ? issue : { ...issue, line: position.line, column: position.column };
      }),
    );
  }
}

/** The path of the first own key `__proto__` in a plan's objects (JSON.parse and YAML make them), or null. */
function reservedKeyPath(value: unknown): (string | number)[] | null {
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) node.forEach((item, i) => stack.push({ node: item, path: [...path, i] }));
    else if (node !== null && typeof node === "object") {
      if (Object.hasOwn(node, "__proto__")) return [...path, "__proto__"];
      for (const [key, item] of Object.entries(node)) stack.push({ node: item, path: [...path, key] });
    }
  }
  return null;
}

/**
 * Most aliases (`*name`) a plan may expand, counting the aliases inside what each one repeats:
 * a plan needs a handful, and a few nested aliases can otherwise expand to billions of nodes.
 */
export const MAX_PLAN_ALIASES = 100;

/** Deepest nesting of lists and maps in a plan; real plans are about 6 deep. */
export const MAX_PLAN_DEPTH = 64;

/** Counts aliases and depth without recursion (a deep plan must not overflow the stack here). */
function beyondLimits(parsed: ParsedText): LocatedIssue | null {
  const stack: { node: unknown; depth: number }[] = [{ node: parsed.doc.contents, depth: 1 }];
  let aliases = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) {
      aliases++;
      if (aliases > MAX_PLAN_ALIASES) return located(parsed, node, "too_many_aliases", `more than ${MAX_PLAN_ALIASES} aliases (*name): a plan needs only a few; write the values out`);
    } else if (isMap(node) || isSeq(node)) {
      if (depth > MAX_PLAN_DEPTH) return located(parsed, node, "too_deep", `lists and maps nested more than ${MAX_PLAN_DEPTH} deep: a plan is only a few levels deep`);
      for (const item of node.items) {
        if (isPair(item)) {
          stack.push({ node: item.key, depth: depth + 1 });
          stack.push({ node: item.value, depth: depth + 1 });
        } else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return null;
}

/** The issue for an alias the yaml package could not expand, at the first alias it names. */
function aliasIssue(parsed: ParsedText, error: unknown): LocatedIssue {
  const message = error instanceof Error ? error.message : String(error);
  const stack: unknown[] = [parsed.doc.contents];
  let first: Node | null = null;
  const missing = /^Unresolved alias[^:]*: (.*)$/.exec(message)?.[1];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      if (missing === undefined || node.source === missing) {
        first = node as unknown as Node;
        break;
      }
    } else if (isMap(node) || isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item)) stack.push(item.value, item.key);
        else stack.push(item);
      }
    }
  }
  if (missing !== undefined) {
    return located(parsed, first, "unknown_alias", `the alias *${missing} has no anchor &${missing} before it`);
  }
  return located(parsed, first, "too_many_aliases", `the aliases (*name) expand to more than ${MAX_PLAN_ALIASES} copies: write the values out`);
}

function located(parsed: ParsedText, node: unknown, code: IssueCode, message: string): LocatedIssue {
  const issue: LocatedIssue = { code, path: [], message };
  const range = (node as { range?: [number, number, number] } | null)?.range;
  const at = parsed.lines.linePos(range?.[0] ?? 0);
  issue.line = at.line;
  issue.column = at.col;
  return issue;
}

function firstLine(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "");
}
