import { readFile } from "node:fs/promises";
import { Command, CommanderError } from "commander";
import { compute } from "../compute.js";
import { SpcError } from "../errors.js";
import { chartSpecJsonSchema } from "../spec/json-schema.js";

/** Where the CLI writes; injected so tests can run it in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit codes scripts can test. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, io: 3 } as const;

/** A failure the CLI reports in one line (no stack trace) with an exit code. */
class CliFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

async function readInput(file: string): Promise<string> {
  try {
    if (file === "-") {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    }
    return await readFile(file, "utf8");
  } catch (e) {
    throw new CliFailure(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, EXIT.io);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new CliFailure(`${file}: not valid JSON (${(e as Error).message})`, EXIT.invalidInput);
  }
}

/**
 * Runs the `spc` command with the given arguments and returns its exit code.
 *
 * @example
 * ```ts
 * await runCli(["compute", "spec.json"], { stdout: console.log, stderr: console.error });
 * ```
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = new Command("spc")
    .description("Statistical process control charts for health-care improvement (qicharts2-compatible).")
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program
    .command("compute")
    .description("compute a chart spec (JSON) and print the result as JSON")
    .argument("<file>", "chart spec file, or - for standard input")
    .option("--compact", "print the JSON on one line")
    .addHelpText("after", "\nExamples:\n  spc compute examples/specs/falls-run.json\n  cat spec.json | spc compute -")
    .action(async (file: string, options: { compact?: boolean }) => {
      const spec = parseJson(await readInput(file), file);
      const result = compute(spec as never);
      io.stdout(`${JSON.stringify(result, null, options.compact ? undefined : 2)}\n`);
    });

  program
    .command("schema")
    .description("print the JSON Schema of a chart spec")
    .action(() => io.stdout(`${JSON.stringify(chartSpecJsonSchema(), null, 2)}\n`));

  try {
    await program.parseAsync(argv, { from: "user" });
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof CliFailure) {
      io.stderr(`spc: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof SpcError) {
      io.stderr(`spc: invalid chart spec\n${e.message.replace(/^/gm, "  ")}\n`);
      return EXIT.invalidInput;
    }
    throw e;
  }
}
