import { describe, expect, it } from "vitest";
import { compute, SpcError, type ChartSpec } from "../../src/index.js";
import { ruleConfigs } from "../../src/rules/resolve.js";
import { RULE_SETS } from "../../src/rules/rule-sets.js";

const series = (ys: (number | null)[]) => ys.map((y, i) => ({ x: i + 1, y }));

/** The formatted issues of the SpcError that compute() throws. */
function issues(spec: unknown): string[] {
  try {
    compute(spec as ChartSpec);
  } catch (e) {
    if (e instanceof SpcError) return e.message.split("\n");
    throw e;
  }
  throw new Error("no error");
}

describe("the rules, convention and direction fields", () => {
  it("defaults to qicharts2, Anhøj's rules and a neutral direction", () => {
    const r = compute({ chart: "i", data: series([1, 2, 3, 2, 1]) });
    expect(r.convention).toBe("qicharts2");
    expect(r.ruleSet).toBe("anhoej");
    expect(r.rules.map((x) => x.rule)).toEqual(["outside-limits", "longest-run", "crossings"]);
    expect(r.direction).toBe("neutral");
  });
  it("takes a rule-set name, or a list of rules with parameters filled in", () => {
    expect(compute({ chart: "i", data: series([1, 2]), rules: "nelson" }).rules).toEqual(RULE_SETS.nelson.rules);
    const custom = compute({ chart: "i", data: series([1, 2]), rules: ["outside-limits", { rule: "shift", n: 6 }] });
    expect(custom.ruleSet).toBeNull();
    expect(custom.rules).toEqual([{ rule: "outside-limits" }, { rule: "shift", n: 6, onLine: "break" }]);
    expect(compute({ chart: "i", data: series([1, 2]), rules: [] }).findings).toEqual([]);
  });
  it("under mdc, runs the mdc set by default", () => {
    expect(compute({ chart: "i", data: series([1, 2]), convention: "mdc" }).ruleSet).toBe("mdc");
  });
  it("ruleConfigs resolves names and lists the same way", () => {
    expect(ruleConfigs("ihi").map((r) => r.rule)).toEqual(["astronomical", "shift", "trend", "number-of-runs"]);
    expect(ruleConfigs(undefined, "mdc")).toEqual(RULE_SETS.mdc.rules);
    expect(() => ruleConfigs(["nope"])).toThrow(SpcError);
  });
});

