import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT, runCli } from "../../src/cli/run.js";
import { compute, SpcError, type ChartResult } from "../../src/index.js";
import { renderSvg, type RenderOptions } from "../../src/render/index.js";
import { parseInclude } from "../../src/cli/commands/options.js";
import { parsePlan } from "../../src/plan/load.js";

// Issue 11: names that are also JavaScript's (`__proto__`, `constructor`, `toString`,
// `hasOwnProperty`) as columns, filters, facets, options and theme keys work as ordinary names
// or are refused clearly — never a TypeError, never a filter dropped.

const ORDINARY = ["constructor", "toString", "hasOwnProperty", "valueOf"];
const ALL = ["__proto__", ...ORDINARY];

async function spc(argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** An event log of 20 days; the column `name` is "x" on odd days, so a filter keeps 10. */
function eventLog(dir: string, name: string): string {
  const file = join(dir, `events-${name}.csv`);
  const rows = Array.from({ length: 20 }, (_, i) => `2024-01-${String(i + 1).padStart(2, "0")};${i % 2 === 1 ? "x" : "y"};A`);
  writeFileSync(file, `Dato;${name};Enhet\n${rows.join("\n")}\n`);
  return file;
}

const eventsIn = (json: string) => (JSON.parse(json) as ChartResult).points.length;

describe("prototype names on the command line", () => {
  it.each(ORDINARY)("--include %s=x filters on a column of that name", async (name) => {
    const dir = mkdtempSync(join(tmpdir(), "spc-proto-"));
    const csv = eventLog(dir, name);
    const all = await spc(["chart", csv, "--events", "--chart", "t", "-o", join(dir, "all.json")]);
    expect(all.code).toBe(EXIT.ok);
    const some = await spc(["chart", csv, "--events", "--chart", "t", "--include", `${name}=x`, "-o", join(dir, "some.json")]);
    expect(some.stderr).not.toMatch(/TypeError|\n\s+at /);
    expect(some.code).toBe(EXIT.ok);
    const everything = eventsIn(readFileSync(join(dir, "all.json"), "utf8"));
    const filtered = eventsIn(readFileSync(join(dir, "some.json"), "utf8"));
    expect(filtered).toBeLessThan(everything);
    expect(filtered).toBeGreaterThanOrEqual(9);
    expect(filtered).toBeLessThanOrEqual(10);
  });

  it("--include __proto__=x is refused by name, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-proto-"));
    const { code, stderr } = await spc(["chart", eventLog(dir, "__proto__"), "--events", "--chart", "t", "--include", "__proto__=x", "-o", join(dir, "o.json")]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain('--include: "__proto__" cannot be used as a name');
    expect(stderr).not.toMatch(/TypeError|\n\s+at /);
  });

  it.each(ALL)("parseInclude keeps %s as an own key and adds repeated values", (name) => {
    const once = parseInclude(`${name}=a|b`);
    const twice = parseInclude(`${name}=c`, once);
    expect(Object.keys(twice)).toEqual([name]);
    expect(Object.getOwnPropertyDescriptor(twice, name)?.value).toEqual(["a", "b", "c"]);
    expect(Object.getPrototypeOf(twice)).toBe(Object.prototype);
  });

  it.each(ALL)("a column named %s is an ordinary y column and facet value", async (name) => {
    const dir = mkdtempSync(join(tmpdir(), "spc-proto-"));
    const csv = join(dir, "d.csv");
    const rows = Array.from({ length: 24 }, (_, i) => `${String((i % 12) + 1).padStart(2, "0")}.${2023 + Math.floor(i / 12)};${i % 5};${i % 2 ? name : "B"}`);
    writeFileSync(csv, `Måned;${name};Avdeling\n${rows.join("\n")}\n`);
    const out = join(dir, "o.json");
    const { code, stderr } = await spc(["chart", csv, "--chart", "run", "--y", name, "--x", "Måned", "--facet", "Avdeling", "-o", out]);
    expect(stderr).not.toMatch(/TypeError|\n\s+at /);
    expect(code).toBe(EXIT.ok);
    const result = JSON.parse(readFileSync(out, "utf8")) as ChartResult;
    expect(new Set(result.facets)).toEqual(new Set(["B", name]));
    expect(result.points).toHaveLength(24);
  });
});

