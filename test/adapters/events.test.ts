import { describe, expect, it } from "vitest";
import {
  casesBetweenEvents,
  countEvents,
  daysBetweenEvents,
  readDelimited,
  tableToSpec,
} from "../../src/adapters/index.js";
import { SpcError } from "../../src/errors.js";
import { expectEveryLineAccountedFor, fixture } from "./helpers.js";

const falls = () => readDelimited(fixture("fallhendelser.csv"));
const H1 = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"];

describe("countEvents (C chart)", () => {
  it("fallhendelser.csv → falls per month, April without falls is 0", () => {
    const log = falls();
    const r = countEvents(log, { date: "Hendelsesdato" }, { period: "month" });
    expect(r.spec).toEqual({
      chart: "c",
      xType: "date",
      period: "month",
      data: [
        { x: "2024-01-01", y: 4 },
        { x: "2024-02-01", y: 2 },
        { x: "2024-03-01", y: 3 },
        { x: "2024-04-01", y: 0 },
        { x: "2024-05-01", y: 2 },
        { x: "2024-06-01", y: 2 },
      ],
    });
    expect(r.used).toEqual([
      { line: 2, row: 0 },
      { line: 3, row: 0 },
      { line: 4, row: 0 },
      { line: 5, row: 0 },
      { line: 6, row: 1 },
      { line: 7, row: 1 },
      { line: 8, row: 2 },
      { line: 9, row: 2 },
      { line: 10, row: 2 },
      { line: 11, row: 4 },
      { line: 12, row: 4 },
      { line: 13, row: 5 },
      { line: 14, row: 5 },
    ]);
    expect(r.rejected).toEqual([]);
    expect(r.suggestedMultiply).toBeNull();
    expectEveryLineAccountedFor(log, r);
  });

  it("counts per ward, every ward over the common range", () => {
    const r = countEvents(falls(), { date: "Hendelsesdato", facet: "Avdeling" }, { period: "month" });
    const of = (ward: string) => r.spec.data.filter((d) => d.facet === ward).map((d) => [d.x, d.y]);
    expect(of("Langtidsavdeling")).toEqual(H1.map((x, i) => [x, [2, 1, 2, 0, 1, 1][i]]));
    expect(of("Korttidsavdeling")).toEqual(H1.map((x, i) => [x, [2, 1, 1, 0, 1, 1][i]]));
  });

  it("keeps only falls with injury through include, and lists the others as ignored", () => {
    const log = falls();
    const r = countEvents(log, { date: "Hendelsesdato" }, { period: "month", include: (row) => row["Alvorlighetsgrad"] !== "Ingen skade" });
    expect(r.spec.data.map((d) => d.y)).toEqual([2, 0, 2, 0, 1, 1]);
    expect(r.ignored.map((i) => i.line)).toEqual([2, 4, 6, 7, 9, 11, 14]);
    expect(r.ignored[0]?.reason).toBe("left out by the include filter");
    expectEveryLineAccountedFor(log, r);
  });

  it("counts per ISO week (Monday), quarter and year", () => {
    const log = falls();
    const weeks = countEvents(log, { date: "Hendelsesdato" }, { period: "week" });
    expect(weeks.spec.data[0]).toEqual({ x: "2024-01-01", y: 1 });
    expect(weeks.spec.data[1]).toEqual({ x: "2024-01-08", y: 2 });
    expect(weeks.spec.data).toHaveLength(26); // ISO weeks 1 to 26 of 2024: 30 June is the Sunday of week 26
    expect(weeks.spec.data.at(-1)).toEqual({ x: "2024-06-24", y: 1 });
    expect(weeks.spec.data.reduce((s, d) => s + (d.y ?? 0), 0)).toBe(13);
    expect(countEvents(log, { date: 0 }, { period: "quarter" }).spec.data).toEqual([
      { x: "2024-01-01", y: 9 },
      { x: "2024-04-01", y: 4 },
    ]);
    expect(countEvents(log, { date: 0 }, { period: "year" }).spec.data).toEqual([{ x: "2024-01-01", y: 13 }]);
  });

  it("fills a given range with zeros and ignores events outside it", () => {
    const log = falls();
    const r = countEvents(log, { date: 0 }, { period: "month", from: "01.02.2024", to: "2024-08" });
    expect(r.spec.data.map((d) => [d.x, d.y])).toEqual([
      ["2024-02-01", 2],
      ["2024-03-01", 3],
      ["2024-04-01", 0],
      ["2024-05-01", 2],
      ["2024-06-01", 2],
      ["2024-07-01", 0],
      ["2024-08-01", 0],
    ]);
    expect(r.ignored.map((i) => i.line)).toEqual([2, 3, 4, 5]);
    expect(r.ignored[0]?.reason).toBe("2024-01-03 is outside the range 2024-02-01 to 2024-08-01");
    expectEveryLineAccountedFor(log, r);
  });

  it("rejects unreadable dates and empty facets by line and column", () => {
    const log = readDelimited("Dato;Avd\n03.01.2024;A\nukjent;A\n31.01.2024;\n");
    const r = countEvents(log, { date: "Dato", facet: "Avd" }, { period: "month" });
    expect(r.spec.data).toEqual([{ x: "2024-01-01", y: 1, facet: "A" }]);
    expect(r.rejected).toEqual([
      { line: 3, column: "Dato", value: "ukjent", reason: '"ukjent" is not a date', code: "date_not_a_date", params: { value: "ukjent" } },
      {
        line: 4,
        column: "Avd",
        value: "",
        reason: "the cell is empty; every event needs a facet value to know which chart it belongs to",
      },
    ]);
    expect(() => countEvents(log, { date: "Dato", facet: "Avd" }, { period: "month", strict: true })).toThrow(
      /line 3, column "Dato": "ukjent" is not a date/,
    );
  });

  it("refuses to fill a century of days because of a mistyped year", () => {
    const log = readDelimited("Dato\n03.01.2024\n04.01.1924\n");
    expect(() => countEvents(log, { date: 0 }, { period: "day" })).toThrow(
      /more than 10000 days \(events from 1924-01-04 on line 3 to 2024-01-03 on line 2 — is a year mistyped\?\)/,
    );
  });

  it("throws SpcError for a bad period or range", () => {
    // @ts-expect-error not a period
    expect(() => countEvents(falls(), { date: 0 }, { period: "fortnight" })).toThrow(SpcError);
    expect(() => countEvents(falls(), { date: 0 }, { period: "month", from: "snart" })).toThrow(SpcError);
    expect(() => countEvents(falls(), { date: "Dato" }, { period: "month" })).toThrow(SpcError);
  });

  it("returns no rows for a log without events", () => {
    const r = countEvents(readDelimited("Dato\n"), { date: 0 }, { period: "month" });
    expect(r.spec.data).toEqual([]);
  });
});

