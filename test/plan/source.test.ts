import { describe, expect, it } from "vitest";
import { SpcError } from "../../src/errors.js";
import { formatLocated } from "../../src/plan/diagnostics.js";
import { inferPeriod, loadEvents, loadTable } from "../../src/plan/source.js";
import { fixtureText, issuesOf } from "./helpers.js";

const H1 = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"];

describe("loadTable", () => {
  it("reads columns into rows, with the chart asked for", () => {
    const loaded = loadTable(fixtureText("fall-sykehjem.csv"), { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn" }, { chart: "u" });
    expect(loaded.spec.chart).toBe("u");
    expect(loaded.spec.xType).toBe("date");
    expect(loaded.spec.data[0]).toEqual({ x: "2024-01-01", y: 4, n: 2790 });
    expect(loaded.spec.data).toHaveLength(12);
    expect(loaded.suggestion).toBeNull();
    expect(loaded.period).toBe("month");
    expect(loaded.issues.map((i) => i.message)).toEqual(['column "Fall": 1 empty cell(s) (line 9) were read as missing: a gap in the chart']);
  });

  it("names a line that repeats an earlier line's x (a copied row), but not subgroups on purpose", () => {
    const lines = fixtureText("fall-sykehjem.csv").split(/\r?\n/);
    const copied = [...lines.slice(0, 4), lines[3]!, ...lines.slice(4)].join("\r\n");
    const loaded = loadTable(copied, { file: "fall.csv", x: "Måned", y: "Fall" }, { chart: "c" });
    expect(loaded.issues.map((i) => i.message)).toContain('1 line has the same "Måned" as an earlier line and is combined with it into one subgroup: line 5 (as line 4: 2024-03-01). If a line is a copy, delete it.');
    const xbar = loadTable(copied, { file: "fall.csv", x: "Måned", y: "Fall" }, { chart: "xbar" });
    expect(xbar.issues.some((i) => i.message.includes("same"))).toBe(false);
  });

  it("auto: the chart and its scale from the data", () => {
    const loaded = loadTable(fixtureText("fall-sykehjem.csv"), { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn" });
    expect(loaded.spec.chart).toBe("u");
    expect(loaded.spec.multiply).toBe(1000);
    expect(loaded.suggestion?.reasons[0]?.en).toMatch(/"Liggedøgn" is exposure/);
  });

  it("rejected lines are warnings located at the cell, or errors in strict mode", () => {
    const text = fixtureText("avvik-med-feil.csv");
    const source = { file: "avvik.csv", x: "Dato", y: "Antall avvik", n: "Antall pasienter" };
    const loaded = loadTable(text, source, { chart: "u" });
    expect(loaded.rejected.map((r) => r.line)).toEqual([4, 6, 7]);
    expect(loaded.issues.filter((i) => i.code === "rejected_row").map(formatLocated)).toEqual([
      'avvik.csv:4:12: warning: column "Antall avvik": "to" is not a number (line left out)',
      expect.stringMatching(/^avvik\.csv:6:1: warning: the line has 5 field\(s\) but the header has 4/),
      expect.stringMatching(/^avvik\.csv:7:1: warning: column "Dato": "03\.04\.2024" is written dd\.mm\.yyyy/),
    ]);
    const strict = issuesOf(() => loadTable(text, source, { chart: "u", strict: true }));
    expect(strict.map(formatLocated)[0]).toBe('avvik.csv:4:12: column "Antall avvik": "to" is not a number');
    expect(strict).toHaveLength(3);
  });

  it("locates a row's field for errors found later (compute)", () => {
    const loaded = loadTable(fixtureText("fall-sykehjem.csv"), { file: "fall.csv", x: "Måned", y: "Fall", n: "Liggedøgn", note: "Kommentar" }, { chart: "c" });
    expect(loaded.locate(["data", 2, "y"])).toEqual({ file: "fall.csv", line: 4, column: 12, field: "Fall" });
    expect(loaded.locate(["data", 2, "n"])).toEqual({ file: "fall.csv", line: 4, column: 14, field: "Liggedøgn" });
    expect(loaded.locate(["data", 2])).toEqual({ file: "fall.csv", line: 4 });
    expect(loaded.locate(["breaks", 0])).toBeNull();
    expect(loaded.locate(["data", 99, "y"])).toBeNull();
  });

  it("a month written twice names its lines, also when the chart chosen for it is an Xbar chart", () => {
    const months = ["jan.", "feb.", "mars", "apr.", "mai", "mai", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "des."];
    const text = `Måned;Andel\n${months.map((m, i) => `${m} 2024;${70 + i},5`).join("\n")}\n`;
    const loaded = loadTable(text, { file: "andel.csv", x: "Måned", y: "Andel" }, { chart: "auto" });
    expect(loaded.spec.chart).toBe("xbar");
    const shared = loaded.issues.find((i) => i.code === "shared_x");
    expect(shared && formatLocated(shared, { lang: "nb" })).toBe("andel.csv: advarsel: 1 linje har samme «Måned» som en linje før og slås sammen med den til én undergruppe: linje 7 (som linje 6: 2024-05-01). Er linjen en kopi, slett den.");
  });

  it("wide sheets: one unit per column, problems named by the unit's column", () => {
    const loaded = loadTable(fixtureText("fall-per-avdeling-bred.csv"), { file: "bred.csv", x: "Måned", wide: true }, { chart: "c" });
    expect(new Set(loaded.spec.data.map((r) => r.facet))).toEqual(new Set(["Langtidsavdeling", "Korttidsavdeling", "Skjermet enhet"]));
    expect(loaded.issues.map(formatLocated)).toContainEqual(expect.stringMatching(/^bred\.csv:6:12: warning: column "Skjermet enhet": "–" is not a number/));
    const row = loaded.spec.data.findIndex((r) => r.facet === "Korttidsavdeling" && r.x === "2024-02-01");
    expect(loaded.locate(["data", row, "y"])).toEqual({ file: "bred.csv", line: 3, column: 10, field: "Korttidsavdeling" });
  });

  it("a missing column is an SpcError at the plan's path", () => {
    const issues = issuesOf(() => loadTable(fixtureText("fall-sykehjem.csv"), { file: "f.csv", y: "Fal" }, { path: ["measures", 1, "data"] }));
    expect(issues[0]?.path).toEqual(["measures", 1, "data", "y"]);
    expect(issues[0]?.message).toMatch(/^no column is named "Fal"/);
  });
});

describe("loadEvents", () => {
  const texts = {
    "fall.csv": fixtureText("fallhendelser.csv"),
    "liggedogn.csv": fixtureText("liggedogn-maaned.csv"),
    "op.csv": fixtureText("operasjoner-infeksjon.csv"),
  };

  it("C: counts per period, months without events as 0", () => {
    const loaded = loadEvents(texts, { file: "fall.csv", date: "Hendelsesdato", period: "month" }, { chart: "c" });
    expect(loaded.spec.data).toEqual(H1.map((x, i) => ({ x, y: [4, 2, 3, 0, 2, 2][i] })));
    expect(loaded.period).toBe("month");
    expect(loaded.locate(["data", 0, "y"])).toBeNull(); // a count comes from several lines
  });

  it("U: with denominators from another file, per facet, scaled", () => {
    const loaded = loadEvents(
      texts,
      { file: "fall.csv", date: "Hendelsesdato", facet: "Avdeling", denominators: { file: "liggedogn.csv", x: "Måned", n: "Liggedøgn", facet: "Avdeling" } },
      { chart: "u" },
    );
    expect(loaded.spec.chart).toBe("u");
    expect(loaded.spec.multiply).toBe(1000);
    expect(loaded.spec.data.find((r) => r.facet === "Langtidsavdeling" && r.x === "2024-01-01")).toEqual({ x: "2024-01-01", y: 2, n: 1488, facet: "Langtidsavdeling" });
    expect(loaded.issues.map((i) => i.file)).toContain("liggedogn.csv"); // the 1.488 decision
  });

  it("T: days between events that pass the include filter, with their times of day (Tidspunkt)", () => {
    const loaded = loadEvents(texts, { file: "fall.csv", date: "Hendelsesdato", include: { alvorlighetsgrad: ["Moderat skade", "alvorlig skade"] } }, { chart: "t" });
    // 24.01 14:05 → 05.03 03:15 → 14.06 02:40.
    expect(loaded.spec.data.map((r) => r.x)).toEqual(["2024-03-05", "2024-06-14"]);
    expect(loaded.spec.data[0]?.y).toBeCloseTo(40 + 790 / 1440, 12);
    expect(loaded.spec.data[1]?.y).toBeCloseTo(100 + 1405 / 1440, 12);
    expect(loaded.locate(["data", 1, "y"])).toEqual({ file: "fall.csv", line: 13 });
    expect(loaded.summary).toBe('T chart: 3 events, times of day from "Tidspunkt"');
  });

  it("a time column given for counts per period is said to be unused", () => {
    const loaded = loadEvents(texts, { file: "fall.csv", date: "Hendelsesdato", time: "Tidspunkt" }, { chart: "c" });
    expect(loaded.issues.map((i) => i.message)).toContain('times of day ("Tidspunkt") are used only by a T chart (days between events); this C chart does not need them');
  });

  it("T: time: false gives whole days", () => {
    const loaded = loadEvents(texts, { file: "fall.csv", date: "Hendelsesdato", time: false, include: { alvorlighetsgrad: ["Moderat skade", "alvorlig skade"] } }, { chart: "t" });
    expect(loaded.spec.data).toEqual([
      { x: "2024-03-05", y: 41 },
      { x: "2024-06-14", y: 101 },
    ]);
    expect(loaded.summary).toBe("T chart: 3 events, whole days (no times of day in the log)");
  });

  it("T: same-day falls are kept apart by hours, and the summary says so", () => {
    const loaded = loadEvents({ "logg.csv": fixtureText("fall-logg-klokkeslett.csv") }, { file: "logg.csv", date: "Dato", include: { Alvorlighetsgrad: ["Moderat skade", "Alvorlig skade"] } }, { chart: "t" });
    expect(loaded.spec.data).toHaveLength(25);
    expect(loaded.rejected).toEqual([]);
    expect(loaded.rowDates).toHaveLength(25);
    expect(loaded.summary).toBe('T chart: 26 events, times of day from "Klokkeslett"; 8 event(s) on the same day kept apart by hours');
    const whole = loadEvents({ "logg.csv": fixtureText("fall-logg-klokkeslett.csv") }, { file: "logg.csv", date: "Dato", time: false, sameDay: "merge", include: { Alvorlighetsgrad: ["Moderat skade", "Alvorlig skade"] } }, { chart: "t" });
    expect(whole.summary).toBe("T chart: 26 events, whole days (no times of day in the log); 8 event(s) on the same day as the one before merged into its interval");
  });

  it("no usable event: no_events, naming the file, with the rejected lines", () => {
    const text = "Dato;Alvorlighetsgrad\n31.02.2024;Moderat skade\nsnart;Moderat skade\n";
    expect(() => loadEvents({ "tom.csv": text }, { file: "tom.csv", date: "Dato" }, { chart: "t" })).toThrow(SpcError);
    let caught: unknown = null;
    try {
      loadEvents({ "tom.csv": text }, { file: "tom.csv", date: "Dato" }, { chart: "c" });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(SpcError);
    {
      const issues = (caught as SpcError).issues;
      expect(issues[0]).toMatchObject({ code: "no_events", file: "tom.csv", message: 'no usable events in "tom.csv": 2 line(s) could not be read (see above)' });
      expect(issues.filter((i) => i.code === "rejected_row")).toHaveLength(2);
    }
    expect(() => loadEvents({ "tom.csv": "Dato;Alvorlighetsgrad\n03.01.2024;Ingen skade\n" }, { file: "tom.csv", date: "Dato", from: "2025-01-01", to: "2025-12-31" }, { chart: "c" })).toThrow(
      'no usable events in "tom.csv": 1 line(s) left out (filter or range)',
    );
  });

  it("G: cases between events; an unreadable yes/no is located", () => {
    const loaded = loadEvents(texts, { file: "op.csv", date: "Operasjonsdato", event: "Postoperativ infeksjon" }, { chart: "g" });
    expect(loaded.spec.data.map((r) => r.y)).toEqual([3, 0, 5]);
    expect(loaded.issues.map(formatLocated)).toEqual(['op.csv:18:30: warning: column "Postoperativ infeksjon": "Ukjent" is neither yes nor no (ja/nei, 1/0, x/empty) (line left out)']);
  });

  it("P from a log of cases: cases with the event of all cases, per period", () => {
    const loaded = loadEvents(texts, { file: "op.csv", date: "Operasjonsdato", event: "Postoperativ infeksjon", period: "week" }, { chart: "p" });
    expect(loaded.spec.data).toEqual([
      { x: "2024-01-01", y: 1, n: 6 },
      { x: "2024-01-08", y: 2, n: 7 },
      { x: "2024-01-15", y: 1, n: 3 },
    ]);
    expect(loaded.rejected.map((r) => r.line)).toEqual([18]);
  });

  it("auto: the shape decides, and few periods give a run chart of the right data", () => {
    const counts = loadEvents(texts, { file: "fall.csv", date: "Hendelsesdato" });
    expect(counts.spec.chart).toBe("run");
    expect(counts.spec.data.map((r) => r.y)).toEqual([4, 2, 3, 0, 2, 2]);
    expect(counts.suggestion?.alternatives[0]?.chart).toBe("c");
    const cases = loadEvents(texts, { file: "op.csv", date: "Operasjonsdato", event: "Postoperativ infeksjon" });
    expect(cases.spec.chart).toBe("run");
    expect(cases.spec.data.map((r) => r.y)).toEqual([3, 0, 5]);
  });

  it("strict mode and missing texts", () => {
    expect(() => loadEvents(texts, { file: "op.csv", event: "Postoperativ infeksjon" }, { chart: "g", strict: true })).toThrow(SpcError);
    expect(issuesOf(() => loadEvents(texts, { file: "nope.csv", date: "Dato" }, { path: ["measures", 0, "events"] }))[0]).toMatchObject({
      code: "missing_file",
      path: ["measures", 0, "events", "file"],
    });
  });
});

describe("inferPeriod", () => {
  it("reads the period from the dates", () => {
    const rows = (xs: string[]) => xs.map((x) => ({ x, y: 1 }));
    expect(inferPeriod(rows(["2024-01-01", "2025-01-01"]))).toBe("year");
    expect(inferPeriod(rows(["2024-01-01", "2024-04-01"]))).toBe("quarter");
    expect(inferPeriod(rows(["2024-01-01", "2024-02-01"]))).toBe("month");
    expect(inferPeriod(rows(["2024-01-01", "2024-01-08"]))).toBe("week");
    expect(inferPeriod(rows(["2024-01-01", "2024-01-03"]))).toBe("day");
    expect(inferPeriod(rows(["2024-01-01"]))).toBe("day");
  });
});
