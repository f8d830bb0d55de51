// Exercise 15's key says what the playground proposes for its dataset (a U chart, with the P chart
// as the alternative) and tells the groups to choose P. The playground proposes with the
// library's suggestChart: when the proposal changes, this fails and the key must be rewritten.
import { describe, expect, it } from "vitest";
import { readDelimited, suggestChart } from "../../src/adapters/index.js";
import { readWorkshopFile } from "../../docs/workshop/workshop.js";

describe("exercise 15 in the playground", () => {
  it("gets the proposal its answer key describes: U, with P as the alternative", () => {
    const suggestion = suggestChart(readDelimited(readWorkshopFile("datasets/15-legemiddelgjennomgang.csv")));
    expect(suggestion.chart).toBe("u");
    expect(suggestion.alternatives.map((a) => a.chart)).toContain("p");
    for (const page of ["nb/15-spc-verktoyet.md", "en/15-playground.md"]) expect(readWorkshopFile(page)).toMatch(/U[- ](diagram|chart)/);
  });
});
