import { describe, expect, it } from "vitest";
import { detectDecimalSeparator, formatNorwegianNumber, parseNorwegianNumber } from "../../src/adapters/index.js";
import { SpcError } from "../../src/errors.js";

const NBSP = "\u00A0";
const NNBSP = "\u202F";
const MINUS = "\u2212";

function value(text: string, options?: Parameters<typeof parseNorwegianNumber>[1]): number | null {
  const p = parseNorwegianNumber(text, options);
  if (!p.ok) throw new Error(`expected a number from ${JSON.stringify(text)}: ${p.reason}`);
  return p.value;
}

describe("parseNorwegianNumber", () => {
  it.each([
    ["3", 3],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["0,125", 0.125],
    [",5", 0.5],
    ["1 234", 1234],
    [`1${NBSP}234,5`, 1234.5],
    [`12${NNBSP}345${NNBSP}678`, 12345678],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    [`${MINUS}3`, -3],
    [`${MINUS}1${NBSP}234,5`, -1234.5],
    ["-0,5", -0.5],
    ["+7", 7],
    ["  42 ", 42],
    [`${NBSP}42${NBSP}`, 42],
    ["-0", 0],
  ])("reads %j as %d", (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it("reads an empty or blank cell as null, not a failure", () => {
    expect(parseNorwegianNumber("")).toEqual({ ok: true, value: null, percent: false });
    expect(parseNorwegianNumber("   ")).toEqual({ ok: true, value: null, percent: false });
  });

  it("reads extra missing markers only when asked", () => {
    expect(parseNorwegianNumber("NA").ok).toBe(false);
    expect(parseNorwegianNumber(" na ", { missing: ["NA"] })).toEqual({ ok: true, value: null, percent: false });
  });

  it("keeps a percent value as written and flags it", () => {
    expect(parseNorwegianNumber("12,5 %")).toEqual({ ok: true, value: 12.5, percent: true });
    expect(parseNorwegianNumber(`87,5${NBSP}%`)).toEqual({ ok: true, value: 87.5, percent: true });
    expect(parseNorwegianNumber("100%")).toEqual({ ok: true, value: 100, percent: true });
  });

  it("reads 1.234 by the column's decimal separator", () => {
    expect(value("1.234", { decimal: "," })).toBe(1234);
    expect(value("1.234", { decimal: "." })).toBe(1.234);
    expect(value("1,234", { decimal: "." })).toBe(1234);
    expect(value("1,234", { decimal: "," })).toBe(1.234);
    // "auto" reads a single separator as decimal
    expect(value("1.234")).toBe(1.234);
  });

  it.each([
    ["abc", "not_a_number", '"abc" is not a number'],
    ["#I/T", "not_a_number", '"#I/T" is not a number'],
    ["1e5", "not_a_number", '"1e5" is not a number'],
    ["NaN", "not_a_number", '"NaN" is not a number'],
    ["Infinity", "not_a_number", '"Infinity" is not a number'],
    ["0x10", "not_a_number", '"0x10" is not a number'],
    ["5,", "not_a_number", '"5," is not a number'],
    ["- 5", "not_a_number", '"- 5" is not a number'],
    ["1 23", "bad_grouping", '"1 23" has misplaced thousands separators'],
    ["12 3456", "bad_grouping", '"12 3456" has misplaced thousands separators'],
  ])("rejects %j (%s)", (text, code, reason) => {
    // With the parameters of its message, so that it can be said in bokmål too.
    expect(parseNorwegianNumber(text)).toEqual({ ok: false, code, reason, params: expect.objectContaining({ value: text.trim() }) });
  });

  it("says which separator is wrong when a value does not match its column", () => {
    expect(parseNorwegianNumber("1.5", { decimal: "," })).toEqual({
      ok: false,
      code: "wrong_decimal",
      reason: '"1.5" is written with a decimal point, but this column uses a decimal comma',
      params: { value: "1.5", kind: "written_with", used: ".", expected: "," },
    });
    expect(parseNorwegianNumber("2,5", { decimal: "." })).toEqual({
      ok: false,
      code: "wrong_decimal",
      reason: '"2,5" is written with a decimal comma, but this column uses a decimal point',
      params: { value: "2,5", kind: "written_with", used: ",", expected: "." },
    });
    expect(parseNorwegianNumber("1,234.5", { decimal: "," }).ok).toBe(false);
    expect(parseNorwegianNumber("1,2,3", { decimal: "," })).toMatchObject({ ok: false, code: "wrong_decimal" });
  });

  it("reports a number too large for a double", () => {
    expect(parseNorwegianNumber("9".repeat(400))).toMatchObject({ ok: false, code: "too_large" });
  });
});

describe("formatNorwegianNumber", () => {
  it("writes what Intl nb-NO writes, without depending on ICU", () => {
    expect(formatNorwegianNumber(-1234.5)).toBe(`${MINUS}1${NBSP}234,5`);
    expect(formatNorwegianNumber(123)).toBe("123");
    expect(formatNorwegianNumber(1234)).toBe(`1${NBSP}234`);
    expect(formatNorwegianNumber(1234567.891)).toBe(`1${NBSP}234${NBSP}567,891`);
  });

  it("rounds to fixed decimals and never writes minus zero", () => {
    expect(formatNorwegianNumber(0.125, 2)).toBe("0,13");
    expect(formatNorwegianNumber(2, 1)).toBe("2,0");
    expect(formatNorwegianNumber(-0.001, 2)).toBe("0,00");
    expect(formatNorwegianNumber(-0)).toBe("0");
  });

  it("never uses exponent notation", () => {
    expect(formatNorwegianNumber(1e21, 0, { group: " " })).toBe("1 000 000 000 000 000 000 000");
    expect(formatNorwegianNumber(1e-7)).toBe("0,0000001");
    expect(formatNorwegianNumber(1.5e22, 1, { group: "" })).toBe("15000000000000000000000,0");
  });

  it("takes a plain group and minus for files Excel must read", () => {
    expect(formatNorwegianNumber(-2790, undefined, { group: "", minus: "-" })).toBe("-2790");
  });

  it("throws SpcError for values it cannot write", () => {
    expect(() => formatNorwegianNumber(Number.NaN)).toThrow(SpcError);
    expect(() => formatNorwegianNumber(Infinity)).toThrow(SpcError);
    expect(() => formatNorwegianNumber(1, -1)).toThrow(SpcError);
    expect(() => formatNorwegianNumber(1, 1.5)).toThrow(SpcError);
  });
});

describe("detectDecimalSeparator", () => {
  it("reads 1.234 as a thousand in a comma column and as decimals in a point column", () => {
    expect(detectDecimalSeparator(["1.234", "2,5", "17"])).toMatchObject({ decimal: ",", basis: "values", comma: 1, point: 0 });
    expect(detectDecimalSeparator(["1.234", "0.5", "17"])).toMatchObject({ decimal: ".", basis: "values", comma: 0, point: 1 });
  });

  it("counts 0.123 and 1.234.567 as proof, 1.234 as ambiguous", () => {
    expect(detectDecimalSeparator(["0.123"])).toMatchObject({ decimal: ".", point: 1 });
    expect(detectDecimalSeparator(["1.234.567"])).toMatchObject({ decimal: ",", comma: 1 });
    expect(detectDecimalSeparator(["1.234", "-2.500 %"], { fallback: "." })).toEqual({
      decimal: ".",
      basis: "fallback",
      comma: 0,
      point: 0,
      ambiguous: ["1.234", "-2.500 %"],
    });
  });

  it("falls back to a decimal comma when nothing proves either", () => {
    expect(detectDecimalSeparator(["1", "2", ""])).toMatchObject({ decimal: ",", basis: "fallback" });
  });

  it("lets the majority decide a mixed column, and a tie fall back", () => {
    expect(detectDecimalSeparator(["1,5", "2,5", "3.5"])).toMatchObject({ decimal: ",", comma: 2, point: 1 });
    expect(detectDecimalSeparator(["1,5", "3.5"], { fallback: "." })).toMatchObject({ decimal: ".", basis: "fallback" });
  });
});
