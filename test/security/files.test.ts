import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../cli/harness.js";
import { repoRoot } from "../support/shared.js";
import { outsideFolder, readRegularFile, writeAtomically, FileRefused } from "../../src/cli/safe-files.js";

// The file side of issue 11, in-process: plans read only from their folder, only regular files
// under a cap, -o never one of the command's inputs nor a format it cannot write.

const DATA = `Måned;Fall\n${Array.from({ length: 14 }, (_, i) => `${String((i % 12) + 1).padStart(2, "0")}.${2024 + Math.floor(i / 12)};${(i * 7) % 5}`).join("\n")}\n`;
const SECRET = "Måned;Fall\n01.2024;1\n02.2024;2\nHEMMELIG-LINJE;9\n";

/** A team folder with a plan, its data, and a secret beside the team folder. */
function world(measureData: string, planExtra = ""): { root: string; plan: string } {
  const root = mkdtempSync(join(tmpdir(), "spc-files-"));
  mkdirSync(join(root, "team", "data"), { recursive: true });
  writeFileSync(join(root, "team", "data", "fall.csv"), DATA);
  writeFileSync(join(root, "secret.csv"), SECRET);
  const plan = join(root, "team", "plan.yaml");
  writeFileSync(plan, `title: T\n${planExtra}measures:\n  - name: Fall\n    type: outcome\n    chart: run\n    data: { file: ${JSON.stringify(measureData)}, x: Måned, y: Fall }\n`);
  return { root, plan };
}

const rel = (path: string) => relative(repoRoot, path);

