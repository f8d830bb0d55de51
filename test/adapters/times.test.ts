import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysBetweenEvents, readDelimited } from "../../src/adapters/index.js";
import { findTimeColumn, isTimeHeader, parseTimeOfDay } from "../../src/adapters/times.js";
import { SpcError } from "../../src/errors.js";
import { issueMessage } from "../../src/locale/message.js";
import { compute, explain, renderSvg, type ChartSpec } from "../../src/index.js";
import { expectEveryLineAccountedFor, fixture } from "./helpers.js";

const SERIOUS = (record: Readonly<Record<string, string>>) => ["Moderat skade", "Alvorlig skade"].includes(record["Alvorlighetsgrad"] ?? "");

describe("parseTimeOfDay", () => {
  it.each([
    ["14:30", 870, "14:30"],
    ["14.30", 870, "14:30"],
    ["kl. 14", 840, "14:00"],
    ["kl 14.30", 870, "14:30"],
    ["Kl. 9.05", 545, "09:05"],
    ["14:30:00", 870, "14:30:00"],
    ["00:00", 0, "00:00"],
    ["23:59", 1439, "23:59"],
    [" 7:05 ", 425, "07:05"],
    ["14h30", 870, "14:30"],
  ])("%s is %d minutes after midnight", (text, minutes, shown) => {
    expect(parseTimeOfDay(text)).toEqual({ ok: true, minutes, text: shown });
  });

  it("names what is wrong with an impossible time", () => {
    expect(parseTimeOfDay("25:00")).toEqual({ ok: false, code: "invalid_time", reason: '"25:00" is not a time of day (there is no hour 25)' });
    expect(parseTimeOfDay("24:00")).toMatchObject({ ok: false, code: "invalid_time" });
    expect(parseTimeOfDay("14:75")).toEqual({ ok: false, code: "invalid_time", reason: '"14:75" is not a time of day (there is no minute 75)' });
    expect(parseTimeOfDay("14:30:61")).toMatchObject({ ok: false, code: "invalid_time" });
  });

  it("does not take shifts, counts or dates for times", () => {
    for (const text of ["Dag", "Kveld", "Natt", "14", "2024", "03.01.2024", "ettermiddag"]) {
      expect(parseTimeOfDay(text), text).toMatchObject({ ok: false, code: "not_a_time" });
    }
    expect(parseTimeOfDay("  ")).toMatchObject({ ok: false, code: "empty" });
  });

  it("reads every HH:MM of the day back to its minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom(":", "."), (h, m, sep) => {
        const r = parseTimeOfDay(`${h}${sep}${String(m).padStart(2, "0")}`);
        expect(r).toMatchObject({ ok: true, minutes: h * 60 + m });
      }),
    );
  });
});

describe("time columns", () => {
  it("knows the headers", () => {
    for (const h of ["Tid", "Klokkeslett", "Kl.", "kl", "Time", "Tidspunkt", "Time of day"]) expect(isTimeHeader(h), h).toBe(true);
    for (const h of ["Dato", "Dag", "Vakt", "Timer", "Avdeling"]) expect(isTimeHeader(h), h).toBe(false);
  });

  it("a Tidspunkt of shifts (Dag/Kveld/Natt) is not a time column; Klokkeslett beside it is", () => {
    const t = readDelimited(fixture("fall-logg-klokkeslett.csv"));
    expect(t.header[1]).toBe("Tidspunkt");
    expect(findTimeColumn(t, [0])).toBe(2);
    expect(findTimeColumn(readDelimited("Dato;Tidspunkt\n03.01.2024;Dag\n04.01.2024;Natt\n"), [0])).toBeNull();
    expect(findTimeColumn(readDelimited("Dato;Tidspunkt\n03.01.2024;14:30\n04.01.2024;kl. 8\n"), [0])).toBe(1);
  });
});