describe("prototype names in a plan", () => {
  const plan = (name: string) => `title: T\nmeasures:\n  - name: Fall\n    type: outcome\n    events: { file: e.csv, date: Dato, include: { ${name}: [x] } }\n`;

  it.each(ORDINARY)("include: { %s: [...] } is kept", (name) => {
    const events = parsePlan(plan(name)).measures[0]!.events!;
    expect(Object.hasOwn(events.include!, name)).toBe(true);
    expect(events.include![name]).toEqual(["x"]);
  });

  it("include: { __proto__: [...] } is refused at its line, not dropped", () => {
    let error: unknown;
    try {
      parsePlan(plan("__proto__"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpcError);
    const [issue] = (error as SpcError).issues as { code: string; line?: number; path: unknown[] }[];
    expect(issue!.code).toBe("reserved_name");
    expect(issue!.line).toBe(5);
    expect(issue!.path).toEqual(["measures", 0, "events", "include", "__proto__"]);
  });

  it.each(ORDINARY)("spc report counts only the rows an include on %s keeps", async (name) => {
    const dir = mkdtempSync(join(tmpdir(), "spc-proto-"));
    eventLog(dir, name);
    const file = join(dir, "plan.yaml");
    writeFileSync(file, `title: T\nmeasures:\n  - name: Fall\n    type: outcome\n    chart: t\n    events: { file: events-${name}.csv, date: Dato, include: { ${name}: [x] } }\n`);
    const { code, stderr } = await spc(["report", file, "-o", join(dir, "r.html")]);
    expect(stderr).not.toMatch(/TypeError|\n\s+at /);
    expect(code).toBe(EXIT.ok);
    const html = readFileSync(join(dir, "r.html"), "utf8");
    expect(html).toMatch(/\b(9|10) (punkter|points)\b/);
  });
});

describe("prototype names in render options and themes", () => {
  const result = compute({ chart: "i", data: Array.from({ length: 12 }, (_, i) => ({ x: i + 1, y: i % 4 })) });
  const problems = (options: unknown): string[] => {
    try {
      renderSvg(result, options as RenderOptions);
    } catch (e) {
      expect(e).toBeInstanceOf(SpcError);
      return (e as SpcError).issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    }
    throw new Error("expected an SpcError");
  };

  it.each(ALL)("option %s is an unknown option", (name) => {
    expect(problems(JSON.parse(`{"${name}": 1}`))).toEqual([expect.stringMatching(new RegExp(`^options\\.${name}: unknown option`))]);
  });

  it.each(ALL)("theme field %s is an unknown theme field", (name) => {
    expect(problems(JSON.parse(`{"theme": {"${name}": 1}}`))).toEqual([expect.stringMatching(new RegExp(`^options\\.theme\\.${name}: unknown theme field`))]);
  });

  it.each(ALL)("colour %s is an unknown colour", (name) => {
    expect(problems(JSON.parse(`{"theme": {"colors": {"${name}": "red"}}}`))).toEqual([expect.stringMatching(new RegExp(`^options\\.theme\\.colors\\.${name}: unknown colour`))]);
  });

  it.each(ALL)("facet %s is drawn as an ordinary facet", (name) => {
    const faceted = compute({ chart: "i", data: Array.from({ length: 12 }, (_, i) => ({ x: (i >> 1) + 1, y: i % 4, facet: i % 2 ? name : "B" })) });
    expect(faceted.facets).toEqual(["B", name]);
    expect(renderSvg(faceted)).toContain(`<g aria-label="${name}">`);
  });
});

describe("prototype names in a chart spec", () => {
  const data = [{ x: 1, y: 2 }, { x: 2, y: 3 }, { x: 3, y: 1 }];

  it.each(ALL)("a spec or row field %s is an ignored unknown field, with a warning", (name) => {
    const spec = JSON.parse(`{"chart":"i","data":[{"x":1,"y":2,"${name}":1},{"x":2,"y":3}],"${name}":1}`);
    const messages = compute(spec).warnings.filter((w) => w.code === "unknown-field").map((w) => w.message);
    expect(messages).toEqual([`Ignored fields the chart spec does not know: ${name}, data[].${name} (a typo?).`]);
  });

  it.each(ALL)("part label and category %s are ordinary labels", (name) => {
    const parts = compute({ chart: "i", data: data.map((d, i) => ({ ...d, part: i < 2 ? name : "b" })) }).parts.map((p) => p.label);
    expect(parts).toEqual([name, "b"]);
    const categories = compute({ chart: "i", xType: "category", xLevels: [name, "b"], data: [{ x: name, y: 1 }, { x: "b", y: 2 }] });
    expect(categories.points.map((p) => p.x)).toEqual([name, "b"]);
  });

  it.each(ALL)("rule, rule set and rule parameter %s are refused clearly", (name) => {
    for (const rules of [name, [name], [{ rule: "trend", [name]: 5 }]]) {
      const spec = JSON.parse(JSON.stringify({ chart: "i", data, rules }));
      expect(() => compute(spec)).toThrow(SpcError);
    }
  });
});


describe("prototype names as data file names in a plan", () => {
  it.each(ALL)("a data file named %s is read", async (name) => {
    const dir = mkdtempSync(join(tmpdir(), "spc-proto-"));
    const rows = Array.from({ length: 14 }, (_, i) => `${String((i % 12) + 1).padStart(2, "0")}.${2023 + Math.floor(i / 12)};${(i * 7) % 5}`);
    writeFileSync(join(dir, name), `Måned;Fall\n${rows.join("\n")}\n`);
    const file = join(dir, "plan.yaml");
    writeFileSync(file, `title: T\nmeasures:\n  - name: Fall\n    type: outcome\n    chart: run\n    data: { file: ${JSON.stringify(name)}, x: Måned, y: Fall }\n`);
    const { code, stderr } = await spc(["report", file, "-o", join(dir, "r.html")]);
    expect(stderr).not.toMatch(/was not given|TypeError|\n\s+at /);
    expect(code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toMatch(/\b14 (punkter|points)\b/);
  });
});
