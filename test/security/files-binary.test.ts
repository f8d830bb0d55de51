import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCli, repoRoot, runBinary } from "../cli/harness.js";

// What only a real process shows: a FIFO never blocks it, a write cut short by the system keeps
// the old file, a million-point result is written without a giant string, and no stack trace.

const SPEC = join(repoRoot, "examples", "specs", "falls-nursing-home.json");

describe("spc (binary) and hostile files", () => {
  it("a FIFO named as data, or in a plan, is refused at once: exit 3, no hang", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-fifo-bin-"));
    execFileSync("mkfifo", [join(dir, "fall.csv")]);
    const chart = await runBinary(buildCli(), ["chart", join(dir, "fall.csv")]);
    expect(chart.code).toBe(3);
    expect(chart.stderr).toMatch(/fall\.csv: cannot read \(a FIFO, a named pipe, not a regular file\)/);
    writeFileSync(join(dir, "plan.yaml"), "title: T\nmeasures:\n  - name: F\n    type: outcome\n    data: { file: fall.csv, x: a, y: b }\n");
    const report = await runBinary(buildCli(), ["report", join(dir, "plan.yaml"), "-o", join(dir, "r.html")]);
    expect(report.code).toBe(3);
    expect(report.stderr).toMatch(/cannot read .*fall\.csv \(a FIFO/);
    expect(report.stderr).not.toMatch(/\n\s+at /);
  });

  it("a write the system cuts short (file size limit) keeps the old file and leaves no temporary file", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-atomic-bin-"));
    const out = join(dir, "chart.svg");
    writeFileSync(out, "old chart\n");
    // ulimit -f 4: at most 4 blocks of 512 bytes per file; the SVG is larger, so the write fails (EFBIG).
    const r = await new Promise<{ code: number; stderr: string }>((done) => {
      const child = spawn("bash", ["-c", `ulimit -f 4; exec "${process.execPath}" "${buildCli()}" render "${SPEC}" -o "${out}"`], { cwd: repoRoot });
      let stderr = "";
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("close", (code) => done({ code: code ?? -1, stderr }));
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/chart\.svg: cannot write \(the file would be larger than the system allows, so nothing was changed\)/);
    expect(readFileSync(out, "utf8")).toBe("old chart\n");
    expect(readdirSync(dir)).toEqual(["chart.svg"]);
  });

  it("standard input from /dev/zero stops at the cap: exit 3, memory not filled", { timeout: 60_000 }, async () => {
    const r = await new Promise<{ code: number; stderr: string }>((done) => {
      const child = spawn(process.execPath, [buildCli(), "chart", "-", "--max-bytes", "2MB"], { cwd: repoRoot, stdio: [openSync("/dev/zero", "r"), "pipe", "pipe"] });
      let stderr = "";
      child.stderr!.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("close", (code) => done({ code: code ?? -1, stderr }));
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("<stdin>: cannot read (larger than the limit of 2000000 bytes, about 2 MB: read nothing; raise the limit with --max-bytes)\n");
  });

  it("spc render - -o spec < spec (standard input redirected from the output): exit 2, the spec untouched", { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-o-stdin-"));
    const spec = join(dir, "spec.svg");
    writeFileSync(spec, readFileSync(SPEC));
    const child = spawn(process.execPath, [buildCli(), "render", "-", "-o", spec], { cwd: dir, stdio: [openSync(spec, "r"), "pipe", "pipe"] });
    let stderr = "";
    child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code, stderr).toBe(2);
    expect(stderr).toContain("<stdin>");
    expect(readFileSync(spec)).toEqual(readFileSync(SPEC));
  });

  it("spc render spec -o spec: exit 2, the spec untouched", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-o-bin-"));
    const spec = join(dir, "spec.svg");
    writeFileSync(spec, readFileSync(SPEC));
    const r = await runBinary(buildCli(), ["render", spec, "-o", spec]);
    expect(r.code).toBe(2);
    expect(readFileSync(spec)).toEqual(readFileSync(SPEC));
  });

  it("spc compute on a 1e6-row spec writes all of its result (no Invalid string length)", { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-big-bin-"));
    const spec = join(dir, "big.json");
    const rows: string[] = [];
    for (let i = 0; i < 1_000_000; i++) rows.push(`{"x":${i + 1},"y":${(i * 7) % 13}}`);
    writeFileSync(spec, `{"chart":"i","data":[${rows.join(",")}]}`);
    const r = await new Promise<{ code: number; bytes: number; tail: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [buildCli(), "compute", spec, "--compact"], { cwd: repoRoot });
      let bytes = 0;
      let tail = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (d: string) => {
        bytes += d.length;
        tail = (tail + d).slice(-200);
      });
      child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
      child.on("close", (code) => done({ code: code ?? -1, bytes, tail, stderr }));
    });
    expect(r.stderr).not.toMatch(/Invalid string length|\n\s+at /);
    expect(r.code).toBe(0);
    expect(r.bytes).toBeGreaterThan(100_000_000);
    expect(r.tail.endsWith("}\n")).toBe(true);
  });

  it("a plan naming /etc/passwd: exit 1 naming the plan's line, nothing of the file shown", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-out-bin-"));
    mkdirSync(join(dir, "team"));
    writeFileSync(join(dir, "team", "plan.yaml"), "title: T\nmeasures:\n  - name: F\n    type: outcome\n    data: { file: /etc/passwd, x: a, y: b }\n");
    const r = await runBinary(buildCli(), ["report", join(dir, "team", "plan.yaml"), "-o", join(dir, "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.yaml:5:\d+: measures\[0\]\.data\.file: "\/etc\/passwd" is an absolute path/);
    expect(r.stderr).not.toMatch(/root:/);
    expect(existsSync(join(dir, "r.html"))).toBe(false);
  });
});
