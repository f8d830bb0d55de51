import { describe, expect, it } from "vitest";
import { runInProcess } from "../cli/harness.js";
import { takeDebug } from "../../src/cli/run.js";

// Whatever goes wrong inside, the user gets one line in their language and an exit code of the
// contract; the stack only with --debug.

const SPEC = "examples/specs/falls-nursing-home.json";
const boom = () => {
  throw new TypeError("Cannot read properties of undefined (reading 'x')");
};

describe("no stack traces for users", () => {
  it("an unexpected error is one line saying it is a bug, exit 1, and how to see more", async () => {
    const r = await runInProcess(["render", SPEC], {}, { render: boom });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("spc: internal error (a bug in spc, not in your files): TypeError: Cannot read properties of undefined (reading 'x'). Run again with --debug for details, and report it.\n");
    expect(r.stdout).toBe("");
  });

  it("in bokmål", async () => {
    const r = await runInProcess(["--lang", "nb", "render", SPEC], {}, { render: boom });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^spc: intern feil \(en feil i spc, ikke i filene dine\): TypeError: .*Kjør på nytt med --debug for detaljer/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("--debug, anywhere on the line, shows the stack", async () => {
    for (const args of [["--debug", "render", SPEC], ["render", SPEC, "--debug"]]) {
      const r = await runInProcess(args, {}, { render: boom });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/internal error/);
      expect(r.stderr).toMatch(/\n\s+at /);
    }
  });

  it("--debug changes nothing when all is well", async () => {
    const plain = await runInProcess(["render", SPEC]);
    const debug = await runInProcess(["render", SPEC, "--debug"]);
    expect(debug.code).toBe(0);
    expect(debug.stdout).toBe(plain.stdout);
  });

  it("running out of string length is said as too large, not as a crash", async () => {
    const r = await runInProcess(["render", SPEC], {}, {
      render: () => {
        throw new RangeError("Invalid string length");
      },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^spc: out of memory: the input is too large/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("takeDebug takes --debug out before --, and only there", () => {
    expect(takeDebug(["chart", "x.csv", "--debug"])).toEqual({ debug: true, argv: ["chart", "x.csv"] });
    expect(takeDebug(["chart", "--", "--debug"])).toEqual({ debug: false, argv: ["chart", "--", "--debug"] });
    expect(takeDebug(["chart"])).toEqual({ debug: false, argv: ["chart"] });
  });
});