describe("countEvents with denominators (U chart)", () => {
  const bedDays = () =>
    tableToSpec(readDelimited(fixture("liggedogn-maaned.csv")), { x: "Måned", y: "Liggedøgn", facet: "Avdeling" }).spec.data;

  it("fallhendelser.csv + liggedogn-maaned.csv → falls and bed-days per ward and month, per 1 000 bed-days", () => {
    const r = countEvents(falls(), { date: "Hendelsesdato", facet: "Avdeling" }, { period: "month", denominators: bedDays() });
    expect(r.spec.chart).toBe("u");
    expect(r.suggestedMultiply).toBe(1000);
    expect(r.spec.multiply).toBe(1000);
    expect(r.spec.data.filter((d) => d.facet === "Langtidsavdeling")).toEqual([
      { x: "2024-01-01", y: 2, n: 1488, facet: "Langtidsavdeling" },
      { x: "2024-02-01", y: 1, n: 1392, facet: "Langtidsavdeling" },
      { x: "2024-03-01", y: 2, n: 1480, facet: "Langtidsavdeling" },
      { x: "2024-04-01", y: 0, n: 1425, facet: "Langtidsavdeling" },
      { x: "2024-05-01", y: 1, n: 1470, facet: "Langtidsavdeling" },
      { x: "2024-06-01", y: 1, n: 1410, facet: "Langtidsavdeling" },
    ]);
    expect(r.spec.data.filter((d) => d.facet === "Korttidsavdeling").map((d) => d.n)).toEqual([1302, 1190, 1275, 1230, 1290, 1236]);
    expect(r.warnings).toEqual([]);
  });

  it("sums denominators within a period, extends the range to them, and reports periods without one", () => {
    const log = readDelimited("Dato\n15.01.2024\n20.01.2024\n02.03.2024\n");
    const denominators = [
      { x: "2024-01-01", y: 400 },
      { x: "2024-01-16", y: 300 },
      { x: "2024-02-01", n: 650, y: null },
      { x: "april 2024", y: 500 },
    ];
    const r = countEvents(log, { date: 0 }, { period: "month", denominators, multiply: 100 });
    expect(r.spec.data).toEqual([
      { x: "2024-01-01", y: 2, n: 700 },
      { x: "2024-02-01", y: 0, n: 650 },
      { x: "2024-03-01", y: 1, n: null },
      { x: "2024-04-01", y: 0, n: 500 },
    ]);
    expect(r.spec.multiply).toBe(100);
    expect(r.suggestedMultiply).toBe(1000);
    expect(r.warnings).toEqual(["no denominator for 1 period(s), so n is null there: 2024-03-01"]);
  });

  it("suggests 100 for rates around a few percent", () => {
    const log = readDelimited("Dato\n15.01.2024\n20.01.2024\n");
    expect(countEvents(log, { date: 0 }, { period: "month", denominators: [{ x: "2024-01-01", y: 80 }] }).suggestedMultiply).toBe(100);
  });

  it("throws SpcError when denominator facets do not match the events'", () => {
    expect(() =>
      countEvents(falls(), { date: 0, facet: "Avdeling" }, { period: "month", denominators: [{ x: "2024-01-01", y: 2790 }] }),
    ).toThrow(/each denominator row needs the facet/);
    expect(() => countEvents(falls(), { date: 0 }, { period: "month", denominators: [{ x: "2024-01-01", y: 1, facet: "A" }] })).toThrow(SpcError);
    expect(() => countEvents(falls(), { date: 0 }, { period: "month", denominators: [{ x: 3, y: 1 }] })).toThrow(SpcError);
    expect(() => countEvents(falls(), { date: 0 }, { period: "month", denominators: [{ x: "2024-01-01", y: Number.NaN }] })).toThrow(SpcError);
  });
});

