// The @example blocks of the plan, report and suggest modules, checked so that the docs cannot drift.
import { describe, expect, it } from "vitest";
import { readDelimited } from "../../src/adapters/delimited.js";
import { chartName, suggestChart, suggestForEvents, suggestFromData } from "../../src/adapters/suggest.js";
import { TextLines, formatLocated } from "../../src/plan/diagnostics.js";
import { parsePlan, planPosition, validatePlan } from "../../src/plan/load.js";
import { isPlanDate } from "../../src/plan/schema.js";
import { inferPeriod, loadEvents, loadTable } from "../../src/plan/source.js";
import { formatNumber, formatX, decimalsFor, formatDate } from "../../src/report/format.js";
import { escapeHtml, scopeSvgIds } from "../../src/report/html.js";
import { reportStrings } from "../../src/report/strings.js";
import { fixtureText } from "./helpers.js";

describe("documented examples", () => {
  it("plan", () => {
    expect(isPlanDate("31.12.2025")).toBe(true);
    expect(isPlanDate("snart")).toBe(false);
    expect(planPosition("title: Fall\nmeasures:\n  - name: Fall\n", ["measures", 0, "name"])).toEqual({ line: 3, column: 11 });
    const plan = validatePlan({ title: "Færre fall", measures: [{ name: "Fall", type: "outcome", data: { file: "fall.csv", x: "Måned", y: "Fall" } }] });
    expect([plan.measures[0]?.id, plan.measures[0]?.chart]).toEqual(["fall", "auto"]);
    const parsed = parsePlan(`
title: Færre fall på Solsiden
measures:
  - name: Fall per 1000 liggedøgn
    type: outcome
    data: { file: fall-sykehjem.csv, x: Måned, y: Fall, n: Liggedøgn }
    chart: u
    multiply: 1000
    direction: decrease
    target: { value: 0.5, date: 2025-12-31 }
`);
    expect(parsed.measures[0]?.target).toEqual({ value: 0.5, date: "2025-12-31" });
    expect(formatLocated({ code: "rejected_row", path: [], message: '"to" is not a number', file: "avvik.csv", line: 4, column: 12 })).toBe('avvik.csv:4:12: "to" is not a number');
    expect(formatLocated({ code: "invalid_type", path: ["measures", 2, "target", "value"], message: "must be a number", file: "plan.yaml", line: 31, column: 14 })).toBe(
      "plan.yaml:31:14: measures[2].target.value: must be a number",
    );
    expect(new TextLines("a;b\r\nc;d\n").lineText(2)).toBe("c;d");
    expect(new TextLines('Dato;Fall\n2024-03-03;"to"\n').cellPosition(2, 1, ";")).toEqual({ line: 2, column: 12 });
    expect(inferPeriod([{ x: "2024-01-01", y: 1 }, { x: "2024-02-01", y: 2 }])).toBe("month");
    const loaded = loadTable(fixtureText("fall-sykehjem.csv"), { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn" }, { chart: "u" });
    expect(loaded.spec).toMatchObject({ chart: "u", xType: "date" });
    expect(loaded.spec.data[0]).toEqual({ x: "2024-01-01", y: 4, n: 2790 });
    const events = loadEvents({ "fall.csv": fixtureText("fallhendelser.csv") }, { file: "fall.csv", date: "Hendelsesdato", period: "month" }, { chart: "c" });
    expect(events.spec.data.slice(0, 2)).toEqual([{ x: "2024-01-01", y: 4 }, { x: "2024-02-01", y: 2 }]);
  });

  it("suggest", () => {
    expect(chartName("run", "nb")).toBe("Seriediagram");
    expect(chartName("pp", "en")).toBe("P′ chart");
    const s = suggestFromData([{ x: "2024-01-01", y: 4, n: 2790 }, { x: "2024-02-01", y: 2, n: 2604 }], { y: "Fall", n: "Liggedøgn" });
    expect(s.chart).toBe("run");
    expect(s.alternatives[0]?.chart).toBe("u");
    expect(s.reasons[1]?.en).toBe('"Liggedøgn" is exposure (time at risk), so events per unit of it: U chart');
    expect(suggestForEvents({ events: 5, periods: 24, period: "month", denominators: false }).alternatives[0]?.chart).toBe("t");
    expect(suggestForEvents({ events: 20, periods: 24, period: "month", denominators: false }).chart).toBe("t");
    expect(suggestForEvents({ events: 90, periods: 24, period: "month", denominators: true }).chart).toBe("u");
    const table = suggestChart(readDelimited(fixtureText("fall-sykehjem.csv")));
    expect([table.chart, table.columns]).toEqual(["u", { x: "Måned", y: "Fall", n: "Liggedøgn" }]);
    expect(table.reasons[0]?.nb).toBe("«Liggedøgn» er eksponering (tid med risiko), så hendelser per enhet av den: U-diagram");
  });

  it("report", () => {
    expect(decimalsFor(0.835)).toBe(2);
    expect(decimalsFor(86.78)).toBe(1);
    expect(formatNumber(12345.5, "nb")).toBe("12\u00A0346");
    expect(formatNumber(0.8351, "nb")).toBe("0,84");
    expect(formatNumber(-1234.5, "en", 1)).toBe("\u22121,234.5");
    expect(formatX("2024-03-01", "month", "nb")).toBe("mar. 2024");
    expect(formatX("2024-03-01", "month", "en")).toBe("Mar 2024");
    expect(formatX("2024-03-01", "day", "en")).toBe("1 Mar 2024");
    expect(formatDate("2025-12-31", "nb")).toBe("31.12.2025");
    expect(escapeHtml('Fall & skader <"uke 5">')).toBe("Fall &amp; skader &lt;&quot;uke 5&quot;&gt;");
    expect(scopeSvgIds('<svg><clipPath id="c"/><g clip-path="url(#c)"/></svg>', "m1")).toBe('<svg><clipPath id="m1-c"/><g clip-path="url(#m1-c)"/></svg>');
    expect(reportStrings("nb").measureTypes.balancing).toBe("Balansemål");
  });
});
