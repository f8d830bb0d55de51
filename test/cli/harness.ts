// Runs `spc` for the CLI tests: in-process through the CLI's own entry (runCli in
// src/cli/run.ts, the function the binary calls) for almost every test, and the built binary
// (dist/cli.js, built once per test run by test/support/global-setup.ts) for a few smoke tests of
// what only a real process shows: exit codes, piped standard input, a file written.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { CommandDeps } from "../../src/cli/commands/deps.js";
import { runCli } from "../../src/cli/run.js";
import { repoRoot } from "../support/shared.js";

export { repoRoot };

/** What a run of `spc` gave. */
export interface SpcRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Where it ran: the binary, or runCli in-process. */
  mode: "binary" | "in-process";
}

/** Options of a run. */
export interface RunOptions {
  stdin?: string;
  /** Extra environment (in-process: the only environment, beside a fixed SOURCE_DATE_EPOCH). */
  env?: Record<string, string>;
  /** In-process only: pretend standard error is a terminal. */
  tty?: boolean;
}

/** 2025-11-23T00:00:00Z: the date a report prints, in-process, unless a test sets its own. */
export const TEST_DATE_EPOCH = "1763856000";

/**
 * The built binary, dist/cli.js (or SPC_CLI). It is built before any test runs, by the global
 * setup; a test never builds it. (The name is kept for the tests that call it.)
 */
export function buildCli(): string {
  const given = process.env.SPC_CLI;
  const cli = resolve(repoRoot, given !== undefined && given !== "" ? given : join("dist", "cli.js"));
  if (!existsSync(cli)) throw new Error(`${cli} is missing: test/support/global-setup.ts builds it (run the tests with vitest, or npm run build)`);
  return cli;
}

/** The commands the built binary knows (from `spc --help`). */
export function binaryCommands(cli: string): Set<string> {
  const r = spawnSync(process.execPath, [cli, "--help"], { cwd: repoRoot, encoding: "utf8" });
  const commands = new Set<string>();
  let inCommands = false;
  for (const line of r.stdout.split("\n")) {
    if (/^Commands:/.test(line)) inCommands = true;
    else if (inCommands) {
      const m = /^\s+([a-z-]+)/.exec(line);
      if (m?.[1] !== undefined) commands.add(m[1]);
    }
  }
  return commands;
}

/** Runs the binary. */
export function runBinary(cli: string, args: string[], options: RunOptions = {}): Promise<SpcRun> {
  return new Promise((done, fail) => {
    // Messages are English unless a test asks for a language: the machine's own LANG must not decide.
    const { LANG: _lang, LC_ALL: _all, LC_MESSAGES: _messages, ...env } = process.env;
    const child = spawn(process.execPath, [cli, ...args], { cwd: repoRoot, env: { ...env, ...options.env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? -1, stdout, stderr, mode: "binary" }));
    child.stdin.end(options.stdin ?? "");
  });
}

/**
 * Runs `spc` in-process through runCli, as the binary does, with standard input, the environment
 * and the terminal given here instead of the process's: 80 columns, no terminal unless `tty`.
 * `deps` replaces the commands' dependencies (e.g. a stub renderer).
 */
export async function runInProcess(args: string[], options: RunOptions = {}, deps: Partial<CommandDeps> = {}): Promise<SpcRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    args,
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      readStdin: async () => options.stdin ?? "",
      env: { SOURCE_DATE_EPOCH: TEST_DATE_EPOCH, ...options.env },
      stderrIsTTY: options.tty === true,
      stderrColumns: 80,
    },
    deps,
  );
  return { code, stdout, stderr, mode: "in-process" };
}

/** `spc …` for the tests: in-process through runCli. */
export const runSpc = runInProcess;

/** A fresh temporary folder for output files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "spc-cli-"));
}

/** A fixture's path relative to the repository root (the working folder of every run). */
export const fixture = (name: string) => `test/fixtures/${name}`;

/** A plan of `count` measures cycling through the fixtures (absolute paths). */
export function bigPlan(count: number): string {
  const f = (name: string) => JSON.stringify(join(repoRoot, "test", "fixtures", name));
  const kinds = [
    `chart: u\n    multiply: 1000\n    direction: decrease\n    target: { value: 0.6, date: 2025-12-31 }\n    data: { file: ${f("fall-sykehjem.csv")}, x: Måned, y: Fall, n: Liggedøgn, note: Kommentar }\n    annotations: [{ date: 2024-05-14, text: PDSA }]`,
    `chart: p\n    multiply: 100\n    direction: increase\n    data: { file: ${f("handhygiene-bom-crlf.csv")}, x: Måned, y: Korrekt utført, n: Observasjoner }`,
    `chart: c\n    events: { file: ${f("fallhendelser.csv")}, date: Hendelsesdato, period: month }`,
    `chart: t\n    events: { file: ${f("fallhendelser.csv")}, date: Hendelsesdato }`,
    `chart: g\n    events: { file: ${f("operasjoner-infeksjon.csv")}, date: Operasjonsdato, event: Postoperativ infeksjon }`,
    `chart: i\n    data: { file: ${f("ventetid-uke.tsv")}, x: Uke, y: Median ventetid (dager) }`,
  ];
  const measures = Array.from({ length: count }, (_, i) => `  - name: Måling ${i + 1}\n    type: ${["outcome", "process", "balancing"][i % 3]}\n    ${kinds[i % kinds.length]}`);
  // Absolute paths to the fixtures: the plan says it may read outside its folder.
  return `title: Stor plan\nmeasures:\n${measures.join("\n")}\nallowOutside: true\n`;
}

