/**
 * Reads the spec's `rules` field: a rule-set name, or a list of rule ids and `{ rule, …params }`.
 *
 * @module
 */
import { SpcError } from "../errors.js";
import { IssueList } from "../chart-spec/issues.js";
import { CONVENTIONS } from "./conventions.js";
import { DETECTORS } from "./detectors.js";
import { RULE_SET_RULES } from "./rule-set-rules.js";
import { RULE_IDS, RULE_SET_NAMES, type Convention, type RuleConfig, type RuleId, type RuleSetName } from "./types.js";
import { quoted } from "../text/for-people.js";

/** The rules a chart runs, in order of precedence, and the set they came from (if any). */
export interface ResolvedRules {
  ruleSet: RuleSetName | null;
  rules: RuleConfig[];
}

const isRuleId = (v: unknown): v is RuleId => typeof v === "string" && (RULE_IDS as readonly string[]).includes(v);
const isSetName = (v: unknown): v is RuleSetName => typeof v === "string" && (RULE_SET_NAMES as readonly string[]).includes(v);
const quoteList = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(", ");

/**
 * Resolves a spec's `rules` into rule configurations with every parameter filled in. Problems
 * are added to `issues` with their path (`rules[2]: unknown rule "foo"`).
 *
 * @param rules - The spec's `rules` value: undefined (the convention's set), a set name, or a list.
 * @param convention - Whose default set applies when `rules` is undefined.
 * @param issues - Where problems go.
 * @returns The rules; empty when there were problems.
 *
 * @example
 * ```ts
 * const issues = new IssueList();
 * resolveRules(["outside-limits", { rule: "shift", n: 7 }], "qicharts2", issues).rules;
 * // [{ rule: "outside-limits" }, { rule: "shift", n: 7, onLine: "break" }]
 * ```
 */
export function resolveRules(rules: unknown, convention: Convention, issues: IssueList): ResolvedRules {
  if (rules === undefined) return fromSet(CONVENTIONS[convention].rules);
  if (typeof rules === "string") {
    if (isSetName(rules)) return fromSet(rules);
    const hint = isRuleId(rules) ? ` (to run one rule, write ["${rules}"])` : "";
    issues.add(["rules"], "unknown_rule_set", `unknown rule set ${quoted(String(rules))}; one of ${quoteList(RULE_SET_NAMES)}${hint}`);
    return { ruleSet: null, rules: [] };
  }
  if (!Array.isArray(rules)) {
    issues.add(["rules"], "invalid_type", "must be a rule-set name or a list of rules");
    return { ruleSet: null, rules: [] };
  }
  const out: RuleConfig[] = [];
  const seen = new Set<RuleId>();
  rules.forEach((entry, index) => {
    const config = readEntry(entry, index, issues);
    if (!config) return;
    if (seen.has(config.rule)) {
      issues.add(["rules", index], "duplicate_rule", `${quoted(String(config.rule))} is listed twice`);
      return;
    }
    seen.add(config.rule);
    out.push(config);
  });
  return { ruleSet: null, rules: out };
}

function fromSet(name: RuleSetName): ResolvedRules {
  return { ruleSet: name, rules: RULE_SET_RULES[name].map((r) => ({ ...r })) };
}

function readEntry(entry: unknown, index: number, issues: IssueList): RuleConfig | null {
  const path = ["rules", index];
  let id: unknown;
  let given: Record<string, unknown> = {};
  if (typeof entry === "string") id = entry;
  else if (typeof entry === "object" && entry !== null && !Array.isArray(entry)) {
    given = entry as Record<string, unknown>;
    id = given.rule;
    if (id === undefined) {
      issues.add([...path, "rule"], "missing_rule", "required: the rule's id, e.g. \"shift\"");
      return null;
    }
  } else {
    issues.add(path, "invalid_type", "must be a rule id or an object such as { \"rule\": \"shift\", \"n\": 7 }");
    return null;
  }
  if (!isRuleId(id)) {
    const setHint = isSetName(id) ? ` (${JSON.stringify(id)} is a rule set: give it as "rules": ${JSON.stringify(id)})` : "";
    issues.add(typeof entry === "string" ? path : [...path, "rule"], "unknown_rule", `unknown rule ${quoted(String(id))}${setHint || `; one of ${quoteList(RULE_IDS)}`}`);
    return null;
  }
  const definition = DETECTORS[id];
  const config: Record<string, unknown> = { rule: id };
  let ok = true;
  for (const param of definition.params) {
    const value = given[param.name];
    if (value === undefined) {
      config[param.name] = param.default;
      continue;
    }
    if (param.type === "integer") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < param.min || value > param.max) {
        issues.add([...path, param.name], "invalid_parameter", `must be a whole number from ${param.min} to ${param.max}, not ${JSON.stringify(value)}`);
        ok = false;
        continue;
      }
    } else if (typeof value !== "string" || !param.values.includes(value)) {
      issues.add([...path, param.name], "invalid_parameter", `must be one of ${quoteList(param.values)}, not ${JSON.stringify(value)}`);
      ok = false;
      continue;
    }
    config[param.name] = value;
  }
  for (const key of Object.keys(given)) {
    if (key === "rule" || definition.params.some((p) => p.name === key)) continue;
    const takes = definition.params.length === 0 ? "it takes none" : `it takes ${definition.params.map((p) => p.name).join(", ")}`;
    issues.add([...path, key], "unknown_parameter", `unknown parameter ${quoted(key)} for rule ${quoted(String(id))} (${takes})`);
    ok = false;
  }
  return ok ? (config as RuleConfig) : null;
}

/**
 * The rule configurations a spec's `rules` stands for, or an SpcError naming each problem.
 *
 * @param rules - A rule-set name or a list of rule ids and `{ rule, …params }`; undefined for the convention's set.
 * @param convention - Defaults to `"qicharts2"`.
 * @returns The rules in order of precedence, every parameter filled in.
 * @throws {SpcError} on an unknown rule, rule set or parameter, or an invalid N.
 *
 * @example
 * ```ts
 * ruleConfigs("western-electric").map((r) => r.rule);
 * // ["outside-limits", "two-of-three", "four-of-five", "shift"]
 * ruleConfigs([{ rule: "trend", n: 5 }]); // [{ rule: "trend", n: 5, ties: "break", variant: "standard" }]
 * ```
 */
export function ruleConfigs(rules?: unknown, convention: Convention = "qicharts2"): RuleConfig[] {
  const issues = new IssueList();
  const resolved = resolveRules(rules, convention, issues);
  if (issues.items.length > 0) throw new SpcError(issues.all());
  return resolved.rules;
}
