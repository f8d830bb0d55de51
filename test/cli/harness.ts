// Runs `spc` for the CLI tests: the built binary (`node cli.js`) for the commands it has, and
// — until run.ts registers this folder's commands — the same command modules in-process, through
// a small commander program shaped like run.ts's.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Command } from "commander";
import { registerCommands } from "../../src/cli/commands/index.js";
import { handleCommandError } from "../../src/cli/command-error.js";
import type { CommandDeps } from "../../src/cli/commands/deps.js";
import { repoRoot } from "../support/shared.js";
import { stubRender } from "../report/stub-render.js";

export { repoRoot };

/** What a run of `spc` gave. */
export interface SpcRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Where it ran: the binary, or the command modules in-process. */
  mode: "binary" | "in-process";
}

/** Options of a run. */
export interface RunOptions {
  stdin?: string;
  /** Extra environment for the binary. */
  env?: Record<string, string>;
  /** In-process only: pretend standard error is a terminal. */
  tty?: boolean;
}

const BUILD_DIR = join(repoRoot, "node_modules", ".cache", "spc-cli-e2e");

/**
 * Builds the CLI once (JavaScript only, ~1 s) into node_modules/.cache/spc-cli-e2e — not dist/,
 * which other work may be building at the same time. SPC_CLI=dist/cli.js uses an existing build.
 */
export function buildCli(): string {
  const given = process.env.SPC_CLI;
  if (given !== undefined && given !== "") return resolve(repoRoot, given);
  const tsup = join(repoRoot, "node_modules", "tsup", "dist", "cli-default.js");
  const r = spawnSync(process.execPath, [tsup, "--no-dts", "--silent", "--out-dir", BUILD_DIR], { cwd: repoRoot, encoding: "utf8" });
  const cli = join(BUILD_DIR, "cli.js");
  if (r.status !== 0 || !existsSync(cli)) throw new Error(`building the CLI failed:\n${r.stdout}\n${r.stderr}`);
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

/** Runs the command modules in-process, as run.ts will once they are registered there. */
export async function runInProcess(args: string[], options: RunOptions = {}, deps: Partial<CommandDeps> = {}): Promise<SpcRun> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
  const program = new Command("spc").exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerCommands(program, io, {
    render: stubRender,
    readStdin: async () => options.stdin ?? "",
    stderrIsTTY: options.tty === true,
    stderrColumns: 80,
    today: () => "2025-11-23",
    ...deps,
  });
  let code = 0;
  try {
    await program.parseAsync(args, { from: "user" });
  } catch (e) {
    const handled = handleCommandError(e, io);
    if (handled === null) throw e;
    code = handled;
  }
  return { code, stdout, stderr, mode: "in-process" };
}

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
  return `title: Stor plan\nmeasures:\n${measures.join("\n")}\n`;
}

