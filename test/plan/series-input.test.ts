import { describe, expect, it } from "vitest";
import { denominatorsInput, setSeries } from "../../src/plan/series-input.js";
import type { MeasureInput } from "../../src/plan/schema.js";

const measure = (): MeasureInput => ({ name: "Fall", type: "outcome", chart: "auto" });

describe("setSeries: spc chart's flags → the measure's series (shared with the corpus's library path)", () => {
  it("a table: columns and reading flags go to data, period to the measure; a workbook's sheet is ';' with decimal commas", () => {
    const m = measure();
    setSeries(m, { file: "fall.csv", workbook: false }, { x: "Måned", y: "Fall", n: "Liggedøgn", facet: "Avd" }, { decimal: ".", delimiter: "tab", period: "month", note: "Merknad", skipLines: 2, year: 2024 }, { events: false });
    expect(m.data).toEqual({ file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn", facet: "Avd", note: "Merknad", decimal: ".", delimiter: "tab", year: 2024, skipLines: 2 });
    expect(m.period).toBe("month");
    expect(m.events).toBeUndefined();
    const book = measure();
    setSeries(book, { file: "fall.xlsx", workbook: true }, { x: "Måned", y: "Fall", wide: true }, { decimal: ".", delimiter: "," }, { events: false });
    expect(book.data).toEqual({ file: "fall.xlsx", x: "Måned", y: "Fall", wide: true, decimal: ",", delimiter: ";" });
    expect(book.period).toBeUndefined();
  });

  it("an event log: x is the date column, the period is the counting period, denominators as given", () => {
    const m = measure();
    const denominators = denominatorsInput({ file: "liggedogn.csv", workbook: false }, { denominatorN: "Liggedøgn", decimal: "," }, "Avd");
    expect(denominators).toEqual({ file: "liggedogn.csv", x: 0, n: "Liggedøgn", facet: "Avd", decimal: "," });
    setSeries(m, { file: "logg.csv", workbook: false }, { x: "Dato", facet: "Avd", y: "ignored" }, { period: "week", sameDay: "merge", time: "Kl.", include: { Grad: ["Alvorlig"] } }, { events: true, denominators });
    expect(m.events).toEqual({ file: "logg.csv", date: "Dato", facet: "Avd", time: "Kl.", sameDay: "merge", period: "week", denominators, include: { Grad: ["Alvorlig"] } });
    expect(m.data).toBeUndefined();
    expect(m.period).toBeUndefined();
    expect(denominatorsInput({ file: "d.xlsx", workbook: true }, { decimal: "." }, undefined)).toEqual({ file: "d.xlsx", x: 0, n: 1, decimal: ",", delimiter: ";" });
  });
});
