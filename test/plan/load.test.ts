import { describe, expect, it } from "vitest";
import * as zod from "zod";
import { formatLocated } from "../../src/plan/diagnostics.js";
import { planJsonSchema } from "../../src/plan/json-schema.js";
import { parsePlan, planPosition, validatePlan } from "../../src/plan/load.js";
import { fixtureText, issuesOf, measure, plan } from "./helpers.js";

describe("validatePlan", () => {
  it("fills in id, index, chart and direction; dates become ISO", () => {
    const p = validatePlan(
      plan(
        measure({
          name: "Fall på Ålesund sykehjem",
          target: { value: 0.6, date: "31.12.2025" },
          direction: "decrease",
          annotations: [{ date: "mai 2024", text: "PDSA 1" }],
          freeze: "30.06.2024",
          breaks: [12, "2024-09-01"],
        }),
        measure({ name: "Fall på Ålesund sykehjem" }),
      ),
    );
    const [a, b] = p.measures;
    expect(a).toMatchObject({ id: "fall-pa-alesund-sykehjem", index: 0, chart: "auto", direction: "decrease" });
    expect(a?.target).toEqual({ value: 0.6, date: "2025-12-31" });
    expect(a?.annotations).toEqual([{ date: "2024-05-01", text: "PDSA 1" }]);
    expect(a?.freeze).toBe("2024-06-30");
    expect(a?.breaks).toEqual([12, "2024-09-01"]);
    expect(b).toMatchObject({ id: "fall-pa-alesund-sykehjem-2", index: 1, direction: "neutral" });
  });

  it("names the path of every problem, in words a measurement lead can act on", () => {
    const issues = issuesOf(() =>
      validatePlan(
        plan(
          measure(),
          measure(),
          measure({ target: { value: "to" }, direction: "decrease", type: "resultat", chart: "x" }),
        ),
      ),
    );
    expect(issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["measures.2.type", 'must be one of "outcome", "process", "balancing", not the text "resultat"'],
      ["measures.2.chart", expect.stringMatching(/^must be one of "auto", "run", "i", /)],
      ["measures.2.target.value", 'must be a number, not the text "to"'],
    ]);
    expect(formatLocated(issues[2]!)).toBe('measures[2].target.value: must be a number, not the text "to"');
  });

  it("a missing field is required; an unknown one is an error with the nearest known name", () => {
    const issues = issuesOf(() => validatePlan({ measures: [{ name: "Fall", type: "outcome", defintion: "x", data: { file: "f.csv", y: "Fall", nn: "N" } }] }));
    expect(issues.map((i) => `${i.path.join(".")}: ${i.message}`).sort()).toEqual([
      'measures.0.data.nn: unknown field (did you mean "n"?)',
      'measures.0.defintion: unknown field (did you mean "definition"?)',
      "title: required",
    ]);
  });

  it("checks that belong to the whole measure", () => {
    const messages = (m: Record<string, unknown>) => issuesOf(() => validatePlan(plan(m))).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages({ name: "A", type: "outcome" })).toEqual(["measures.0: needs its data: give data (a table) or events (an event log)"]);
    expect(messages(measure({ events: { file: "e.csv", date: "Dato" } }))).toEqual(["measures.0.events: give either data (a table) or events (an event log), not both"]);
    expect(messages(measure({ target: { value: 1 } }))).toEqual(['measures.0.direction: needed with a target: "increase" or "decrease" (which way is better?)']);
    expect(messages(measure({ chart: "p", data: { file: "f.csv", y: "Fall" } }))).toEqual(["measures.0.data.n: required for a P chart: the column of the denominator"]);
    expect(messages(measure({ chart: "np", data: { file: "f.csv", y: "Fall" } }))).toEqual(["measures.0.data.n: required for a NP chart: the column of the denominator"]);
    expect(messages(measure({ data: { file: "f.csv", x: "Måned" } }))).toEqual(["measures.0.data.y: required: the column of the value"]);
    expect(messages(measure({ data: { file: "f.csv", wide: true, y: "A" } }))).toEqual([
      "measures.0.data.y: a wide sheet's values are in its unit columns: leave out y",
      "measures.0.data.x: required for a wide sheet (the column every unit shares, e.g. the month)",
    ]);
    const events = (e: Record<string, unknown>, chart = "auto") => messages({ name: "A", type: "outcome", chart, events: { file: "e.csv", ...e } });
    expect(events({ date: "Dato" }, "i")).toEqual(['measures.0.chart: an event log makes run, C, U, T, G or P charts (or auto), not "i"']);
    expect(events({ date: "Dato" }, "u")).toEqual(["measures.0.events.denominators: required for a U chart: the denominators per period"]);
    expect(events({ date: "Dato" }, "g")).toEqual(["measures.0.events.event: required for a G chart from a log: the yes/no column that says which cases had the event"]);
    expect(events({ event: "Infeksjon" }, "t")).toEqual([
      "measures.0.events.event: a yes/no event column makes a G chart (cases between events) or a P chart (share per period): use chart g, p or auto",
    ]);
    expect(events({ event: "Infeksjon" }, "p")).toEqual(["measures.0.events.date: required for a P chart: the column of the case's date, to count per period"]);
    expect(events({})).toEqual(["measures.0.events.date: required: the column of the event's date"]);
    expect(issuesOf(() => validatePlan(plan(measure({ id: "fall" }), measure({ id: "fall" })))).map((i) => i.message)).toEqual([
      '"fall" is already the id of measures[0]',
    ]);
  });

  it("reads dates, columns and positions strictly", () => {
    const messages = (m: Record<string, unknown>) => issuesOf(() => validatePlan(plan(measure(m)))).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages({ annotations: [{ date: "snart", text: "x" }] })).toEqual([
      "measures.0.annotations.0.date: must be a date, e.g. 2025-12-31 or 31.12.2025 (or a month such as mars 2025)",
    ]);
    expect(messages({ freeze: 0 })).toEqual(["measures.0.freeze: must be at least 1"]);
    expect(messages({ freeze: true })).toEqual(["measures.0.freeze: must be a 1-based position (1, 2, …) or a date such as 2024-06-01"]);
    expect(messages({ data: { file: "f.csv", y: true } })).toEqual(["measures.0.data.y: must be a column name (as in the header) or a 0-based column number"]);
    expect(messages({ multiply: 0 })).toEqual(["measures.0.multiply: must not be zero"]);
    expect(messages({ id: "Fall" })).toEqual(["measures.0.id: must be lower-case letters a–z, digits and -"]);
    expect(issuesOf(() => validatePlan({ title: "x", measures: [] })).map((i) => i.message)).toEqual(["needs at least one measure"]);
  });
});

