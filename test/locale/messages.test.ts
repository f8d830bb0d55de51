// Every message exists in bokmål and English: both non-empty, the same parameters read, and bokmål
// that is not English copied (a few texts, such as a bare file name, may read the same).
import type { IssueCode } from "../../src/vocabulary.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue, loadCoreNb } from "../../src/errors.js";
import { issueMessage, langFromEnv, langOfLocale, registeredCatalogs, type MessageParams, type MessageText } from "../../src/locale/message.js";
// Every catalog, loaded so that it registers itself.
import "../../src/cli/messages.js";
import "../../src/chart-spec/messages.js";
import "../../src/compute/warning-messages.js";
import "../../src/plan/messages.js";
import "../../src/adapters/messages.js";
import "../../src/adapters/notice-messages.js";

/** A value for each parameter name that needs one of a given shape; others get a number. */
const SAMPLES: Record<string, unknown> = {
  chart: "P chart",
  fields: ["multipy", "titel"],
  rows: [1, 4],
  positions: [2, 5],
  values: ["run", "i"],
  expected: "number",
  heading: "because",
  kind: "break",
  got: '"to"',
  value: "Uke 3",
  column: "Fall",
  file: "fall.csv",
  facet: "Avd. 1",
  why: "liggedøgn",
  reason: "ENOENT",
  xType: "category",
  iso: "2024-03-01",
  method: "bestbox",
  label: "Etter",
  within: "Før",
  ext: "pdf",
  message: "m",
  y: "Fall",
  x: "Måned",
  n: "Liggedøgn",
  need: "n",
  present: ["Lett skade", "Alvorlig skade"],
  detail: "bad indentation",
  denominator: "Liggedøgn",
  scale: "1000",
  hint: "chart",
  id: "fall",
  date: "2025-01-01",
  key: "2024-01-01",
  at: "2024-03-01",
  used: ",",
};

/** Parameters whose sample depends on the message (the same name means different things). */
const SAMPLES_BY_CODE: Record<string, Record<string, unknown>> = {
  date_outside_data: { kind: "break_after" },
  automatic_multiply: { kind: "care_days" },
  unknown_column: { kind: "no_such", ref: "Fal", role: "y", columns: ["Måned", "Fall"] },
  ambiguous_column: { matches: [1, 2] },
  time_not_dates: { unread: ["Uke x", "første"], lines: [3, 7], byName: true },
  period_needs_year: { kind: "weeks", line: 4 },
  wrong_decimal: { kind: "written_with", used: ".", expected: "," },
  output_extension: { command: "chart", allowed: ["svg", "png", "json"] },
  output_is_input: { command: "render", output: "spec.json", input: "spec.json" },
  not_regular: { what: "fifo" },
  outside_plan: { why: "escapes", folder: "team" },
  file_too_large: { size: 200_000_000, max: 100_000_000 },
  mixed_encoding: { lines: [5, 9] },
  column_note: { note: { code: "parts_filled", message: "2 empty cell(s) took the part label above them", params: { count: 2 } } },
  decimal_assumed: { example: "1.488", decimal: ",", value: 1488, why: "delimiter_semicolon", other: "," },
  decimal_mixed: { decimal: "," },
  date_ambiguous: { value: "03.04.2024", kind: "dd.mm.yyyy", columnKind: "yyyy-mm-dd", read: [3, 4, 2024] },
  date_mixed_format: { value: "mars 2024", kind: "month yyyy", columnKind: "dd.mm.yyyy", period: "month", columnPeriod: "day" },
  year_from_column: { kind: "weeks", column: "År" },
  year_from_hint: { kind: "weeks", year: 2024, last: 2025, hint: "Trykksår 2024" },
  sheet_read: { sheet: "Data", basis: "numbers", others: ["Info"] },
  skipped_lines: { lines: [{ line: 1, kind: "title", text: "Fall 2024" }, { line: 2, kind: "blank", text: "" }] },
  same_day_merged: { times: true },
  missing_denominators: { periods: ["2024-03-01"] },
  times_partial: { lines: [4, 9] },
  empty_values: { lines: [4, 9] },
  shared_x: { column: "Måned", pairs: [{ line: 5, earlier: 4, x: "2024-03-01" }] },
  no_value_column: { columns: ["Måned", "Fall"], rows: 0 },
  nothing_to_chart: { rows: 12, markers: 12, marker: "#N/A", markerLine: 2, unread: 1, unreadLine: 4, unreadReason: "x" },
  t_chart_summary: { column: "Klokkeslett", inDates: false, used: true, apart: 2, withoutTime: 0, rejected: 1, merged: 1 },
  field_count: { fields: 5, header: 4, delimiter: ";" },
  rejected_row: { reasonCode: "not_a_number", reasonParams: { value: "to" }, reason: '"to" is not a number', strict: false },
};

