import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../src/adapters/data-file.js";
import { computePlan, planDataSources } from "../../src/plan/compute.js";
import { planJsonSchema } from "../../src/plan/json-schema.js";
import { parsePlan, validatePlan } from "../../src/plan/load.js";
import { sourceKey } from "../../src/plan/source.js";
import { repoRoot } from "../support/shared.js";

const bytes = (name: string) => new Uint8Array(readFileSync(`${repoRoot}/test/fixtures/${name}`));

describe("sheet: in a measurement plan", () => {
  const plan = parsePlan(
    [
      "title: Fall",
      "measures:",
      "  - name: Fall per 1000 liggedøgn",
      "    type: outcome",
      "    chart: u",
      "    data: { file: fall.xlsx, sheet: Data, x: Måned, y: Fall, n: Liggedøgn, delimiter: ';', decimal: ',' }",
      "  - name: Fall (run)",
      "    type: outcome",
      "    chart: run",
      "    data: { file: fall.xlsx, sheet: 2, x: Måned, y: Fall, delimiter: ';', decimal: ',' }",
      "  - name: Fall igjen",
      "    type: outcome",
      "    data: { file: fall.xlsx, sheet: Data, x: Måned, y: Fall, delimiter: ';', decimal: ',' }",
      "",
    ].join("\n"),
  );

  it("each (file, sheet) is one source, read once", () => {
    expect(planDataSources(plan)).toEqual([
      { file: "fall.xlsx", sheet: "Data", key: "fall.xlsx#sheet=Data" },
      { file: "fall.xlsx", sheet: 2, key: "fall.xlsx#sheet=2" },
    ]);
    expect(sourceKey({ file: "a.csv" })).toBe("a.csv");
  });

  it("computes from the sheets' texts, keyed by file and sheet; a sheet not given is a missing file, never another sheet", async () => {
    const texts: Record<string, string> = {};
    for (const s of planDataSources(plan)) texts[s.key] = (await readDataFile(bytes("fall-sykehjem.xlsx"), s.file, { sheet: s.sheet! })).text;
    const computed = computePlan(plan, texts);
    expect(computed.measures.map((m) => m.result?.chart)).toEqual(["u", "run", expect.any(String)]);
    expect(computed.measures[0]!.result!.points).toHaveLength(12);
    const missing = computePlan(plan, { "fall.xlsx": texts["fall.xlsx#sheet=Data"]! });
    expect(missing.measures.map((m) => m.issues.some((i) => i.code === "missing_file"))).toEqual([true, true, true]);
  });

  it("the schema takes a name or a 1-based position, and describes it for editors", () => {
    expect(() => validatePlan({ title: "t", measures: [{ name: "m", type: "outcome", data: { file: "a.xlsx", sheet: 0 } }] })).toThrow(/sheet/);
    expect(() => validatePlan({ title: "t", measures: [{ name: "m", type: "outcome", data: { file: "a.xlsx", sheet: "" } }] })).toThrow(/sheet/);
    const schema = JSON.stringify(planJsonSchema());
    expect(schema).toContain("the sheet to read, by name or 1-based position");
  });
});