describe("parsePlan", () => {
  it("reads the YAML and JSON fixtures", () => {
    const fall = parsePlan(fixtureText("plans/fall.yaml"));
    expect(fall.title).toBe("Færre fall på Solsiden sykehjem");
    expect(fall.measures.map((m) => [m.id, m.type, m.chart])).toEqual([
      ["fall-per-1000-liggedogn", "outcome", "u"],
      ["fall-per-avdeling", "outcome", "auto"],
      ["dager-mellom-fall-med-skade", "outcome", "t"],
      ["avvik-per-pasient", "balancing", "u"],
    ]);
    expect(fall.measures[0]?.target).toEqual({ value: 0.6, date: "2025-12-31", text: "Halvere fall innen utgangen av 2025" });
    const infeksjon = parsePlan(fixtureText("plans/infeksjon.json"));
    expect(infeksjon.measures.map((m) => m.type)).toEqual(["outcome", "process", "balancing"]);
  });

  it("YAML 1.2: no is text, dates stay text, a BOM is fine", () => {
    const p = parsePlan("\uFEFFtitle: no\nmeasures:\n  - name: Fall\n    type: outcome\n    data: { file: f.csv, y: Fall }\n    annotations: [{ date: 2024-05-14, text: no }]\n");
    expect(p.title).toBe("no");
    expect(p.measures[0]?.annotations).toEqual([{ date: "2024-05-14", text: "no" }]);
  });

  it("every issue has the line and column of its field", () => {
    const text = "title: Fall\nmeasures:\n  - name: Fall\n    type: outcome\n    data: { file: f.csv, y: Fall }\n    direction: decrease\n    target:\n      value: to\n    defintion: x\n  - name: B\n";
    const issues = issuesOf(() => parsePlan(text));
    expect(issues.map(formatLocated)).toEqual([
      '8:14: measures[0].target.value: must be a number, not the text "to"',
      '9:5: measures[0].defintion: unknown field (did you mean "definition"?)',
      '10:5: measures[1].type: required: one of "outcome", "process", "balancing"',
    ]);
  });

  it("syntax errors and duplicate keys, with their place", () => {
    const dup = issuesOf(() => parsePlan("title: a\ntitle: b\nmeasures: []\n"));
    expect(dup[0]).toMatchObject({ code: "syntax", line: 2, column: 1 });
    expect(dup[0]?.message).toMatch(/^not valid YAML or JSON: Map keys must be unique/);
    const json = issuesOf(() => parsePlan('{ "title": "a",, "measures": [] }'));
    expect(json[0]).toMatchObject({ code: "syntax", line: 1 });
    expect(issuesOf(() => parsePlan(""))[0]?.message).toBe("the plan is empty");
    expect(issuesOf(() => parsePlan("- a\n- b\n"))[0]?.message).toBe("must be an object (fields under it), not a list");
  });

  it("JSON positions too", () => {
    const issues = issuesOf(() => parsePlan('{\n  "title": "x",\n  "measures": [\n    { "name": "A", "type": "outcome", "data": { "file": "f.csv", "y": 3.5 } }\n  ]\n}'));
    expect(issues[0]).toMatchObject({ line: 4, column: 71, path: ["measures", 0, "data", "y"] });
  });
});