describe("a plan reads data only from its own folder", () => {
  it("reads a file below the plan's folder", async () => {
    const { root, plan } = world("data/fall.csv");
    const r = await runInProcess(["report", plan, "-o", join(root, "r.html")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it.each([
    ["a .. escape", "../secret.csv", /outside the plan's folder/],
    ["a .. escape through a subfolder", "data/../../secret.csv", /outside the plan's folder/],
    ["an absolute path", "/etc/passwd", /an absolute path/],
    ["/proc", "/proc/self/environ", /an absolute path/],
  ])("refuses %s with the plan's line, exit 1, nothing written, nothing of the file shown", async (_what, file, why) => {
    const { root, plan } = world(file);
    const out = join(root, "r.html");
    const r = await runInProcess(["report", plan, "-o", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`plan\\.yaml:6:\\d+: measures\\[0\\]\\.data\\.file: `));
    expect(r.stderr).toMatch(why);
    expect(r.stderr).toMatch(/--allow-outside/);
    expect(r.stderr).not.toMatch(/HEMMELIG|root:/);
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toBe("");
  });

  it("refuses a symbolic link (file or folder) that points out of the folder", async () => {
    const { root, plan } = world("link.csv");
    symlinkSync(join(root, "secret.csv"), join(root, "team", "link.csv"));
    symlinkSync(root, join(root, "team", "up"));
    const r = await runInProcess(["report", plan, "-o", join(root, "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a link to a place outside/);
    writeFileSync(plan, readFileSync(plan, "utf8").replace("link.csv", "up/secret.csv"));
    const through = await runInProcess(["report", plan, "-o", join(root, "r.html")]);
    expect(through.code).toBe(1);
    expect(through.stderr).toMatch(/a link to a place outside/);
    expect(existsSync(join(root, "r.html"))).toBe(false);
  });

  it("a link that stays inside the folder is read", async () => {
    const { root, plan } = world("inside.csv");
    symlinkSync(join(root, "team", "data", "fall.csv"), join(root, "team", "inside.csv"));
    const r = await runInProcess(["report", plan, "-o", join(root, "r.html")]);
    expect(r.code).toBe(0);
  });

  it("--allow-outside or allowOutside: true in the plan lets the user opt in", async () => {
    const { root, plan } = world("../secret.csv");
    const flag = await runInProcess(["report", plan, "--allow-outside", "-o", join(root, "a.html")]);
    expect(flag.code).toBe(0);
    expect(readFileSync(join(root, "a.html"), "utf8")).toContain("Fall");
    const opted = world("../secret.csv", "allowOutside: true\n");
    const inPlan = await runInProcess(["report", opted.plan, "-o", join(opted.root, "b.html")]);
    expect(inPlan.code).toBe(0);
  });

  it("allowOutside must be true or false", async () => {
    const { root, plan } = world("data/fall.csv", "allowOutside: yes please\n");
    const r = await runInProcess(["report", plan, "-o", join(root, "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.yaml:2:\d+: allowOutside/);
  });

  it("a plan from standard input reads from the working folder only", async () => {
    const r = await runInProcess(["report", "-"], { stdin: "title: T\nmeasures:\n  - name: F\n    type: outcome\n    data: { file: ../x.csv, x: a, y: b }\n" });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:5:\d+: .*outside the plan's folder: .*own folder \(\.\)/);
  });

  it("says it in bokmål", async () => {
    const { root, plan } = world("../secret.csv");
    const r = await runInProcess(["report", plan, "--lang", "nb", "-o", join(root, "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/er utenfor planens mappe: en plan leser data bare fra sin egen mappe/);
  });

  it("refuses every outside file, each with its own line (data, events, denominators)", async () => {
    const { root, plan } = world("data/fall.csv");
    writeFileSync(
      plan,
      "title: T\nmeasures:\n  - name: A\n    type: outcome\n    data: { file: /a.csv, x: a, y: b }\n  - name: B\n    type: outcome\n    events:\n      file: ../b.csv\n      date: d\n      denominators: { file: ../../c.csv, x: d, n: n }\n",
    );
    const r = await runInProcess(["report", plan, "-o", join(root, "r.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.yaml:5:\d+: measures\[0\]\.data\.file/);
    expect(r.stderr).toMatch(/plan\.yaml:9:\d+: measures\[1\]\.events\.file/);
    expect(r.stderr).toMatch(/plan\.yaml:11:\d+: measures\[1\]\.events\.denominators\.file/);
  });
});

describe("only regular files are read, none over the cap", () => {
  it("a device is refused at once (chart, suggest, compute, render, report --allow-outside)", async () => {
    for (const args of [["chart", "/dev/zero"], ["suggest", "/dev/zero"], ["compute", "/dev/zero"], ["render", "/dev/zero"]]) {
      const r = await runInProcess(args);
      expect(r.code, args.join(" ")).toBe(3);
      expect(r.stderr).toBe("/dev/zero: cannot read (a device, not a regular file)\n");
    }
    const { root, plan } = world("/dev/zero");
    const r = await runInProcess(["report", plan, "--allow-outside", "-o", join(root, "r.html")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot read \/dev\/zero \(a device, not a regular file\)/);
  });

  it("a FIFO is refused without waiting for a writer", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-fifo-"));
    const fifo = join(dir, "data.csv");
    execFileSync("mkfifo", [fifo]);
    const r = await runInProcess(["chart", fifo]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/a FIFO, a named pipe, not a regular file/);
    const d = await runInProcess(["chart", "test/fixtures/fallhendelser.csv", "--events", "--denominators", fifo]);
    expect(d.code).toBe(3);
    expect(d.stderr).toMatch(/data\.csv: cannot read \(a FIFO/);
  });

  it("a folder is refused", async () => {
    const r = await runInProcess(["suggest", "test/fixtures"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/test\/fixtures: cannot read \(is a folder, not a file\)/);
  });

  it("a file over --max-bytes is refused before it is read, saying how to raise the cap", async () => {
    const r = await runInProcess(["chart", "test/fixtures/fall-sykehjem.csv", "--max-bytes", "100"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^test\/fixtures\/fall-sykehjem\.csv: cannot read \(larger than the limit of 100 bytes.*--max-bytes \d+\)\n$/);
    const raised = await runInProcess(["chart", "test/fixtures/fall-sykehjem.csv", "--max-bytes", "1MB", "-q"]);
    expect(raised.code).toBe(0);
    const nb = await runInProcess(["--lang", "nb", "suggest", "test/fixtures/fall-sykehjem.csv", "--max-bytes", "100"]);
    expect(nb.stderr).toMatch(/kan ikke lese \(større enn grensen på 100 byte/);
  });

  it("the cap holds for a plan, its data and standard input", async () => {
    const { root, plan } = world("data/fall.csv");
    const small = await runInProcess(["report", plan, "--max-bytes", "50", "-o", join(root, "r.html")]);
    expect(small.code).toBe(3);
    expect(small.stderr).toMatch(/plan\.yaml: cannot read \(larger than the limit of 50 bytes/);
    const stdin = await runInProcess(["chart", "-", "--max-bytes", "10"], { stdin: DATA });
    expect(stdin.code).toBe(3);
    expect(stdin.stderr).toMatch(/<stdin>: cannot read \(larger than the limit/);
  });

  it("--max-bytes must be a number of bytes", async () => {
    for (const bad of ["0", "-5", "lots", "1e9", "5TB"]) {
      const r = await runInProcess(["chart", "test/fixtures/fall-sykehjem.csv", "--max-bytes", bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr).toMatch(/is not a number of bytes/);
    }
  });

  it("readRegularFile refuses a file that reads past the cap though its size said 0 (/proc)", async () => {
    await expect(readRegularFile("/proc/self/status", 10)).rejects.toBeInstanceOf(FileRefused);
    expect((await readRegularFile("/proc/self/status", 1e6)).byteLength).toBeGreaterThan(10);
  });

  it("outsideFolder judges paths as the read will follow them", async () => {
    const { root } = world("data/fall.csv");
    const team = join(root, "team");
    expect(await outsideFolder(team, "data/fall.csv")).toBeNull();
    expect(await outsideFolder(team, "data/missing/new.csv")).toBeNull();
    expect(await outsideFolder(team, "..")).toBe("escapes");
    expect(await outsideFolder(team, "data/../../secret.csv")).toBe("escapes");
    expect(await outsideFolder(team, "/etc/passwd")).toBe("absolute");
    expect(await outsideFolder(team, "C:\\data\\x.csv")).toBe("absolute");
    expect(await outsideFolder(team, "..data.csv")).toBeNull();
  });
});

describe("-o is never one of the command's inputs, nor a format the command cannot write", () => {
  it("spc render spec -o spec (and the same file by another name) is refused before any work", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-o-"));
    const spec = join(dir, "spec.svg");
    const text = readFileSync(join(repoRoot, "examples/specs/falls-nursing-home.json"), "utf8");
    writeFileSync(spec, text);
    symlinkSync(spec, join(dir, "alias.svg"));
    linkSync(spec, join(dir, "hard.svg"));
    for (const out of [spec, join(dir, ".", "spec.svg"), join(dir, "alias.svg"), join(dir, "hard.svg")]) {
      const r = await runInProcess(["render", spec, "-o", out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toMatch(/spc render: -o .* is also an input of this command/);
      expect(readFileSync(spec, "utf8")).toBe(text);
    }
  });

  it("spc chart -o naming the data or the denominators file is refused (also its --png)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-o-"));
    const data = join(dir, "fall.json");
    writeFileSync(data, DATA);
    const r = await runInProcess(["chart", data, "-o", data]);
    expect(r.code).toBe(2);
    expect(readFileSync(data, "utf8")).toBe(DATA);
    const den = join(dir, "den.svg");
    writeFileSync(den, "Måned;Liggedøgn\n01.2024;100\n");
    const d = await runInProcess(["chart", "test/fixtures/fallhendelser.csv", "--events", "--denominators", den, "-o", den]);
    expect(d.code).toBe(2);
    expect(d.stderr).toMatch(/is also an input/);
    const png = join(dir, "c.png");
    writeFileSync(png, DATA);
    const p = await runInProcess(["chart", png, "--png", "-o", join(dir, "c.svg")]);
    expect(p.code).toBe(2);
    expect(readFileSync(png, "utf8")).toBe(DATA);
  });

  it("spc report -o naming the plan or a data file it reads is refused, nothing read", async () => {
    const { root, plan } = world("data/fall.html");
    writeFileSync(join(root, "team", "data", "fall.html"), DATA);
    const planText = readFileSync(plan, "utf8");
    const copy = join(root, "team", "plan.html");
    writeFileSync(copy, planText);
    const overPlan = await runInProcess(["report", copy, "-o", copy]);
    expect(overPlan.code).toBe(2);
    expect(readFileSync(copy, "utf8")).toBe(planText);
    const overData = await runInProcess(["report", plan, "-o", join(root, "team", "data", "fall.html")]);
    expect(overData.code).toBe(2);
    expect(overData.stderr).toMatch(/spc report: -o .*fall\.html is also an input of this command/);
    expect(readFileSync(join(root, "team", "data", "fall.html"), "utf8")).toBe(DATA);
  });

  it.each([
    [["render", "examples/specs/falls-nursing-home.json"], "x.pdf", /spc render: -o: cannot write \.pdf; give a file ending in \.svg or \.png/],
    [["render", "examples/specs/falls-nursing-home.json", "--png"], "x.svg", /spc render: -o: cannot write \.svg; give a file ending in \.png/],
    [["chart", "test/fixtures/fall-sykehjem.csv"], "x.csv", /spc chart: -o: cannot write \.csv; give a file ending in \.svg, \.png or \.json/],
    [["report", "test/fixtures/plans/fall.yaml"], "x.docx", /spc report: -o: cannot write \.docx; give a file ending in \.html, \.htm, \.json, \.pptx or \.pdf/],
    [["report", "test/fixtures/plans/fall.yaml"], "x.svg", /spc report: -o: cannot write \.svg; give a file ending in \.html, \.htm, \.json, \.pptx or \.pdf/],
    [["report", "test/fixtures/plans/fall.yaml"], "plan.yaml", /spc report: -o: cannot write \.yaml/],
  ])("%j -o %s is refused with exit 2 before anything is read", async (args, out, message) => {
    const dir = mkdtempSync(join(tmpdir(), "spc-ext-"));
    const r = await runInProcess([...args, "-o", join(dir, out)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("bokmål for an output that is an input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-o-"));
    const data = join(dir, "d.svg");
    writeFileSync(data, DATA);
    const r = await runInProcess(["--lang", "nb", "chart", data, "-o", data]);
    expect(r.stderr).toMatch(/er også en inndatafil for denne kommandoen/);
  });
});

describe("writes are atomic", () => {
  it("a write replaces the file whole, keeps its permissions, and leaves no temporary file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-atomic-"));
    const file = join(dir, "r.html");
    writeFileSync(file, "old");
    chmodSync(file, 0o640);
    await writeAtomically(file, "new");
    expect(readFileSync(file, "utf8")).toBe("new");
    expect((await import("node:fs")).statSync(file).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(["r.html"]);
  });

  it("a failed write keeps the old file and removes the temporary one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-atomic-"));
    const file = join(dir, "r.html");
    writeFileSync(file, "old");
    // A content that cannot be written (not a string or bytes) fails half way, as a full disk would.
    await expect(writeAtomically(file, { bad: true } as unknown as string)).rejects.toThrow();
    expect(readFileSync(file, "utf8")).toBe("old");
    expect(readdirSync(dir)).toEqual(["r.html"]);
  });

  it("writing through a link replaces the file it points to, not the link", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-atomic-"));
    writeFileSync(join(dir, "real.svg"), "old");
    symlinkSync(join(dir, "real.svg"), join(dir, "link.svg"));
    await writeAtomically(join(dir, "link.svg"), "new");
    expect(readFileSync(join(dir, "real.svg"), "utf8")).toBe("new");
    expect((await import("node:fs")).lstatSync(join(dir, "link.svg")).isSymbolicLink()).toBe(true);
  });

  it("-o /dev/null writes to the device, never replaces it", async () => {
    const r = await runInProcess(["render", "examples/specs/falls-nursing-home.json", "-o", "/dev/null"]);
    expect(r.code).toBe(0);
    expect((await import("node:fs")).statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("-o an existing FIFO with no reader, or a folder: exit 3 at once, said plainly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "spc-out-fifo-"));
    execFileSync("mkfifo", [join(dir, "c.svg")]);
    const r = await runInProcess(["render", "examples/specs/falls-nursing-home.json", "-o", join(dir, "c.svg")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/c\.svg: cannot write \(a FIFO or device with no one reading it\)/);
    const folder = await runInProcess(["render", "examples/specs/falls-nursing-home.json", "-o", dir]);
    expect(folder.code).toBe(3);
    expect(folder.stderr).toMatch(/cannot write \(is a folder, not a file\)/);
  });

  it("a plan naming a file with a NUL in it: that measure cannot be read, said plainly", async () => {
    const { root, plan } = world("a\u0000b.csv");
    const r = await runInProcess(["report", plan, "-o", join(root, "r.html")]);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/cannot read .*a\\u0000b\.csv \(the name holds a character no file name can have\)/);
  });

  it("a folder that cannot be written: exit 3 naming the file, no temporary file left", async () => {
    const r = await runInProcess(["render", "examples/specs/falls-nursing-home.json", "-o", "/no/such/folder/c.svg"]);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe("/no/such/folder/c.svg: cannot write (no such file)\n");
    expect(rel("/no")).toBeTruthy();
  });
});