describe("bad rules are SpcErrors that name the entry", () => {
  const spec = (rules: unknown) => ({ chart: "i", data: series([1, 2, 3]), rules });
  it("an unknown rule id", () => {
    expect(issues(spec(["shift", "trend", "foo"]))[0]).toMatch(/^rules\[2\]: unknown rule "foo"/);
    expect(issues(spec([{ rule: "bar" }]))[0]).toMatch(/^rules\[0\]\.rule: unknown rule "bar"/);
  });
  it("an unknown rule-set name, with a hint when it is a rule", () => {
    expect(issues(spec("westerm-electric"))[0]).toMatch(/^rules: unknown rule set "westerm-electric"/);
    expect(issues(spec("shift"))[0]).toContain('write ["shift"]');
    expect(issues(spec(["mdc"]))[0]).toMatch(/^rules\[0\]: unknown rule "mdc" \("mdc" is a rule set/);
  });
  it("an invalid N or parameter value", () => {
    expect(issues(spec([{ rule: "shift", n: 0 }]))[0]).toBe("rules[0].n: must be a whole number from 1 to 1000, not 0");
    expect(issues(spec([{ rule: "trend", n: 1 }]))[0]).toBe("rules[0].n: must be a whole number from 2 to 1000, not 1");
    expect(issues(spec([{ rule: "trend", n: 5.5 }]))[0]).toBe("rules[0].n: must be a whole number from 2 to 1000, not 5.5");
    expect(issues(spec([{ rule: "shift", n: "7" }]))[0]).toBe('rules[0].n: must be a whole number from 1 to 1000, not "7"');
    expect(issues(spec([{ rule: "shift", onLine: "ignore" }]))[0]).toBe('rules[0].onLine: must be one of "break", "skip", not "ignore"');
  });
  it("an unknown parameter, a rule listed twice, a missing id, a wrong type", () => {
    expect(issues(spec([{ rule: "outside-limits", n: 3 }]))[0]).toBe('rules[0].n: unknown parameter "n" for rule "outside-limits" (it takes none)');
    expect(issues(spec(["shift", { rule: "shift", n: 6 }]))[0]).toBe('rules[1]: "shift" is listed twice');
    expect(issues(spec([{ n: 6 }]))[0]).toMatch(/^rules\[0\]\.rule: required/);
    expect(issues(spec([7]))[0]).toMatch(/^rules\[0\]: must be a rule id or an object/);
    expect(issues(spec(7))[0]).toBe("rules: must be a rule-set name or a list of rules");
  });
  it("convention and direction are checked too", () => {
    expect(issues({ chart: "i", data: series([1]), convention: "nhs" })[0]).toMatch(/^convention: must be one of "qicharts2", "mdc"/);
    expect(issues({ chart: "i", data: series([1]), direction: "up" })[0]).toMatch(/^direction: must be one of "increase", "decrease", "neutral"/);
  });
});

describe("convention mdc", () => {
  const ys = [10, 12, 11, 13, 12, 14, 11, 12, 13, 12, 11, 13, 12, 14, 12, 13];
  it("uses mean ± 2.66 × mean moving range on I charts, 2-sigma lines at (2/3)·2.66", () => {
    const r = compute({ chart: "i", data: series(ys), convention: "mdc", screenMovingRanges: false });
    const mrs = ys.slice(1).map((y, i) => Math.abs(y - ys[i]!));
    const amr = mrs.reduce((a, b) => a + b, 0) / mrs.length;
    const mean = ys.reduce((a, b) => a + b, 0) / ys.length;
    expect(r.points[0]!.ucl).toBeCloseTo(mean + 2.66 * amr, 12);
    expect(r.points[0]!.lcl95).toBeCloseTo(mean - ((2 * 2.66) / 3) * amr, 12);
    const q = compute({ chart: "i", data: series(ys), screenMovingRanges: false });
    expect(q.points[0]!.ucl).toBeCloseTo(mean + (3 * amr) / 1.128, 12);
  });
  it("keeps other charts' limits", () => {
    const data = ys.map((y, i) => ({ x: i + 1, y }));
    expect(compute({ chart: "c", data, convention: "mdc" }).points[0]!.ucl).toBe(compute({ chart: "c", data }).points[0]!.ucl);
  });
  it("freezes within each part, and says nothing about freeze being ignored", () => {
    const data = series([...ys, ...ys.map((y) => y + 20)]);
    const r = compute({ chart: "i", data, convention: "mdc", freeze: 12, breaks: [16] });
    expect(r.points.filter((p) => p.baseline).map((p) => p.index)).toEqual([...Array.from({ length: 12 }, (_, i) => i + 1), ...Array.from({ length: 12 }, (_, i) => i + 17)]);
    expect(r.points[16]!.cl).toBeCloseTo(ys.slice(0, 12).reduce((a, b) => a + b, 0) / 12 + 20, 12);
    expect(r.warnings.map((w) => w.code)).not.toContain("freeze-ignored");
    const q = compute({ chart: "i", data, freeze: 12, breaks: [16] });
    expect(q.points.every((p) => p.baseline)).toBe(true);
    expect(q.warnings.map((w) => w.code)).toContain("freeze-ignored");
  });
  it("allows freezing after more points than a part has (all of them)", () => {
    expect(compute({ chart: "i", data: series(ys), convention: "mdc", freeze: 40 }).points.every((p) => p.baseline)).toBe(true);
    expect(() => compute({ chart: "i", data: series(ys), freeze: 40 })).toThrow(SpcError);
  });
  it("warns about parts under 13 subgroups (trial limits), and not about the runs analysis", () => {
    const r = compute({ chart: "i", data: series(ys), convention: "mdc", breaks: [12] });
    const short = r.warnings.filter((w) => w.code === "short-part");
    expect(short.map((w) => w.where.part)).toEqual([1, 2]);
    expect(short[0]!.message).toContain("12 subgroups");
    expect(r.warnings.map((w) => w.code)).not.toContain("too-few-points");
    expect(compute({ chart: "i", data: series(ys), convention: "mdc" }).warnings.map((w) => w.code)).not.toContain("short-part");
  });
  it("gives a result where NHSRplotthedots stops: a missing value inside a would-be trend", () => {
    const r = compute({ chart: "i", data: series([1, 2, 3, null, 4, 5, 6, 7, 1, 2, 3, 1, 2]), convention: "mdc", direction: "increase" });
    expect(r.findings.filter((f) => f.rule === "trend")).toEqual([]);
    expect(r.points).toHaveLength(13);
  });
});

describe("icons and assurance", () => {
  const stable = [50, 52, 49, 51, 50, 53, 48, 50, 51, 49, 52, 50];
  it("gives the last point's variation per facet, and the assurance against the target", () => {
    const data = [...stable.map((y, i) => ({ x: i + 1, y, facet: "A" })), ...stable.map((y, i) => ({ x: i + 1, y: i === 11 ? 80 : y, facet: "B" }))];
    const r = compute({ chart: "i", data, direction: "increase", target: 30 });
    expect(r.icons).toEqual([
      { facet: "A", variation: "common", assurance: "pass" },
      { facet: "B", variation: "improvement-high", assurance: "pass" },
    ]);
  });
  it("pass, fail and hit-and-miss follow the direction; none without target, direction or limits", () => {
    const icon = (target: number | undefined, direction: "increase" | "decrease" | "neutral", chart: "i" | "run" = "i") =>
      compute({ chart, data: series(stable), direction, ...(target === undefined ? {} : { target }) }).icons[0]!.assurance;
    expect(icon(30, "increase")).toBe("pass");
    expect(icon(70, "increase")).toBe("fail");
    expect(icon(50, "increase")).toBe("hit-and-miss");
    expect(icon(30, "decrease")).toBe("fail");
    expect(icon(70, "decrease")).toBe("pass");
    expect(icon(undefined, "increase")).toBeNull();
    expect(icon(30, "neutral")).toBeNull();
    expect(icon(30, "increase", "run")).toBeNull();
  });
  it("is hit-and-miss with a target exactly on a limit, or undefined limits", () => {
    const r = compute({ chart: "i", data: series(stable), direction: "increase" });
    const ucl = r.points[0]!.ucl!;
    expect(compute({ chart: "i", data: series(stable), direction: "increase", target: ucl }).icons[0]!.assurance).toBe("hit-and-miss");
    expect(compute({ chart: "i", data: series([5, 5, 5, 5]), direction: "increase", target: 1 }).icons[0]!.assurance).toBe("hit-and-miss");
  });
});