describe("daysBetweenEvents (T chart)", () => {
  // time: null — whole days, as a log without times of day is read (the times are tested below).
  it("fallhendelser.csv without its times → days between falls; same-day falls are rejected and reported, not 0", () => {
    const log = falls();
    const r = daysBetweenEvents(log, { date: "Hendelsesdato", time: null });
    expect(r.spec.chart).toBe("t");
    expect(r.spec.xType).toBe("date");
    expect(r.spec.data).toEqual([
      { x: "2024-01-11", y: 8 },
      { x: "2024-01-24", y: 13 },
      { x: "2024-02-02", y: 9 },
      { x: "2024-02-19", y: 17 },
      { x: "2024-03-05", y: 15 },
      { x: "2024-03-21", y: 16 },
      { x: "2024-05-08", y: 48 },
      { x: "2024-05-27", y: 19 },
      { x: "2024-06-14", y: 18 },
      { x: "2024-06-30", y: 16 },
    ]);
    expect(r.rejected).toEqual([
      {
        line: 4,
        column: "Hendelsesdato",
        value: "11.01.2024",
        reason: "on the same day as the event on line 3: 0 days between them, and a T chart needs times above 0",
        code: "same_day_rejected",
        params: { line: 3, times: false },
      },
      {
        line: 9,
        column: "Hendelsesdato",
        value: "05.03.2024",
        reason: "on the same day as the event on line 8: 0 days between them, and a T chart needs times above 0",
        code: "same_day_rejected",
        params: { line: 8, times: false },
      },
    ]);
    expect(r.used[0]).toEqual({ line: 2, row: null });
    expect(r.spec.data.every((d) => (d.y ?? 0) > 0)).toBe(true);
    expectEveryLineAccountedFor(log, r);
  });

  it("merges same-day events into the previous interval when asked", () => {
    const log = falls();
    const r = daysBetweenEvents(log, { date: 0, time: null }, { sameDay: "merge" });
    expect(r.rejected).toEqual([]);
    expect(r.spec.data).toHaveLength(10);
    expect(r.used.find((u) => u.line === 4)).toEqual({ line: 4, row: 0 });
    expect(r.warnings).toEqual(["2 event(s) on the same day as the event before them were merged into its interval"]);
    expectEveryLineAccountedFor(log, r);
  });

  it("measures per ward, across a leap day", () => {
    const r = daysBetweenEvents(falls(), { date: 0, facet: "Avdeling", time: null });
    expect(r.spec.data.filter((d) => d.facet === "Langtidsavdeling").map((d) => [d.x, d.y])).toEqual([
      ["2024-01-24", 21],
      ["2024-02-02", 9],
      ["2024-03-05", 32],
      ["2024-05-08", 64],
      ["2024-06-14", 37],
    ]);
    expect(r.rejected.map((x) => x.line)).toEqual([4, 9]);
  });

  it("sorts events by date", () => {
    const r = daysBetweenEvents(readDelimited("Dato\n10.01.2024\n01.01.2024\n"), { date: 0 });
    expect(r.spec.data).toEqual([{ x: "2024-01-10", y: 9 }]);
    expect(r.used).toEqual([
      { line: 2, row: 0 },
      { line: 3, row: null },
    ]);
  });

  it("fails in strict mode on a same-day event", () => {
    expect(() => daysBetweenEvents(falls(), { date: 0, time: null }, { strict: true })).toThrow(SpcError);
  });
});

