// The core writes its English inline (to keep `import { compute }` small) and adds parameters; the
// catalogs outside it must write the same English from those parameters, and bokmål from them too.
import { describe, expect, it } from "vitest";
import { compute, type ChartSpec } from "../../src/index.js";
import { formatIssue } from "../../src/errors.js";
import { SPEC_MESSAGES } from "../../src/chart-spec/messages.js";
import { WARNING_MESSAGES } from "../../src/compute/warning-messages.js";
import { issueMessage, type MessageParams } from "../../src/locale/message.js";
import { computeIssues as issuesOf } from "../support/compute-issues.js";

const BAD: unknown[] = [
  "not a spec",
  { chart: "c", data: "rows" },
  { chart: "c", data: [{ y: -1 }, { y: "to" }, { y: Infinity }, 7, {}] },
  { chart: "p", data: [{ y: 5, n: 3 }, { y: 1, n: 0 }, { y: 1, n: -2 }, { y: 1, n: "ti" }, { y: 1 }] },
  { chart: "u", data: [{ y: 1 }] },
  { chart: "t", data: [{ y: 0 }] },
  { chart: "i", data: [{ x: 1, y: 1 }, { y: 2 }, { x: true, y: 3 }] },
  { chart: "i", xType: "number", data: [{ x: "a", y: 1 }] },
  { chart: "i", xType: "date", data: [{ x: "01.03.2024", y: 1 }, { x: "2024-03-01T10:00:00Z", y: 2 }, { x: "mars", y: 3 }] },
  { chart: "i", xType: "category", xLevels: ["a"], data: [{ x: "b", y: 1 }] },
  { chart: "i", period: "month", data: [{ y: 1 }, { y: 2 }] },
  { chart: "i", period: "month", data: [{ x: "a", y: 1 }] },
  { chart: "i", breaks: [9], freeze: 0, exclude: [40], data: [{ y: 1 }, { y: 2 }, { y: 3 }] },
  { chart: "i", breaks: [2], data: [{ y: 1, part: "a" }, { y: 2, part: "b" }, { y: 3 }] },
  { chart: "i", multiply: 0, target: "høy", title: 5, yNeg: "ja", convention: "x", freeze: 1.5, data: [{ y: 1, facet: 3, note: 4 }, { y: 2 }] },
  { chart: "c", data: Array.from({ length: 70 }, () => ({ y: -1 })) },
];

describe("the core's issues and their catalog", () => {
  const issues = BAD.flatMap(issuesOf);

  it("the bad specs give issues of many codes, each with parameters", () => {
    const codes = new Set(issues.map((i) => i.code));
    expect(codes.size).toBeGreaterThanOrEqual(15);
    expect(issues.filter((i) => i.params === undefined).map((i) => i.code)).toEqual([]);
  });

  it.each(Object.keys(SPEC_MESSAGES.entries))("%s: the catalog writes the core's English", (code) => {
    const found = issues.filter((i) => i.code === code);
    for (const issue of found) expect(SPEC_MESSAGES.text(code as never, issue.params as never, "en")).toBe(issue.message);
  });

  it("every issue reads in bokmål, different from the English", () => {
    for (const issue of issues) {
      const nb = formatIssue(issue, { lang: "nb" });
      expect(nb).not.toBe(formatIssue(issue));
      expect(nb).not.toContain("undefined");
    }
  });
});

describe("the warnings and their catalog", () => {
  const specs: ChartSpec[] = [
    { chart: "p", data: [{ y: 1, n: 0 }, { y: null, n: 4 }, { x: null, y: 1, n: 3 } as never, { y: 2, n: 5 }] } as ChartSpec,
    { chart: "i", multipy: 2, data: [{ y: 1, part: "a" }, { y: 1, part: "b" }, { y: 1, part: "a" }] } as unknown as ChartSpec,
    { chart: "i", convention: "mdc", data: [{ y: 3 }, { y: 3 }, { y: 3 }] } as unknown as ChartSpec,
    { chart: "i", method: "bestbox", data: Array.from({ length: 5 }, (_, i) => ({ y: i % 2 })) } as unknown as ChartSpec,
    { chart: "c", facet: undefined, data: Array.from({ length: 12 }, (_, i) => ({ y: i === 3 ? null : i, facet: "Avd. 1" })) } as unknown as ChartSpec,
  ];
  const warnings = specs.flatMap((s) => {
    try {
      return compute(s).warnings;
    } catch {
      return [];
    }
  });

  it("the specs give warnings of several kinds, each with parameters", () => {
    expect(new Set(warnings.map((w) => w.code)).size).toBeGreaterThanOrEqual(5);
    expect(warnings.filter((w) => w.params === undefined).map((w) => w.code)).toEqual([]);
  });

  it("the catalog writes each warning's English, and bokmål that differs", () => {
    for (const w of warnings) {
      expect(WARNING_MESSAGES.text(w.code as never, w.params as never, "en")).toBe(w.message);
      const nb = formatIssue({ code: w.code, path: [], message: w.message, params: w.params as MessageParams }, { lang: "nb" });
      expect(nb).not.toBe(w.message);
      expect(issueMessage(w, "nb")).toBe(nb);
    }
  });
});
