// spc chart on event logs with times of day: same-day falls apart by hours (T chart), --time,
// --same-day, the one-line account of what was read, and no_events (exit 1, no file).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture, runInProcess, tempDir } from "./harness.js";

const SERIOUS = ["--include", "Alvorlighetsgrad=Moderat skade|Alvorlig skade"];

interface Json {
  chart: string;
  points: { y: number | null }[];
}

describe("spc chart --events --chart t with times of day", () => {
  it("fall-logg-klokkeslett.csv: Klokkeslett found (not the Tidspunkt shifts), no fall lost, said in one line", async () => {
    const out = join(tempDir(), "t.json");
    const r = await runInProcess(["chart", fixture("fall-logg-klokkeslett.csv"), "--events", "--chart", "t", "--x", "Dato", ...SERIOUS, "-o", out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('spc chart: T chart: 26 events, times of day from "Klokkeslett"; 8 event(s) on the same day kept apart by hours\n');
    expect(r.stderr).not.toContain("line left out");
    const result = JSON.parse(readFileSync(out, "utf8")) as Json;
    expect(result.chart).toBe("t");
    expect(result.points).toHaveLength(25);
    expect(result.points[1]?.y).toBeCloseTo(155 / 1440, 9);
  });

  it("--time names the column; times inside the date column are found without it", async () => {
    const dir = tempDir();
    const named = await runInProcess(["chart", fixture("fall-logg-klokkeslett.csv"), "--chart", "t", "--x", "Dato", "--time", "Klokkeslett", ...SERIOUS, "-o", join(dir, "a.json")]);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stderr).toContain('times of day from "Klokkeslett"');
    const inDates = await runInProcess(["chart", fixture("fall-logg-dato-med-tid.csv"), "--events", "--chart", "t", "--x", "Hendelsestidspunkt", "-o", join(dir, "b.json")]);
    expect(inDates.code, inDates.stderr).toBe(0);
    expect(inDates.stderr).toContain('spc chart: T chart: 26 events, times of day from the date column "Hendelsestidspunkt"; 8 event(s) on the same day kept apart by hours');
    const a = JSON.parse(readFileSync(join(dir, "a.json"), "utf8")) as Json;
    const b = JSON.parse(readFileSync(join(dir, "b.json"), "utf8")) as Json;
    expect(b.points.map((p) => p.y)).toEqual(a.points.map((p) => p.y));
  });

  it("a time column that does not exist is a usage error naming --time", async () => {
    const r = await runInProcess(["chart", fixture("fall-logg-klokkeslett.csv"), "--chart", "t", "--x", "Dato", "--time", "Kl"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--time: .*Kl/);
  });

  it("an impossible time is a located line, and --strict fails on it", async () => {
    const dir = tempDir();
    const file = join(dir, "logg.csv");
    writeFileSync(file, "Dato;Klokkeslett\n03.01.2024;08:00\n04.01.2024;25:00\n05.01.2024;08:00\n09.01.2024;14:00\n");
    const r = await runInProcess(["chart", file, "--events", "--chart", "t", "-o", join(dir, "t.json")]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${file}:3:12: warning: column "Klokkeslett": "25:00" is not a time of day (there is no hour 25) (line left out)`);
    const strict = await runInProcess(["chart", file, "--events", "--chart", "t", "--strict", "-o", join(dir, "s.json")]);
    expect(strict.code).toBe(1);
    expect(existsSync(join(dir, "s.json"))).toBe(false);
  });
});

describe("spc chart --same-day", () => {
  it("without times: reject (default) lists the same-day falls; merge counts them in", async () => {
    const dir = tempDir();
    const file = join(dir, "uten-tid.csv");
    writeFileSync(file, "Dato\n03.01.2024\n17.01.2024\n17.01.2024\n02.03.2024\n20.03.2024\n");
    const rejected = await runInProcess(["chart", file, "--events", "--chart", "t", "-o", join(dir, "r.json")]);
    expect(rejected.code, rejected.stderr).toBe(0);
    expect(rejected.stderr).toContain("on the same day as the event on line 3");
    expect(rejected.stderr).toContain("spc chart: T chart: 5 events, whole days (no times of day in the log); 1 event(s) on the same day as the one before left out");
    const merged = await runInProcess(["chart", file, "--chart", "t", "--same-day", "merge", "-o", join(dir, "m.json")]);
    expect(merged.code, merged.stderr).toBe(0);
    expect(merged.stderr).not.toContain("line left out");
    expect(merged.stderr).toContain("1 event(s) on the same day as the one before merged into its interval");
    const ys = (JSON.parse(readFileSync(join(dir, "m.json"), "utf8")) as Json).points.map((p) => p.y ?? Number.NaN);
    expect(ys).toHaveLength(3);
    [14, 45, 18].forEach((days, i) => expect(ys[i]).toBeCloseTo(days, 9));
  });

  it("rejects a policy it does not know", async () => {
    const r = await runInProcess(["chart", fixture("fallhendelser.csv"), "--events", "--chart", "t", "--same-day", "keep"]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/--same-day/);
  });
});

describe("spc chart on a log with no usable events", () => {
  it("exits 1 with no_events and writes no file", async () => {
    const dir = tempDir();
    const file = join(dir, "tom.csv");
    writeFileSync(file, "Dato;Alvorlighetsgrad\n31.02.2024;Moderat skade\nsnart;Alvorlig skade\n");
    for (const chart of ["t", "c"]) {
      const out = join(dir, `${chart}.svg`);
      const r = await runInProcess(["chart", file, "--events", "--chart", chart, "--x", "Dato", "-o", out]);
      expect(r.code, chart).toBe(1);
      expect(r.stderr).toContain(`${file}: no usable events in ${JSON.stringify(file)}: 2 line(s) could not be read (see above)`);
      expect(r.stderr).toContain('"31.02.2024" is not a real date');
      expect(existsSync(out)).toBe(false);
    }
  });
});