describe("casesBetweenEvents (G chart)", () => {
  it("operasjoner-infeksjon.csv → operations between infections", () => {
    const log = readDelimited(fixture("operasjoner-infeksjon.csv"));
    const r = casesBetweenEvents(log, { event: "Postoperativ infeksjon", date: "Operasjonsdato" });
    expect(r.spec).toEqual({
      chart: "g",
      xType: "date",
      data: [
        { x: "2024-01-08", y: 3 },
        { x: "2024-01-09", y: 0 },
        { x: "2024-01-15", y: 5 },
      ],
    });
    expect(r.open).toEqual([{ facet: null, cases: 2 }]);
    expect(r.rejected).toEqual([
      {
        line: 18,
        column: "Postoperativ infeksjon",
        value: "Ukjent",
        reason: '"Ukjent" is neither yes nor no (ja/nei, 1/0, x/empty)',
        code: "neither_yes_nor_no",
        params: { value: "Ukjent" },
      },
    ]);
    expect(r.ignored).toEqual([
      { line: 2, reason: "before the first event: the count starts at the first event" },
      { line: 3, reason: "before the first event: the count starts at the first event" },
      { line: 16, reason: "after the last event: an open interval of 2 case(s) so far" },
      { line: 17, reason: "after the last event: an open interval of 2 case(s) so far" },
    ]);
    expect(r.used.find((u) => u.line === 4)).toEqual({ line: 4, row: null });
    expect(r.used.filter((u) => u.row === 2).map((u) => u.line)).toEqual([10, 11, 12, 13, 14, 15]);
    expectEveryLineAccountedFor(log, r);
  });

  it("counts the cases before the first event when asked", () => {
    const log = readDelimited(fixture("operasjoner-infeksjon.csv"));
    const r = casesBetweenEvents(log, { event: 3 }, { includeFirst: true });
    expect(r.spec).toEqual({ chart: "g", data: [{ y: 2 }, { y: 3 }, { y: 0 }, { y: 5 }] });
  });

  it("takes the texts that mark an event", () => {
    const log = readDelimited("Nr;Komplikasjon\n1;Ingen\n2;Infeksjon\n3;Ingen\n4;Blødning\n5;Infeksjon\n");
    const r = casesBetweenEvents(log, { event: 1 }, { eventValues: ["infeksjon"] });
    expect(r.spec.data).toEqual([{ y: 2 }]);
    expect(r.rejected).toEqual([]);
  });

  it("drops x when events share a date, and says why", () => {
    const log = readDelimited("Dato;Inf\n01.01.2024;ja\n02.01.2024;ja\n02.01.2024;ja\n");
    const r = casesBetweenEvents(log, { event: 1, date: 0 });
    expect(r.spec).toEqual({ chart: "g", data: [{ y: 0 }, { y: 0 }] });
    expect(r.warnings).toEqual(["some events are on the same day, so rows have no x (date) and are plotted in order of time"]);
    expect(r.notices.map((n) => n.code)).toEqual(["same_day_in_order"]);
  });

  it("counts per facet, with an open interval for each", () => {
    const log = readDelimited("Avd;Inf\nA;x\nB;x\nA;\nA;\nB;\nA;x\nB;\n");
    const r = casesBetweenEvents(log, { event: "Inf", facet: "Avd" });
    expect(r.spec.data).toEqual([{ y: 2, facet: "A" }]);
    expect(r.open).toEqual([
      { facet: "A", cases: 0 },
      { facet: "B", cases: 2 },
    ]);
  });
});

describe("a total line under an event log", () => {
  it("is left out as a named total row (not a bad date), by every event reader", () => {
    const table = readDelimited(fixture("fall-logg-tittel-klokkeslett.csv"));
    for (const result of [countEvents(table, { date: "Dato" }, { period: "month" }), daysBetweenEvents(table, { date: "Dato", time: "Kl." })]) {
      expect(result.rejected).toEqual([]);
      expect(result.ignored).toEqual([
        { line: 17, code: "total_row", reason: '"Totalt" is a total or summary row, not a subgroup (line left out)', params: { label: "Totalt" }, text: "Totalt;;14 fall;" },
      ]);
      expectEveryLineAccountedFor(table, result);
    }
  });
});