describe("daysBetweenEvents with times of day", () => {
  it("fall-logg-klokkeslett.csv: moderate and serious falls, none lost on a shared day", () => {
    const log = readDelimited(fixture("fall-logg-klokkeslett.csv"));
    const whole = daysBetweenEvents(log, { date: "Dato", time: null }, { include: SERIOUS });
    // Without the times, 8 falls share a day with the fall before them and are lost.
    expect(whole.rejected).toHaveLength(8);
    expect(whole.spec.data).toHaveLength(26 - 1 - 8);

    const r = daysBetweenEvents(log, { date: "Dato" }, { include: SERIOUS });
    expect(r.rejected).toEqual([]);
    expect(r.events).toBe(26);
    expect(r.spec.data).toHaveLength(25);
    expect(r.times).toEqual({ column: "Klokkeslett", inDates: false, used: true, sameDayApart: 8, withoutTime: [], sameMoment: { rejected: 0, merged: 0 } });
    expect(r.spec.data.every((d) => (d.y ?? 0) > 0)).toBe(true);
    // 19.01 21:15 → 23:50 is 2 h 35 min; 05.01 06:40 → 19.01 21:15 is 14 days 14 h 35 min.
    expect(r.spec.data[0]?.y).toBeCloseTo(14 + (14 * 60 + 35) / 1440, 12);
    expect(r.spec.data[1]?.y).toBeCloseTo(155 / 1440, 12);
    // Rows that share a date would be one subgroup: their x carry the time of day instead, so
    // each interval keeps its own point and its date.
    expect(r.spec.data[0]?.x).toBe("2024-01-19T21:15");
    expect(r.spec.data[1]?.x).toBe("2024-01-19T23:50");
    expect(r.spec.xType).toBe("date");
    expect(r.warnings).toContain("some events are on the same day: each interval is its own point at its date, in order of time of day");
    const total = r.spec.data.reduce((s, d) => s + (d.y ?? 0), 0);
    // 05.01.2024 06:40 to 30.12.2024 18:05.
    expect(total).toBeCloseTo(360 + (18 * 60 + 5 - (6 * 60 + 40)) / 1440, 9);
    expectEveryLineAccountedFor(log, r);
  });

  it("fall-logg-dato-med-tid.csv: times in the date cells (14:30 and kl. 14.30) give the same intervals", () => {
    const inDates = daysBetweenEvents(readDelimited(fixture("fall-logg-dato-med-tid.csv")), { date: 0 });
    const inColumn = daysBetweenEvents(readDelimited(fixture("fall-logg-klokkeslett.csv")), { date: "Dato" }, { include: SERIOUS });
    expect(inDates.rejected).toEqual([]);
    expect(inDates.times).toMatchObject({ column: "Hendelsestidspunkt", inDates: true, used: true, sameDayApart: 8 });
    expect(inDates.spec.data.map((d) => d.y)).toEqual(inColumn.spec.data.map((d) => d.y));
  });

  it("a T chart of events sharing a date keeps every interval as a point at its date (issue: dates were lost)", () => {
    const log = readDelimited("Dato;Klokkeslett\n03.01.2024;08:00\n17.01.2024;09:00\n17.01.2024;15:00\n02.03.2024;10:00\n20.03.2024;11:00:30\n");
    const r = daysBetweenEvents(log, { date: "Dato" });
    expect(r.spec.data.map((d) => d.x)).toEqual(["2024-01-17T09:00", "2024-01-17T15:00", "2024-03-02T10:00", "2024-03-20T11:00:30"]);
    const result = compute(r.spec as ChartSpec);
    expect(result.xType).toBe("date");
    // Four intervals, four points, in time order, each at its event's date.
    expect(result.points.map((p) => p.x)).toEqual(["2024-01-17", "2024-01-17", "2024-03-02", "2024-03-20"]);
    expect(result.points[0]?.y).toBeCloseTo(14 + 1 / 24, 9);
    expect(result.points[1]?.y).toBeCloseTo(0.25, 9);
    expect(explain(result, { lang: "nb" })).toContain("17. januar–20. mars 2024");
    expect(renderSvg(result, { lang: "nb" })).toContain("<title>17. jan. 2024: 0,2");
  });

  it("6 hours on one day are 0.25 days, and dates stay x when no two events share one", () => {
    const r = daysBetweenEvents(readDelimited("Dato;Kl.\n03.01.2024;08:00\n03.01.2024;14:00\n04.01.2024;08:00\n"), { date: 0 });
    expect(r.spec.data).toEqual([
      { x: "2024-01-03", y: 0.25 },
      { x: "2024-01-04", y: 0.75 },
    ]);
    expect(r.times.sameDayApart).toBe(1);
    const apart = daysBetweenEvents(readDelimited("Dato;Tid\n03.01.2024;20:00\n05.01.2024;08:00\n"), { date: 0 });
    expect(apart.spec).toEqual({ chart: "t", xType: "date", data: [{ x: "2024-01-05", y: 1.5 }] });
  });

  it("reads ISO and Excel date-times, and ignores times that are all midnight (Excel dates)", () => {
    const iso = daysBetweenEvents(readDelimited("Dato\n2024-01-03T14:30\n2024-01-03 20:30:00\n"), { date: 0 });
    expect(iso.spec.data).toEqual([{ x: "2024-01-03", y: 0.25 }]);
    const midnight = daysBetweenEvents(readDelimited("Dato\n2024-01-03 00:00\n2024-01-05 00:00\n2024-01-05 00:00\n"), { date: 0 });
    expect(midnight.times.column).toBeNull();
    expect(midnight.spec.data).toEqual([{ x: "2024-01-05", y: 2 }]);
    expect(midnight.rejected.map((x) => x.line)).toEqual([4]);
  });

  it("rejects an impossible time, naming line and column", () => {
    const log = readDelimited("Dato;Klokkeslett\n03.01.2024;08:00\n04.01.2024;25:00\n05.01.2024;08:00\n");
    const r = daysBetweenEvents(log, { date: 0 });
    expect(r.rejected).toEqual([{ line: 3, column: "Klokkeslett", value: "25:00", reason: '"25:00" is not a time of day (there is no hour 25)' }]);
    expect(r.spec.data).toEqual([{ x: "2024-01-05", y: 2 }]);
    expect(() => daysBetweenEvents(log, { date: 0 }, { strict: true })).toThrow(SpcError);
    expectEveryLineAccountedFor(log, r);
  });

  it("uses a time column named in the mapping, whatever its header", () => {
    const r = daysBetweenEvents(readDelimited("Dato;Når\n03.01.2024;08:00\n03.01.2024;20:00\n"), { date: 0, time: "Når" });
    expect(r.spec.data).toEqual([{ x: "2024-01-03", y: 0.5 }]);
    expect(() => daysBetweenEvents(readDelimited("Dato\n03.01.2024\n"), { date: 0, time: "Klokkeslett" })).toThrow(SpcError);
    // The date column named for the time too: its date-times are read as such.
    const same = daysBetweenEvents(readDelimited("Tidspunkt\n03.01.2024 08:00\n03.01.2024 20:00\n"), { date: 0, time: 0 });
    expect(same.spec.data).toEqual([{ x: "2024-01-03", y: 0.5 }]);
  });

  it("when only some events have a time, intervals are whole days and the lines without one are named", () => {
    const log = readDelimited("Dato;Klokkeslett\n03.01.2024;08:00\n03.01.2024;\n05.01.2024;14:00\n");
    const r = daysBetweenEvents(log, { date: 0 });
    expect(r.times).toMatchObject({ column: "Klokkeslett", used: false, withoutTime: [3] });
    expect(r.warnings).toContain("times of day are used only when every event has one: 1 event(s) have none (line 3), so intervals are whole days");
    expect(r.spec.data).toEqual([{ x: "2024-01-05", y: 2 }]);
    expect(r.rejected.map((x) => x.line)).toEqual([3]);
    const merged = daysBetweenEvents(log, { date: 0 }, { sameDay: "merge" });
    expect(merged.rejected).toEqual([]);
    expectEveryLineAccountedFor(log, merged);
  });

  it("two events at the very same minute follow the same-day policy", () => {
    const log = readDelimited("Dato;Tid\n03.01.2024;08:00\n03.01.2024;08:00\n04.01.2024;08:00\n");
    const r = daysBetweenEvents(log, { date: 0 });
    expect(r.rejected).toEqual([
      { line: 3, column: "Dato", value: "03.01.2024", reason: "at the same time as the event on line 2: 0 days between them, and a T chart needs times above 0", code: "same_day_rejected", params: { line: 2, times: true } },
    ]);
    expect(issueMessage({ code: "same_day_rejected", message: "", params: r.rejected[0]!.params! }, "nb")).toBe(
      "på samme tidspunkt som hendelsen på linje 2: 0 dager mellom dem, og et T-diagram trenger tider over 0",
    );
    const m = daysBetweenEvents(log, { date: 0 }, { sameDay: "merge" });
    expect(m.spec.data).toEqual([{ x: "2024-01-04", y: 1 }]);
    expect(m.times.sameMoment).toEqual({ rejected: 0, merged: 1 });
  });

  it("property: with distinct times no event is dropped and the intervals add up to last − first", () => {
    const moment = fc.record({ day: fc.integer({ min: 0, max: 60 }), minute: fc.integer({ min: 0, max: 1439 }) });
    fc.assert(
      fc.property(fc.uniqueArray(moment, { minLength: 1, maxLength: 40, selector: (m) => m.day * 1440 + m.minute }), fc.boolean(), (moments, kl) => {
        const lines = moments.map(({ day, minute }) => {
          const date = new Date(Date.UTC(2024, 0, 1 + day));
          const d = `${String(date.getUTCDate()).padStart(2, "0")}.${String(date.getUTCMonth() + 1).padStart(2, "0")}.${date.getUTCFullYear()}`;
          const h = Math.floor(minute / 60);
          const m = String(minute % 60).padStart(2, "0");
          return `${d};${kl ? `kl. ${h}.${m}` : `${h}:${m}`}`;
        });
        const log = readDelimited(`Dato;Klokkeslett\n${lines.join("\n")}\n`);
        const r = daysBetweenEvents(log, { date: 0 });
        expect(r.rejected).toEqual([]);
        expect(r.used).toHaveLength(moments.length);
        expect(r.spec.data).toHaveLength(moments.length - 1);
        expect(r.spec.data.every((d) => (d.y ?? 0) > 0)).toBe(true);
        const at = moments.map((m) => m.day * 1440 + m.minute);
        const span = (Math.max(...at) - Math.min(...at)) / 1440;
        expect(r.spec.data.reduce((s, d) => s + (d.y ?? 0), 0)).toBeCloseTo(span, 9);
        expectEveryLineAccountedFor(log, r);
      }),
      { numRuns: 200 },
    );
  });
});
