import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EXIT, runCli } from "../../src/cli/run.js";
import { defaultToday } from "../../src/cli/commands/deps.js";
import { quote } from "../../src/adapters/report.js";
import { forPeople, MESSAGE_LENGTH, quoted, quotedList, safeMessage } from "../../src/text/for-people.js";
import { formatIssue } from "../../src/errors.js";
import { formatLocated } from "../../src/plan/diagnostics.js";
import { compute, SpcError } from "../../src/index.js";

// Issue 11: control characters in a CSV header reached the terminal raw (escape sequences), a
// 50 MB header line was echoed whole into an error, SOURCE_DATE_EPOCH=99999999999999 printed
// "Laget 0NaN-NaN-NaN", and --date 2024-02-30 was accepted.

const ESC = "\u001b";
// Control characters, DEL, C1, bidi overrides: none may reach a message raw.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

async function spc(argv: string[], env: Record<string, string | undefined> = {}) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env });
  return { code, stdout, stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), "spc-text-"));

describe("one helper for user text in messages", () => {
  it("escapes control characters and direction overrides, keeps ordinary text", () => {
    expect(quoted(`Fall${ESC}[2J\r\n\t`)).toBe('"Fall\\u001b[2J\\r\\n\\t"');
    expect(quoted("a\u202Eb\u0085c\u007f")).toBe('"a\\u202eb\\u0085c\\u007f"');
    expect(quoted('Antall "fall" \\ døgn')).toBe('"Antall \\"fall\\" \\\\ døgn"');
    expect(forPeople("Liggedøgn – 2024 😀")).toBe("Liggedøgn – 2024 😀");
  });

  it("cuts long text with … and never splits a character", () => {
    expect(quoted("x".repeat(100))).toBe(`"${"x".repeat(60)}…"`);
    expect(quoted("x".repeat(60))).toBe(`"${"x".repeat(60)}"`);
    expect(forPeople("😀".repeat(5), 3)).toBe("😀😀😀…");
    expect(quote("a".repeat(61))).toBe(`"${"a".repeat(60)}…"`);
  });

  it("lists at most 20 names", () => {
    const names = Array.from({ length: 1000 }, (_, i) => `c${i}`);
    expect(quotedList(names)).toMatch(/^"c0", "c1", .*"c19" and 980 more$/);
  });

  it("property: quoted output has no raw control character and is bounded", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.integer({ min: 1, max: 80 }), (s, max) => {
        const q = quoted(s, max);
        expect(q).not.toMatch(RAW);
        expect(q).not.toMatch(/[\n\r\t]/);
        expect(q.startsWith('"') && q.endsWith('"')).toBe(true);
        // Each character becomes at most 6 (\u001b), plus quotes and …
        expect(q.length).toBeLessThanOrEqual(max * 12 + 3);
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it("formatIssue and formatLocated are the last guard: paths, files and messages made safe", () => {
    const line = formatLocated({ code: "invalid_type", path: ["include", `k${ESC}[31m`], message: `bad ${ESC}]0;title\u0007 value`, file: `plan${ESC}.yaml`, line: 3 });
    expect(line).not.toMatch(RAW);
    expect(line).toBe("plan\\u001b.yaml:3: include.k\\u001b[31m: bad \\u001b]0;title\\u0007 value");
    expect(formatIssue({ code: "invalid_type", path: [], message: "y".repeat(MESSAGE_LENGTH + 10) })).toHaveLength(MESSAGE_LENGTH + 1);
    expect(safeMessage("two\nlines")).toBe("two\nlines");
  });

  it("an SpcError from compute never carries a raw control character", () => {
    let message = "";
    try {
      compute({ chart: "i", xType: "date", data: [{ x: `2024${ESC}[2J`, y: 1 }] } as never);
    } catch (e) {
      expect(e).toBeInstanceOf(SpcError);
      message = (e as Error).message;
    }
    expect(message).toContain("\\u001b[2J");
    expect(message).not.toMatch(RAW);
  });
});

describe("the CLI echoes user text safely", () => {
  it("a CSV header with escape sequences is escaped in the 'no column' error", async () => {
    const dir = tmp();
    const csv = join(dir, "d.csv");
    writeFileSync(csv, `Måned;Fall${ESC}[2J${ESC}]0;pwned\u0007\n01.2024;3\n02.2024;4\n`);
    const { code, stderr } = await spc(["chart", csv, "--x", "Måned", "--y", "Nope", "-o", join(dir, "o.svg")]);
    expect(code).not.toBe(EXIT.ok);
    expect(stderr).toContain("\\u001b[2J");
    expect(stderr).not.toMatch(RAW);
  });

  it("a 5 MB header line is not echoed whole", async () => {
    const dir = tmp();
    const csv = join(dir, "big.csv");
    const header = `Måned;${"Å".repeat(5_000_000)}`;
    writeFileSync(csv, `${header}\n01.2024;3\n02.2024;4\n`);
    const { code, stderr } = await spc(["chart", csv, "--x", "Måned", "--y", "Nope", "-o", join(dir, "o.svg")]);
    expect(code).not.toBe(EXIT.ok);
    expect(stderr.length).toBeLessThan(5000);
    expect(stderr).toContain("…");
  });

  it("a many-column header lists 20 and says how many more", async () => {
    const dir = tmp();
    const csv = join(dir, "wide.csv");
    writeFileSync(csv, `${Array.from({ length: 5000 }, (_, i) => `K${i}`).join(";")}\n${Array.from({ length: 5000 }, () => "1").join(";")}\n`);
    const { stderr } = await spc(["chart", csv, "--x", "K0", "--y", "Nope", "-o", join(dir, "o.svg")]);
    expect(stderr).toContain("and 4980 more");
    expect(stderr.length).toBeLessThan(5000);
  });
});

describe("dates for the report", () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each(["2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "0000-01-01"])("--date %s is refused (exit 2)", async (date) => {
    const dir = tmp();
    const { code, stderr } = await spc(["report", join(dir, "plan.yaml"), "--date", date, "-o", join(dir, "r.html")]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(`"${date}" is not a date`);
    expect(stderr).not.toMatch(/NaN/);
  });

  it.each(["99999999999999", "253402300800", "-1", "1.5", "abc", "1e10"])("SOURCE_DATE_EPOCH=%s is an error, not 0NaN-NaN-NaN", (epoch) => {
    vi.stubEnv("SOURCE_DATE_EPOCH", epoch);
    expect(() => defaultToday()).toThrow(/SOURCE_DATE_EPOCH is .*: it must be whole seconds since 1970-01-01/);
  });

  it.each([
    ["0", "1970-01-01"],
    ["1700000000", "2023-11-14"],
    ["253402300799", "9999-12-31"],
  ])("SOURCE_DATE_EPOCH=%s is %s", (epoch, date) => {
    vi.stubEnv("SOURCE_DATE_EPOCH", epoch);
    expect(defaultToday()).toBe(date);
  });

  it("an empty SOURCE_DATE_EPOCH counts as unset", () => {
    vi.stubEnv("SOURCE_DATE_EPOCH", "");
    expect(defaultToday()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("spc report with a huge SOURCE_DATE_EPOCH exits 2 before reading the plan", async () => {
    const dir = tmp();
    const { code, stderr } = await spc(["report", join(dir, "missing-plan.yaml"), "-o", join(dir, "r.html")], { SOURCE_DATE_EPOCH: "99999999999999" });
    expect(code).toBe(EXIT.usage);
    expect(stderr).toMatch(/^spc: SOURCE_DATE_EPOCH is "99999999999999"/);
    expect(stderr).not.toMatch(/NaN/);
  });
});

describe("commander's own errors", () => {
  it("an unknown option with an escape sequence is echoed escaped", async () => {
    const { code, stderr } = await spc(["render", `--x${ESC}[2J`]);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("\\u001b[2J");
    expect(stderr).not.toMatch(RAW);
  });
});

describe("command errors", () => {
  it("a file name with an escape sequence is printed escaped", async () => {
    const dir = tmp();
    const { code, stderr } = await spc(["render", join(dir, `missing${ESC}[2J.json`)]);
    expect(code).not.toBe(EXIT.ok);
    expect(stderr).toContain("missing\\u001b[2J.json");
    expect(stderr).not.toMatch(RAW);
  });
});
