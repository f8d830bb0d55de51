#!/usr/bin/env node
// The only module of the CLI that touches `process`: it hands runCli the process's output,
// input, environment and terminal, and sets the exit code runCli returns.
import { readProcessStdin } from "./read-input.js";
import { say } from "./messages.js";
import { safeMessage } from "../text/for-people.js";
import { runCli } from "./run.js";

const debug = process.argv.slice(2).includes("--debug");

/** The last guard: whatever escapes runCli is one line (the stack only with --debug), exit 1. */
function lastWord(e: unknown): void {
  const err = e instanceof Error ? e : new Error(String(e));
  // In the run's language (runCli has set it by now); the message is one line.
  process.stderr.write(`${safeMessage(say("internal_error", { detail: `${err.name}: ${(err.message.split("\n")[0] ?? "").slice(0, 300)}` }))}\n`);
  if (debug) process.stderr.write(`${err.stack ?? ""}\n`);
  process.exit(1);
}
process.on("uncaughtException", lastWord);
process.on("unhandledRejection", lastWord);
// `spc compute big.json | head`: the reader has gone; stop quietly, as other tools do.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  lastWord(e);
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    readStdin: readProcessStdin,
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    ...(process.stderr.columns === undefined ? {} : { stderrColumns: process.stderr.columns }),
  });
} catch (e) {
  lastWord(e);
}