describe("planPosition", () => {
  it("finds a value, a key, or the nearest field above a missing one", () => {
    const text = "title: Fall\nmeasures:\n  - name: Fall\n    data:\n      file: f.csv\n";
    expect(planPosition(text, ["measures", 0, "name"])).toEqual({ line: 3, column: 11 });
    expect(planPosition(text, ["measures", 0, "name"], true)).toEqual({ line: 3, column: 5 });
    expect(planPosition(text, ["measures", 0, "data", "y"])).toEqual({ line: 5, column: 7 });
    expect(planPosition(text, ["measures", 3])).toEqual({ line: 3, column: 3 }); // the list
    expect(planPosition("{", [])).toBeNull();
  });
});

describe("planJsonSchema", () => {
  it("describes every field for editors and follows the zod schema", () => {
    const schema = planJsonSchema() as { $schema: string; required: string[]; properties: Record<string, { items?: { properties: Record<string, { description?: string }> } }> };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["title", "measures"]);
    const measureProps = schema.properties.measures?.items?.properties ?? {};
    expect(Object.keys(measureProps)).toEqual(expect.arrayContaining(["name", "type", "definition", "data", "events", "chart", "direction", "target", "annotations", "freeze", "breaks"]));
    for (const [key, prop] of Object.entries(measureProps)) expect(prop.description, key).toBeTruthy();
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("keeps its own words when the app has set zod's English messages globally", () => {
    // An app that uses zod itself may call z.config(z.locales.en()); zod keeps that on globalThis,
    // shared with the zod/mini the plan schema is built on.
    zod.config(zod.locales.en());
    try {
      const messages = issuesOf(() => validatePlan(plan(measure({ freeze: 0, unit: 3 })))).map((i) => `${i.path.join(".")}: ${i.message}`);
      expect(messages).toContain("measures.0.freeze: must be at least 1");
      expect(messages.join("\n")).not.toMatch(/Too small|Invalid input|expected/);
    } finally {
      zod.config({ localeError: undefined });
    }
  });
});