/** Renders a text with recording parameters: which names it reads, and what it writes. */
function render(text: (p: MessageParams) => string, code = ""): { read: Set<string>; out: string } {
  const read = new Set<string>();
  const params = new Proxy({} as MessageParams, {
    get(_target, key) {
      if (typeof key !== "string") return undefined;
      read.add(key);
      return (SAMPLES_BY_CODE[code]?.[key] ?? SAMPLES[key] ?? 3) as never;
    },
  });
  return { read, out: text(params) };
}

// The core keeps its bokmål apart (bundle size); load it as formatIssue does.
loadCoreNb();
const catalogs = registeredCatalogs();
const entries = catalogs.flatMap(({ name, entries }) => Object.entries(entries).map(([code, text]) => ({ name, code, text: text as unknown as MessageText })));

describe("message catalogs", () => {
  it("the catalogs of the CLI, the spec, the warnings and the plans are registered", () => {
    expect(catalogs.map((c) => c.name)).toEqual(expect.arrayContaining(["cli", "spec", "warnings", "plan", "adapters"]));
    expect(entries.length).toBeGreaterThan(60);
  });

  it.each(entries.map((e) => [`${e.name}: ${e.code}`, e] as const))("%s: bokmål and English, the same parameters", (_label, entry) => {
    const en = render(entry.text.en, entry.code);
    expect(entry.text.nb, "no bokmål").toBeTypeOf("function");
    const nb = render(entry.text.nb!, entry.code);
    expect(en.out.trim()).not.toBe("");
    expect(nb.out.trim()).not.toBe("");
    expect(en.out).not.toContain("undefined");
    expect(nb.out).not.toContain("undefined");
    expect([...nb.read].sort()).toEqual([...en.read].sort());
  });

  it("bokmål differs from English for nearly every entry", () => {
    const same = entries.filter((e) => render(e.text.en, e.code).out === render(e.text.nb!, e.code).out).map((e) => `${e.name}: ${e.code}`);
    expect(same.length, same.join(", ")).toBeLessThanOrEqual(Math.floor(entries.length * 0.05));
  });

  it("a code is defined once across the catalogs (formatIssue looks codes up)", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const e of entries) {
      if (seen.has(e.code)) twice.push(`${e.code} (${seen.get(e.code)} and ${e.name})`);
      seen.set(e.code, e.name);
    }
    expect(twice).toEqual([]);
  });
});

describe("formatIssue in a language", () => {
  it("writes a known code in either language; unknown codes and issues without params keep their message", () => {
    const issue = { code: "negative_count" as const, path: ["data", 2, "y"], message: "a count cannot be negative (C chart)", params: { chart: "C chart" } };
    expect(formatIssue(issue)).toBe("data[2].y: a count cannot be negative (C chart)");
    expect(formatIssue(issue, { lang: "nb" })).toBe("data[2].y: et antall kan ikke være negativt (C-diagram)");
    expect(formatIssue({ code: "negative_count", path: [], message: "own words" }, { lang: "nb" })).toBe("own words");
    expect(formatIssue({ code: "no_such_code" as IssueCode /* stored by another version */, path: ["x"], message: "as written", params: {} }, { lang: "nb" })).toBe("x: as written");
    // issues.map(formatIssue) passes an index: English, as before.
    expect([issue].map(formatIssue)).toEqual(["data[2].y: a count cannot be negative (C chart)"]);
  });

  it("params that do not fit the text fall back to the message, never throw", () => {
    expect(issueMessage({ code: "negative_denominator", message: "fallback", params: { value: 4 } }, "nb")).toBe("en nevner kan ikke være negativ (4)");
    expect(issueMessage({ code: "invalid_value", message: "fallback", params: {} }, "nb")).toBe("fallback");
  });
});

describe("the language of the environment", () => {
  it("the first of LC_ALL, LC_MESSAGES, LANG that is set decides; only nb, nn and no give bokmål", () => {
    const locale = fc.oneof(
      fc.constant(undefined),
      fc.constant(""),
      fc.constantFrom("nb_NO.UTF-8", "nn_NO.UTF-8", "no_NO", "nb", "NB_no", "en_US.UTF-8", "C", "POSIX", "sv_SE.UTF-8", "de_DE@euro", "nob", "non"),
    );
    fc.assert(
      fc.property(locale, locale, locale, (LC_ALL, LC_MESSAGES, LANG) => {
        const first = [LC_ALL, LC_MESSAGES, LANG].find((v) => v !== undefined && v !== "");
        const expected = first !== undefined && /^(nb|nn|no)([_.@-]|$)/i.test(first) ? "nb" : "en";
        expect(langFromEnv({ LC_ALL, LC_MESSAGES, LANG })).toBe(expected);
      }),
    );
    expect(langOfLocale("nb_NO.UTF-8")).toBe("nb");
    expect(langOfLocale("nob")).toBe("en");
  });
});
